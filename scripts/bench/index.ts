/**
 * `npm run bench`: the figures of SPEC.md section 6, measured on a temp copy of the project
 * filled with N synthetic articles. Prints progress on stderr, the report on stdout, and
 * writes everything as JSON (default bench-results/bench-<timestamp>.json).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { numberFlag, parseFlags } from './args';
import { extraModules, filesNotIn, measurePage, type PageWeight } from './assets';
import { buildBareApp, type BareApp } from './bare-app';
import { auditPage, type LighthouseSummary, type Throttling } from './lighthouse';
import { runMixedLoad } from './mixed-load';
import { checkBudgets, formatReport, formatScale, type BenchResult, type SizeRun } from './report';
import { startServer, type RunningServer } from './server';
import { runSize, type SizeRunOutput } from './size-run';
import { measureThroughput } from './throughput';
import { onInterrupt, progress } from './util';
import { PROJECT_ROOT } from './workspace';

const USAGE = `Usage: npm run bench -- [--articles N] [--scale] [--skip-lighthouse] [--skip-load] [--out FILE]
  --articles N          synthetic articles to build (default 1000)
  --scale               also build 100, 1000 and 3000 articles and show how build cost grows
  --skip-lighthouse     no Lighthouse runs
  --skip-load           no 60 s mixed load test (the 10 s article throughput still runs)
  --out FILE            JSON results (default bench-results/bench-<timestamp>.json)
  --lighthouse-runs N   Lighthouse runs per page, median kept (default 3)
  --lighthouse-throttling simulate|devtools
                        Lighthouse's simulated mobile throttling (default, what the budgets
                        mean) or real throttling of the load in Chromium (a cross-check)
  --load-duration S     mixed load duration in seconds (default 60)
  --load-connections N  mixed load connections (default 64)
  --keep                keep the temp project copies (their paths are printed)
  --report FILE         print the report of an earlier run's JSON again (budgets re-checked), measure nothing`;

const SCALE_SIZES = [100, 1000, 3000];

function packageVersion(name: string): string {
  const file = path.join(PROJECT_ROOT, 'node_modules', name, 'package.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
}

function gitCommit(): string | null {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim() !== '';
    return dirty ? `${commit} + uncommitted changes` : commit;
  } catch {
    return null;
  }
}

/** The page with the least JavaScript among a few candidates: the framework's baseline. */
function smallestPage(pages: PageWeight[]): PageWeight {
  return pages.reduce((smallest, page) => (page.js.gzip < smallest.js.gzip ? page : smallest));
}

/** Prints the report of a saved run, with the budgets checked by the current rules. */
function reprint(file: string): void {
  const saved = JSON.parse(readFileSync(file, 'utf8')) as BenchResult;
  const result: BenchResult = { ...saved, budgets: checkBudgets(saved) };
  console.log(formatReport(result));
}

interface Options {
  articles: number;
  scale: boolean;
  skipLighthouse: boolean;
  skipLoad: boolean;
  keep: boolean;
  out: string;
  lighthouseRuns: number;
  throttling: Throttling;
  loadDuration: number;
  loadConnections: number;
}

