/**
 * Runs `next build` in a folder and measures it: wall time, CPU time, peak memory of the
 * whole process tree, the phases Next.js reports and the pages it wrote.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { TreeSampler } from './proc';
import { onInterrupt, sleep } from './util';

export interface BuildPhases {
  /** "Compiled successfully in …": bundling by Turbopack. */
  compileMs: number | null;
  typescriptMs: number | null;
  /** From "Collecting page data" to the first "Generating static pages" line. */
  collectPageDataMs: number | null;
  /** "Generating static pages … in …": rendering every prerendered route. */
  staticGenerationMs: number | null;
}

export interface BuildResult {
  wallMs: number;
  /** User + system CPU time of every process of the build, sampled from /proc every 200 ms. */
  cpuMs: number;
  /** Peak of the summed resident memory of the build's process tree, sampled every 200 ms. */
  peakTreeRssBytes: number;
  /** Peak resident memory of the largest single process of the build. */
  maxProcessRssBytes: number;
  phases: BuildPhases;
  workers: { collectPageData: number | null; staticGeneration: number | null };
  /** How the build's processes read content/articles (see count-content-reads.cjs). */
  contentReads: ContentReads | null;
  /** Pages Next.js reports generating (HTML, feeds, images and other prerendered routes). */
  staticPages: number | null;
  /** Routes the build marks ƒ (rendered on request). */
  dynamicRoutes: string[];
  /** Prerendered HTML files under <distDir>/server/app. */
  htmlFiles: number;
  distDir: string;
  log: string;
}

export interface ContentReads {
  /** Article files in the content folder that the build read. */
  articles: number;
  /** Times the build read the whole content: article file reads / articles. */
  loads: number;
  /** Processes that read article files. */
  processes: number;
  /** The most loads in a single process (1 = read once per process, as intended). */
  maxLoadsInOneProcess: number;
  /** Bundled chunks that read articles: each has its own copy of the loader and its memo. */
  loaderCopies: string[];
}

export interface BuildOptions {
  /** Folder holding the project. */
  cwd: string;
  /** NEXT_DIST_DIR relative to cwd; default .next. */
  distDir?: string;
  env?: Record<string, string>;
  /** Called with each progress line Next.js prints. */
  onProgress?: (line: string) => void;
  /** Record every read of content/articles in every build process (default true). */
  countContentReads?: boolean;
}

function summariseContentReads(file: string): ContentReads | null {
  if (!existsSync(file)) return null;
  const readsByProcess = new Map<string, number>();
  const articles = new Set<string>();
  const chunks = new Set<string>();
  let reads = 0;
  for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
    const [pid = '', chunk = '', name = ''] = line.split('\t');
    readsByProcess.set(pid, (readsByProcess.get(pid) ?? 0) + 1);
    articles.add(name);
    chunks.add(chunk);
    reads++;
  }
  const count = Math.max(1, articles.size);
  return {
    articles: articles.size,
    loads: reads / count,
    processes: readsByProcess.size,
    maxLoadsInOneProcess: Math.max(0, ...readsByProcess.values()) / count,
    loaderCopies: [...chunks].sort(),
  };
}

/** "48s", "14.9s", "950ms", "1.2min" -> milliseconds. */
export function parseDuration(text: string): number | null {
  const match = /^([\d.]+)\s*(ms|s|min|m)$/.exec(text.trim());
  if (!match) return null;
  const value = Number(match[1]);
  const unit = match[2];
  return unit === 'ms' ? value : unit === 's' ? value * 1000 : value * 60_000;
}

interface ParsedLog {
  phases: Omit<BuildPhases, 'collectPageDataMs'>;
  workers: BuildResult['workers'];
  staticPages: number | null;
  dynamicRoutes: string[];
}

