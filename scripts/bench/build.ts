/**
 * `next build` measured: wall time, CPU and peak memory of its process tree, the phases and
 * routes Next.js prints, how often the content was read, and what the output weighs.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBuild } from '../lib/build';
import { sampleTree, type TreeUsage } from './tree';
import { gzipBytes, progress } from './util';

export interface BuildFigures extends TreeUsage {
  wallMs: number;
  phases: { compileMs: number | null; publishMs: number | null; collectPageDataMs: number | null; staticGenerationMs: number | null };
  workers: number | null;
  /** Routes prerendered (pages, feeds, images, sitemaps) and those rendered on request. */
  staticPages: number | null;
  dynamicRoutes: string[];
  htmlFiles: number;
  /** Reads of the article files over their count, and how many processes read them. */
  contentReads: { loads: number; processes: number } | null;
  /** The output on disk without its cache, and the compiled content in it. */
  outputBytes: number;
  artifactBytes: number;
  /** Home and first /news page, gzip: they must not grow with the archive. */
  listingHtmlGzip: { home: number; news: number } | null;
}

/** A duration Next.js printed ("48s", "950ms", "1.2min") in milliseconds. */
function duration(log: string, pattern: RegExp): number | null {
  const [, value, unit] = pattern.exec(log) ?? [];
  return value && unit ? Number(value) * ({ ms: 1, s: 1000, min: 60_000 }[unit] ?? NaN) : null;
}

const number = (log: string, pattern: RegExp) => Number(pattern.exec(log)?.[1] ?? NaN) || null;

function bytesUnder(dir: string, skip?: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !(skip && path.relative(dir, entry.parentPath).split(path.sep)[0] === skip))
    .reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
}

/** Builds the project in `cwd`, which holds `articles` articles, from scratch (an earlier .next is removed). */
export async function measureBuild(cwd: string, label: string, articles: number): Promise<BuildFigures> {
  const distDir = path.join(cwd, '.next');
  rmSync(distDir, { recursive: true, force: true });
  const readsLog = path.join(os.tmpdir(), `nowletus-bench-reads-${process.pid}-${Date.now()}`);
  const hook = path.join(import.meta.dirname, 'count-content-reads.cjs');
  let stopSampling = async (): Promise<TreeUsage> => ({ peakTreeRssBytes: 0, peakProcessRssBytes: 0, cpuMs: 0 });
  const lineAt = new Map<string, number>();
  const started = performance.now();
  const build = await runBuild({
    cwd,
    env: { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${hook}`.trim(), BENCH_CONTENT_READS_LOG: readsLog },
    onSpawn: (pid) => (stopSampling = sampleTree(pid)),
    onProgress: (line) => {
      for (const step of ['Collecting page data', 'Generating static pages']) if (line.includes(step) && !lineAt.has(step)) lineAt.set(step, performance.now() - started);
      if (!/\(\d+\/\d+\)$/.test(line)) progress(`[${label}]   ${line}`);
    },
  }).catch(async (error: unknown) => {
    await stopSampling();
    throw error;
  });
  const usage = await stopSampling();
  const readers = existsSync(readsLog) ? readFileSync(readsLog, 'utf8').split('\n').filter(Boolean) : [];
  rmSync(readsLog, { force: true });
  const { log, wallMs } = build;
  const [collect, generate] = [lineAt.get('Collecting page data'), lineAt.get('Generating static pages')];
  const html = (page: string) => path.join(distDir, 'server', 'app', page);
  const staticPages = number(log, /Generating static pages using \d+ workers? \(\d+\/(\d+)\)/);
  progress(`[${label}] built in ${(wallMs / 1000).toFixed(1)} s, ${staticPages} routes prerendered`);
  return {
    wallMs,
    ...usage,
    phases: {
      compileMs: duration(log, /Compiled successfully in ([\d.]+)\s*(ms|s|min)/),
      publishMs: duration(log, /Completed runAfterProductionCompile in ([\d.]+)\s*(ms|s|min)/),
      collectPageDataMs: collect !== undefined && generate !== undefined ? generate - collect : null,
      staticGenerationMs: duration(log, /Generating static pages using \d+ workers? \(\d+\/\d+\) in ([\d.]+)\s*(ms|s|min)/),
    },
    workers: number(log, /Generating static pages using (\d+) workers?/),
    staticPages,
    dynamicRoutes: [...log.matchAll(/^[┌├└]\s+ƒ\s+(\/\S*)/gm)].map((match) => match[1]!),
    htmlFiles: readdirSync(html(''), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length,
    contentReads: articles ? { loads: readers.length / articles, processes: new Set(readers).size } : null,
    outputBytes: bytesUnder(distDir, 'cache'),
    artifactBytes: bytesUnder(path.join(distDir, 'publication')),
    listingHtmlGzip: existsSync(html('news.html')) ? { home: gzipBytes(readFileSync(html('index.html'))), news: gzipBytes(readFileSync(html('news.html'))) } : null,
  };
}