function parseOptions(): Options | null {
  const flags = parseFlags(
    {
      articles: { type: 'string' },
      scale: { type: 'boolean' },
      'skip-lighthouse': { type: 'boolean' },
      'skip-load': { type: 'boolean' },
      out: { type: 'string' },
      'lighthouse-runs': { type: 'string' },
      'lighthouse-throttling': { type: 'string' },
      'load-duration': { type: 'string' },
      'load-connections': { type: 'string' },
      keep: { type: 'boolean' },
      report: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  );
  if (flags.help) {
    console.log(USAGE);
    return null;
  }
  if (flags.report) {
    reprint(flags.report);
    return null;
  }
  const throttling = flags['lighthouse-throttling'] ?? 'simulate';
  if (throttling !== 'simulate' && throttling !== 'devtools') {
    console.error(`--lighthouse-throttling is simulate or devtools (got "${throttling}")\n\n${USAGE}`);
    process.exit(2);
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return {
    articles: numberFlag(flags.articles, 1000, 'articles'),
    scale: Boolean(flags.scale),
    skipLighthouse: Boolean(flags['skip-lighthouse']),
    skipLoad: Boolean(flags['skip-load']),
    keep: Boolean(flags.keep),
    out: path.resolve(flags.out ?? path.join(PROJECT_ROOT, 'bench-results', `bench-${stamp}.json`)),
    lighthouseRuns: numberFlag(flags['lighthouse-runs'], 3, 'lighthouse-runs'),
    throttling,
    loadDuration: numberFlag(flags['load-duration'], 60, 'load-duration'),
    loadConnections: numberFlag(flags['load-connections'], 64, 'load-connections'),
  };
}

/** Lighthouse results go beside the JSON: bench-….json -> bench-….lighthouse/<page>.json */
const lighthouseFile = (options: Options, page: string) => `${options.out.replace(/\.json$/, '')}.lighthouse/${page}.json`;

/** Lighthouse on the bare app's page: what the framework alone scores here. */
async function auditBare(bare: BareApp, options: Options): Promise<LighthouseSummary> {
  const server = await startServer({ cwd: bare.workspace.dir });
  const forget = onInterrupt(() => server.stop());
  try {
    progress(`lighthouse bare Next.js page: ${options.lighthouseRuns} run(s) of ${server.url}/`);
    const page = await auditPage(`${server.url}/`, options.lighthouseRuns, lighthouseFile(options, 'bare'), options.throttling);
    progress(`  performance ${page.performanceRuns.join(', ')}; LCP ${Math.round(page.lcpMs ?? 0)} ms`);
    return page;
  } finally {
    await server.stop();
    forget();
  }
}

async function auditSite(urls: Record<'home' | 'article' | 'category', string>, bare: BareApp | null, options: Options, server: RunningServer) {
  const audited: Partial<Record<'home' | 'article' | 'category', LighthouseSummary>> = {};
  for (const name of ['home', 'article', 'category'] as const) {
    progress(`lighthouse ${name}: ${options.lighthouseRuns} run(s) of ${urls[name]}`);
    const page = await auditPage(urls[name], options.lighthouseRuns, lighthouseFile(options, name), options.throttling);
    audited[name] = page;
    progress(`  performance ${page.performanceRuns.join(', ')}; a11y ${page.scores.accessibility}, bp ${page.scores['best-practices']}, seo ${page.scores.seo}; LCP ${Math.round(page.lcpMs ?? 0)} ms`);
  }
  server.assertAlive();
  const barePage = bare ? await auditBare(bare, options) : null;
  return { throttling: options.throttling, home: audited.home!, article: audited.article!, category: audited.category!, bare: barePage };
}

function measurePages(sized: SizeRunOutput, bare: BareApp | null): BenchResult['pages'] & { articleSlug: string; categorySlug: string } {
  const { distDir } = sized;
  const articleSlug = sized.articles.find((article) => article.hasImage)?.slug ?? sized.articles[0]!.slug;
  const categorySlug = sized.articles[0]!.category;
  const home = measurePage(distDir, 'index.html');
  const article = measurePage(distDir, `news/${articleSlug}.html`);
  const category = measurePage(distDir, `category/${categorySlug}.html`);
  const smallest = smallestPage([measurePage(distDir, '_not-found.html'), measurePage(distDir, 'categories.html'), home, article, category]);
  const baseline = bare?.page ?? smallest;
  progress(`page weight: article JS ${article.js.gzip} B gzip, bare Next.js page ${bare ? bare.page.js.gzip : '?'} B, smallest page here (${smallest.page}) ${smallest.js.gzip} B`);
  return {
    articleSlug,
    categorySlug,
    bare: bare?.page ?? null,
    smallest,
    home,
    article,
    category,
    articleOverBaselineGzip: article.js.gzip - baseline.js.gzip,
    articleFilesNotInSmallest: filesNotIn(article, smallest),
    articleModulesNotInBare: bare ? extraModules(distDir, article, path.join(bare.workspace.dir, '.next'), bare.page) : [],
  };
}

type MainMeasurements = Omit<BenchResult, 'budgets' | 'scale' | 'environment' | 'createdAt'>;

/** Everything measured on the main article count: build, page weight, Lighthouse, throughput, load. */
async function measureMain(options: Options): Promise<MainMeasurements> {
  const sized = await runSize(options.articles, { contentLoadRuns: 3 });
  const forgetWorkspace = onInterrupt(() => !options.keep && sized.workspace.remove());
  progress('building a bare Next.js app for the framework baseline');
  const bare: BareApp | null = await buildBareApp().catch((error: unknown) => {
    progress(`warning: the bare Next.js app did not build, comparing with this site's smallest page instead: ${String(error)}`);
    return null;
  });
  const forgetBare = onInterrupt(() => bare?.workspace.remove());
  try {
    const { articleSlug, categorySlug, ...pages } = measurePages(sized, bare);
    progress('starting next start on 127.0.0.1');
    const server = await startServer({ cwd: sized.workspace.dir });
    const forgetServer = onInterrupt(() => server.stop());
    try {
      const urls = { home: `${server.url}/`, article: `${server.url}/news/${articleSlug}`, category: `${server.url}/category/${categorySlug}` };
      const lighthouse = options.skipLighthouse ? null : await auditSite(urls, bare, options, server);
      server.assertAlive();
      progress(`throughput: ${urls.article}, 32 connections, 10 s`);
      const throughput = await measureThroughput(urls.article, { durationS: 10, connections: 32 });
      progress(`  ${throughput.requestsPerSecond.toFixed(0)} req/s, p99 ${throughput.latencyP99Ms} ms`);
      server.assertAlive();
      const load = options.skipLoad
        ? null
        : await runMixedLoad({ url: server.url, durationS: options.loadDuration, connections: options.loadConnections, serverPid: server.pid });
      const ended = server.exitReport();
      if (ended) progress(`warning: ${ended}`);
      return { articles: options.articles, main: sized.run, pages, lighthouse, throughput, load };
    } finally {
      await server.stop();
      forgetServer();
    }
  } finally {
    if (options.keep) progress(`kept ${sized.workspace.dir}${bare ? ` and ${bare.workspace.dir}` : ''}`);
    else {
      sized.workspace.remove();
      bare?.workspace.remove();
    }
    forgetWorkspace();
    forgetBare();
  }
}

/** Build-only runs at the scale sizes, reusing the main run for its own size. */
async function measureScale(options: Options, main: SizeRun): Promise<SizeRun[]> {
  const runs: SizeRun[] = [];
  for (const size of SCALE_SIZES) {
    if (size === options.articles) {
      runs.push(main);
      continue;
    }
    const sized = await runSize(size);
    if (options.keep) progress(`kept ${sized.workspace.dir}`);
    else sized.workspace.remove();
    runs.push(sized.run);
    progress(`scale so far:\n${formatScale(runs)}`);
  }
  return runs;
}

async function main(): Promise<void> {
  const options = parseOptions();
  if (!options) return;
  const createdAt = new Date();
  const loadAverageStart = os.loadavg();
  progress(`bench: ${options.articles} articles${options.scale ? `, scale ${SCALE_SIZES.join('/')}` : ''}; results to ${path.relative(process.cwd(), options.out)}`);

  const measured = await measureMain(options);
  const scale = options.scale ? await measureScale(options, measured.main) : null;
  const withoutBudgets: Omit<BenchResult, 'budgets'> = {
    createdAt: createdAt.toISOString(),
    environment: {
      node: process.version,
      next: packageVersion('next'),
      lighthouse: packageVersion('lighthouse'),
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryBytes: os.totalmem(),
      loadAverageStart,
      loadAverageEnd: os.loadavg(),
      gitCommit: gitCommit(),
      lighthouseThrottling: options.throttling,
    },
    ...measured,
    scale,
  };
  const result: BenchResult = { ...withoutBudgets, budgets: checkBudgets(withoutBudgets) };
  mkdirSync(path.dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\n${formatReport(result)}\n\nJSON: ${path.relative(process.cwd(), options.out)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
