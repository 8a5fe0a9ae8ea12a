/**
 * `npm run bench`: the budgets of SPEC.md section 7, measured on temp copies of the project
 * filled with N synthetic articles, beside a bare Next.js app (and, with --reference, an app
 * of the official blog-starter's shape). Progress goes to stderr, the report to stdout, and
 * everything to JSON (default bench-results/bench-<timestamp>.json).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { clearArticles, createWorkspace, PROJECT_ROOT, type Workspace } from '../lib/workspace';
import { cleanUp, fetchText, onInterrupt } from '../lib/util';
import { measureBuild } from './build';
import { coldStart, compareThroughput, mixedLoad } from './http';
import { auditPage, type LighthouseSummary } from './lighthouse';
import { measurePage } from './pages';
import { formatReport, type BenchResult, type ScaleRun } from './report';
import { searchBench, searchPath, SEARCH_QUERY } from './search';
import { generateArticles, type SyntheticArticle } from './synthetic';
import { copyApp, progress } from './util';
import { treeRssBytes } from './tree';

/** Each flag: its default (its type follows) and what it does, for `--help`. */
const FLAGS: Record<string, [string | boolean, string]> = {
  articles: ['1000', 'synthetic articles'],
  'skip-lighthouse': [false, 'no Lighthouse runs'],
  'skip-load': [false, 'no mixed load test (the throughput rounds still run)'],
  'skip-search': [false, 'no search rounds (search against the article, a mixed round, queries never asked before)'],
  'search-connections': ['32', 'connections of the search rounds'],
  'lighthouse-runs': ['3', 'Lighthouse runs per page; the median run is kept'],
  connections: ['64', 'connections of the throughput rounds and of the mixed load'],
  rounds: ['3', 'throughput rounds of each page, alternated'],
  'round-duration': ['10', 'seconds per throughput round'],
  'load-duration': ['60', 'seconds of mixed load after its warm-up'],
  reference: [false, "also build an app of the blog-starter's shape on the same articles, alternating with this site"],
  'reference-rounds': ['3', "builds of each for --reference (this site's first is the main build)"],
  scale: [false, 'also build at --scale-sizes: build cost against article count; the largest gets a fresh server'],
  'scale-sizes': ['100,1000,3000', 'sizes for --scale (giving them implies --scale)'],
  out: ['', 'JSON results (default bench-results/bench-<timestamp>.json)'],
  keep: [false, 'keep the temp project copies (their paths are printed)'],
  report: ['', "print the report of an earlier run's JSON again, measure nothing"],
  help: [false, 'this text'],
};
const USAGE = `Usage: npm run bench -- [flags]\n${Object.entries(FLAGS).map(([name, [fallback, help]]) => `  --${name.padEnd(24)}${help}${typeof fallback === 'string' && fallback ? ` (default ${fallback})` : ''}`).join('\n')}`;

function options() {
  const { values } = parseArgs({
    options: Object.fromEntries(Object.entries(FLAGS).map(([name, [fallback]]) => [name, { type: typeof fallback === 'boolean' ? 'boolean' : 'string', default: fallback } as const])),
  });
  const fail = (message: string): never => {
    console.error(`${message}\n\n${USAGE}`);
    process.exit(2);
  };
  const count = (name: string) => {
    const value = Number(values[name]);
    return Number.isInteger(value) && value >= 1 ? value : fail(`--${name} must be a whole number >= 1 (got "${String(values[name])}")`);
  };
  const sizes = String(values['scale-sizes']).split(',').map(Number).sort((a, b) => a - b);
  if (!sizes.every((size) => Number.isInteger(size) && size > 0)) fail('--scale-sizes takes sizes such as 1000,10000');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return {
    skipLighthouse: values['skip-lighthouse'] === true,
    skipLoad: values['skip-load'] === true,
    skipSearch: values['skip-search'] === true,
    reference: values.reference === true,
    keep: values.keep === true,
    help: values.help === true,
    articles: count('articles'),
    lighthouseRuns: count('lighthouse-runs'),
    connections: count('connections'),
    searchConnections: count('search-connections'),
    rounds: count('rounds'),
    roundDuration: count('round-duration'),
    loadDuration: count('load-duration'),
    referenceRounds: count('reference-rounds'),
    scaleSizes: values.scale || values['scale-sizes'] !== FLAGS['scale-sizes']![0] ? sizes : [],
    out: path.resolve(String(values.out) || path.join(PROJECT_ROOT, 'bench-results', `bench-${stamp}.json`)),
    report: String(values.report),
  };
}
type Options = ReturnType<typeof options>;