/** Reads the figures Next.js prints during a build. */
export function parseBuildLog(log: string): ParsedLog {
  const duration = (pattern: RegExp) => {
    const match = pattern.exec(log);
    return match?.[1] ? parseDuration(match[1]) : null;
  };
  const number = (pattern: RegExp) => {
    const match = pattern.exec(log);
    return match?.[1] ? Number(match[1]) : null;
  };
  return {
    phases: {
      compileMs: duration(/Compiled successfully in ([\d.]+\s*(?:ms|s|min))/),
      typescriptMs: duration(/Finished TypeScript in ([\d.]+\s*(?:ms|s|min))/),
      staticGenerationMs: duration(/Generating static pages using \d+ workers? \(\d+\/\d+\) in ([\d.]+\s*(?:ms|s|min))/),
    },
    workers: {
      collectPageData: number(/Collecting page data using (\d+) workers?/),
      staticGeneration: number(/Generating static pages using (\d+) workers?/),
    },
    staticPages: number(/Generating static pages using \d+ workers? \(\d+\/(\d+)\)/),
    dynamicRoutes: [...log.matchAll(/^[┌├└]\s+ƒ\s+(\/\S*)/gm)].map((match) => match[1]!),
  };
}

export function countHtmlFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html')).length;
}

/** Builds the project in `options.cwd` and measures the build; throws with the log tail on failure. */
export async function runBuild(options: BuildOptions): Promise<BuildResult> {
  const distDir = options.distDir ?? '.next';
  const nextBin = path.join(options.cwd, 'node_modules', 'next', 'dist', 'bin', 'next');
  const readsLog = path.join(os.tmpdir(), `nowletus-content-reads-${process.pid}-${Date.now()}.tsv`);
  const countReads = options.countContentReads ?? true;
  const hook = path.join(import.meta.dirname, 'count-content-reads.cjs');
  // An inherited NODE_ENV (e.g. "test" under vitest) would change the build: pin the standard one.
  const env = {
    ...process.env,
    NODE_ENV: 'production' as const,
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_DIST_DIR: distDir,
    ...(countReads ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${hook}`.trim(), BENCH_CONTENT_READS_LOG: readsLog } : {}),
    ...options.env,
  };

  const started = performance.now();
  // Its own process group, so an interrupted bench can stop the build and all its workers.
  const child = spawn(process.execPath, [nextBin, 'build'], { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  const forgetChild = onInterrupt(async () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      return; // already gone
    }
    await Promise.race([closed, sleep(5000)]);
  });
  const sampler = new TreeSampler(child.pid!).start();
  let log = '';
  const lineTimes: { line: string; atMs: number }[] = [];
  let pending = '';
  const onData = (chunk: Buffer) => {
    const text = chunk.toString();
    log += text;
    pending += text;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      lineTimes.push({ line, atMs: performance.now() - started });
      if (/Compiled|TypeScript|Collecting page data|Generating static pages|Finalizing|Failed to compile|Build error|Error:/.test(line)) {
        options.onProgress?.(line.trim());
      }
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const code = await closed;
  const wallMs = performance.now() - started;
  const usage = sampler.stop();
  forgetChild();
  const contentReads = countReads ? summariseContentReads(readsLog) : null;
  rmSync(readsLog, { force: true });
  if (code !== 0) {
    throw new Error(`next build failed (exit ${code}) in ${options.cwd}:\n${log.split('\n').slice(-40).join('\n')}`);
  }

  const parsed = parseBuildLog(log);
  const at = (pattern: RegExp) => lineTimes.find((entry) => pattern.test(entry.line))?.atMs ?? null;
  const collectStart = at(/Collecting page data/);
  const generateStart = at(/Generating static pages/);
  return {
    wallMs,
    cpuMs: usage.cpuMs,
    peakTreeRssBytes: usage.peakTreeRssBytes,
    maxProcessRssBytes: usage.peakProcessRssBytes,
    phases: {
      ...parsed.phases,
      collectPageDataMs: collectStart !== null && generateStart !== null ? generateStart - collectStart : null,
    },
    workers: parsed.workers,
    contentReads,
    staticPages: parsed.staticPages,
    dynamicRoutes: parsed.dynamicRoutes,
    htmlFiles: countHtmlFiles(path.join(options.cwd, distDir, 'server', 'app')),
    distDir: path.join(options.cwd, distDir),
    log,
  };
}