function environment(loadAtStart: number): BenchResult['environment'] {
  const version = (name: string) => (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  const git = (...args: string[]) => execFileSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
  let commit: string | null = null;
  try {
    commit = `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain') ? ' + uncommitted changes' : ''}`;
  } catch {
    // not a git checkout
  }
  const cpus = `${os.cpus().length} x ${os.cpus()[0]?.model ?? '?'}`;
  return { node: process.version, next: version('next'), lighthouse: version('lighthouse'), cpus, loadAverage: `${loadAtStart.toFixed(1)} at start, ${os.loadavg()[0]!.toFixed(1)} at end`, commit };
}

/** A project copy with `count` synthetic articles in place of the editorial ones. */
function siteWithArticles(count: number): { workspace: Workspace; articles: SyntheticArticle[] } {
  const workspace = createWorkspace(`bench-${count}`);
  onInterrupt(() => workspace.remove());
  clearArticles(workspace);
  const articles = generateArticles({ contentDir: workspace.contentDir, publicDir: workspace.publicDir, count });
  progress(`[${count}] ${articles.length} articles generated in ${workspace.dir}`);
  return { workspace, articles };
}

async function lighthouseAll(urls: Record<string, string>, options: Options) {
  const pages: Record<string, LighthouseSummary> = {};
  for (const [name, url] of Object.entries(urls)) {
    progress(`lighthouse ${name}: ${options.lighthouseRuns} run(s) of ${url}`);
    pages[name] = await auditPage(url, options.lighthouseRuns, `${options.out.replace(/\.json$/, '')}.lighthouse/${name}.json`);
    progress(`  performance ${pages[name].scores.performance} (runs ${pages[name].performanceRuns.join(', ')}), LCP ${Math.round(pages[name].lcpMs ?? 0)} ms`);
  }
  return pages;
}

/** Builds the reference app on the site's articles, alternating with rebuilds of the site. */
async function againstReference(site: Workspace, articles: number, first: BenchResult['build'], options: Options) {
  const reference = copyApp('reference');
  cpSync(path.join(site.contentDir, 'articles'), path.join(reference.dir, '_posts'), { recursive: true });
  cpSync(site.publicDir, path.join(reference.dir, 'public'), { recursive: true });
  const result = { site: [first], reference: [] as BenchResult['build'][] };
  for (let round = 1; round <= options.referenceRounds; round++) {
    progress(`[reference] build ${round}/${options.referenceRounds}`);
    result.reference.push(await measureBuild(reference.dir, 'reference', articles));
    if (round === options.referenceRounds) break;
    progress(`[${articles}] site build ${round + 1}/${options.referenceRounds}`);
    result.site.push(await measureBuild(site.dir, String(articles), articles));
  }
  if (!options.keep) reference.remove();
  return result;
}

type Site = ReturnType<typeof siteWithArticles>;

/** A fresh server on a build: its cold start, its first answer for the oldest article, its memory before and after 10 s of article load. */
async function freshServer({ workspace, articles }: Site, connections: number): Promise<NonNullable<ScaleRun['server']>> {
  const { server, ms, rssBytes } = await coldStart(workspace.dir, `/news/${articles[0]!.slug}`);
  try {
    const asked = performance.now();
    await fetchText(`${server.url}/news/${articles.at(-1)!.slug}`);
    const oldestArticleMs = performance.now() - asked;
    const { targets } = await compareThroughput({ article: [`${server.url}/news/${articles[0]!.slug}`, server.pid] }, 1, 10, connections);
    return { coldStartMs: ms, oldestArticleMs, rssStartBytes: rssBytes, rssAfterBytes: await treeRssBytes(server.pid), articleRps: targets[0]!.rounds[0]!.requestsPerSecond };
  } finally {
    await server.stop();
  }
}

/** Builds at each scale size (the main run stands for its own size); the largest gets a fresh server. */
async function scale(main: Site, build: BenchResult['build'], options: Options): Promise<ScaleRun[]> {
  const runs: ScaleRun[] = [];
  for (const size of options.scaleSizes) {
    const site = size === main.articles.length ? main : siteWithArticles(size);
    const run: ScaleRun = { articles: size, build: site === main ? build : await measureBuild(site.workspace.dir, String(size), size) };
    if (size === options.scaleSizes.at(-1)) run.server = await freshServer(site, options.connections);
    if (site !== main && !options.keep) site.workspace.remove();
    runs.push(run);
  }
  return runs;
}

/** Everything at the main size: builds, page weight, servers, Lighthouse, throughput, load. */
async function measure(options: Options): Promise<Omit<BenchResult, 'createdAt' | 'environment'>> {
  const site = siteWithArticles(options.articles);
  const build = await measureBuild(site.workspace.dir, String(options.articles), options.articles);
  const bare = copyApp('bare');
  const bareBuild = await measureBuild(bare.dir, 'bare', 0);
  const distDir = path.join(site.workspace.dir, '.next');
  const [article, category] = [site.articles[0]!.slug, site.articles[0]!.category];
  const pages = {
    bare: measurePage(path.join(bare.dir, '.next'), 'index.html'),
    home: measurePage(distDir, 'index.html'),
    article: measurePage(distDir, `news/${article}.html`),
    category: measurePage(distDir, `category/${category}.html`),
  };

  progress('cold start: next start on this site, then on the bare app');
  const started = await coldStart(site.workspace.dir, `/news/${article}`);
  const bareStarted = await coldStart(bare.dir, '/');
  const { server } = started;
  let result: Omit<BenchResult, 'createdAt' | 'environment'>;
  try {
    const urls = { home: `${server.url}/`, article: `${server.url}/news/${article}`, category: `${server.url}/category/${category}`, search: `${server.url}${searchPath(SEARCH_QUERY)}` };
    const lighthouse = options.skipLighthouse ? null : await lighthouseAll({ ...urls, bare: `${bareStarted.server.url}/` }, options);
    progress(`throughput: ${options.rounds} rounds of ${options.roundDuration} s per page at ${options.connections} connections`);
    const targets = { bare: [`${bareStarted.server.url}/`, bareStarted.server.pid], article: [urls.article, server.pid] } as const;
    const throughput = await compareThroughput(targets, options.rounds, options.roundDuration, options.connections);
    const search = options.skipSearch
      ? null
      : await searchBench({ url: server.url, serverPid: server.pid, articlePath: `/news/${article}`, connections: options.searchConnections, rounds: options.rounds, durationS: options.roundDuration });
    const load = options.skipLoad ? null : await mixedLoad(server.url, server.pid, options.loadDuration, options.connections);
    server.assertAlive();
    result = {
      articles: options.articles,
      build,
      bareBuild,
      pages,
      server: { coldStartMs: started.ms, bareColdStartMs: bareStarted.ms, rssStartBytes: started.rssBytes, rssEndBytes: await treeRssBytes(server.pid), bareRssStartBytes: bareStarted.rssBytes, bareRssEndBytes: await treeRssBytes(bareStarted.server.pid) },
      lighthouse,
      throughput,
      search,
      load,
      reference: null,
      scale: null,
    };
  } finally {
    await server.stop();
    await bareStarted.server.stop();
    if (!options.keep) bare.remove();
  }
  if (options.reference) result.reference = await againstReference(site.workspace, options.articles, build, options);
  if (options.scaleSizes.length) result.scale = await scale(site, build, options);
  if (options.keep) progress(`kept ${site.workspace.dir} and ${bare.dir}`);
  else site.workspace.remove();
  return result;
}

async function main(): Promise<void> {
  const parsed = options();
  if (parsed.help) return console.log(USAGE);
  if (parsed.report) return console.log(formatReport(JSON.parse(readFileSync(parsed.report, 'utf8')) as BenchResult));
  const createdAt = new Date().toISOString();
  const loadAtStart = os.loadavg()[0]!;
  progress(`bench: ${parsed.articles} articles${parsed.reference ? ', against the reference' : ''}${parsed.scaleSizes.length ? `, scale ${parsed.scaleSizes.join('/')}` : ''}; JSON to ${path.relative(process.cwd(), parsed.out)}`);
  const measured = await measure(parsed);
  const result: BenchResult = { createdAt, environment: environment(loadAtStart), ...measured };
  mkdirSync(path.dirname(parsed.out), { recursive: true });
  writeFileSync(parsed.out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\n${formatReport(result)}\n\nJSON: ${path.relative(process.cwd(), parsed.out)}`);
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
  await cleanUp(); // servers and temp copies a failed run leaves
});
