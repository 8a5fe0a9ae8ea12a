/** The bench's result record, the budgets of SPEC.md section 7 checked against it, and the printed report. */
import type { BuildFigures } from './build';
import { medianOf, type Comparison, type LoadResult } from './http';
import type { LighthouseSummary } from './lighthouse';
import type { PageWeight } from './pages';
import { searchFigures, type SearchBenchResult } from './search';
import { formatBytes as bytes, formatMs as ms, median, table } from './util';

export interface ScaleRun {
  articles: number;
  build: BuildFigures;
  /** The largest size only: a fresh server's cold start, then its first answer for the oldest article, and its memory around 10 s of article load. */
  server?: { coldStartMs: number; oldestArticleMs: number; rssStartBytes: number; rssAfterBytes: number; articleRps: number };
}

export interface BenchResult {
  createdAt: string;
  environment: { node: string; next: string; lighthouse: string; cpus: string; loadAverage: string; commit: string | null };
  articles: number;
  build: BuildFigures;
  bareBuild: BuildFigures;
  pages: Record<'bare' | 'home' | 'article' | 'category', PageWeight>;
  server: { coldStartMs: number; bareColdStartMs: number; rssStartBytes: number; rssEndBytes: number; bareRssStartBytes: number; bareRssEndBytes?: number };
  lighthouse: Record<string, LighthouseSummary> | null;
  throughput: Comparison;
  load: LoadResult | null;
  /** Absent from runs before the search rounds existed (their search ran in `throughput`). */
  search?: SearchBenchResult | null;
  reference: { site: BuildFigures[]; reference: BuildFigures[] } | null;
  scale: ScaleRun[] | null;
}

const kb = (value: number) => `${(value / 1024).toFixed(1)} KB`;
const x = (value: number) => `${value.toFixed(2)}x`;
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const rounds = (result: BenchResult, name: string) => result.throughput.targets.find((target) => target.name === name)?.rounds ?? [];
const rps = (result: BenchResult, name: string) => medianOf(rounds(result, name), 'requestsPerSecond');
const wall = (builds: BuildFigures[]) => median(builds.map((build) => build.wallMs));

/** Per-article build cost between consecutive sizes. */
function marginal(runs: ScaleRun[], metric: (build: BuildFigures) => number) {
  return runs.slice(1).map((run, index) => ({ from: runs[index]!.articles, to: run.articles, msPerArticle: (metric(run.build) - metric(runs[index]!.build)) / (run.articles - runs[index]!.articles) }));
}

/** The search budgets, from the search rounds (or, in runs before them, the search target of the throughput rounds). */
function searchBudgets(result: BenchResult): [string, string, boolean | null][] {
  if (!result.search) {
    if (!rounds(result, 'search').length) return [['/search >= 0.5x the article req/s, p99 < 1 s', 'not measured (--skip-search)', null]];
    const [ratio, p99] = [rps(result, 'search') / rps(result, 'article'), medianOf(rounds(result, 'search'), 'p99Ms')];
    return [[`/search >= 0.5x the article req/s, p99 < 1 s (${result.throughput.connections} connections)`, `${x(ratio)}, p99 ${ms(p99)}`, ratio >= 0.5 && p99 < 1000]];
  }
  const figures = searchFigures(result.search);
  return [
    [`/search >= 0.5x the article req/s at ${figures.connections} connections, p99 < 1 s`, `${x(figures.ratio)} (${figures.searchRps.toFixed(0)} vs ${figures.articleRps.toFixed(0)} req/s), p99 ${ms(figures.searchP99Ms)}`, figures.ratio >= 0.5 && figures.searchP99Ms < 1000],
    ['Article p95 < 300 ms while search is busy (mixed round)', ms(figures.mixedArticleP95Ms), figures.mixedArticleP95Ms < 300],
  ];
}

/** [budget, what was measured, met (null: not measured in this run)] */
export function checkBudgets(result: BenchResult): [string, string, boolean | null][] {
  const checks: [string, string, boolean | null][] = [];
  const lighthouse = (budget: string, value: (page: LighthouseSummary) => number | null, ok: (value: number) => boolean, show: (value: number) => string = String) => {
    const pages = Object.entries(result.lighthouse ?? {}).filter(([name]) => name !== 'bare');
    const values = pages.map(([name, page]) => [name, value(page)] as const);
    if (!result.lighthouse) checks.push([budget, 'not measured (--skip-lighthouse)', null]);
    else checks.push([budget, values.map(([name, v]) => `${name} ${v === null ? '?' : show(v)}`).join(', '), values.every(([, v]) => v !== null && ok(v))]);
  };
  lighthouse('Lighthouse mobile Performance >= 98', (page) => page.scores.performance, (value) => value >= 98);
  // Search results are noindex on purpose, which Lighthouse's SEO score counts against them.
  const seo = (page: LighthouseSummary) => (page.url.includes('/search') ? 100 : (page.scores.seo ?? 0));
  lighthouse('Accessibility, Best Practices, SEO 100 (lowest; SEO not on noindex /search)', (page) => Math.min(page.scores.accessibility ?? 0, page.scores['best-practices'] ?? 0, seo(page)), (value) => value === 100);
  lighthouse('LCP <= 1.0 s (mobile simulation)', (page) => page.lcpMs, (value) => value <= 1000, ms);
  lighthouse('CLS 0, with ad slots', (page) => page.cls, (value) => value === 0, (value) => value.toFixed(3));

  const { article, bare } = result.pages;
  const extra = article.js.gzip - bare.js.gzip;
  checks.push(['Article JS <= 5 KB gzip over a bare page', `${kb(extra)} (article ${kb(article.js.gzip)}, bare page ${kb(bare.js.gzip)})`, extra <= 5 * 1024]);
  const { dynamicRoutes, contentReads: reads } = result.build;
  // The prerender policy (lib/config.ts prerenderArticles): the rest renders once, on its first
  // request, and is cached. Only the news sitemap, a window of the last 48 hours, renders on every one.
  const perRequest = dynamicRoutes.filter((route) => route !== '/news-sitemap.xml');
  checks.push(['Rendered on every request: only /news-sitemap.xml', `${result.build.staticPages} routes prerendered; on every request: ${dynamicRoutes.join(', ') || 'none'}`, perRequest.length === 0]);
  checks.push(['Each content file read once per build in total', reads ? `${reads.loads.toFixed(2)} reads per file, ${reads.processes} process(es)` : '?', reads ? reads.loads <= 1 && reads.processes === 1 : null]);
  const at = result.articles === 1000 ? '' : ` (at ${result.articles})`;
  const reference = result.reference ? wall(result.reference.site) / wall(result.reference.reference) : null;
  checks.push([`Build <= 0.75x the blog-starter reference${at}`, reference === null ? 'not measured (--reference)' : `${ms(wall(result.reference!.site))} vs ${ms(wall(result.reference!.reference))}: ${x(reference)}`, reference === null ? null : reference <= 0.75]);
  checks.push([`First article within 1 s of launch${at}`, `${ms(result.server.coldStartMs)} (bare page ${ms(result.server.bareColdStartMs)})`, result.server.coldStartMs < 1000]);
  const ratios = rounds(result, 'article').map((round, index) => round.requestsPerSecond / rounds(result, 'bare')[index]!.requestsPerSecond);
  const floor = rps(result, 'article') / rps(result, 'bare');
  checks.push([`Article >= 0.8x a bare page's req/s, same run`, `${x(floor)} (rounds ${ratios.map(x).join(', ')})`, floor >= 0.8]);
  const p99 = (name: string) => medianOf(rounds(result, name), 'p99Ms');
  checks.push(...searchBudgets(result));
  checks.push([`Article p99 < 1 s at ${result.throughput.connections} connections`, ms(p99('article')), p99('article') < 1000]);
  const { rssStartBytes: start, rssEndBytes: end } = result.server;
  checks.push(['Server memory after the load < 2x at start', `${bytes(start)} -> ${bytes(end)}: ${x(end / start)}`, end < 2 * start]);
  const load = result.load;
  const unexpected = sum(load?.routes.map((route) => route.unexpected) ?? []);
  const growth = load ? load.memory.endBytes / load.memory.startBytes - 1 : 0;
  checks.push(['Mixed load: 0 errors and unexpected statuses, memory +20% at most', load ? `${load.errors} errors, ${unexpected} unexpected, memory ${(growth * 100).toFixed(1)}%` : 'not measured (--skip-load)', load ? load.errors === 0 && unexpected === 0 && growth < 0.2 : null]);

  const scale = result.scale ?? [];
  const slopes = marginal(scale, (build) => build.cpuMs);
  const slope = slopes.length >= 2 ? slopes.at(-1)!.msPerArticle / slopes[0]!.msPerArticle : null;
  checks.push(['Build cost per article no higher at the largest size', slopes.map((s) => `${s.from}->${s.to}: ${s.msPerArticle.toFixed(1)}`).join(', ') + (slope === null ? ' (--scale, 3 sizes)' : ` CPU ms/article: ${x(slope)}`), slope === null ? null : slope <= 1.25]);
  const listings = scale.flatMap((run) => (run.build.listingHtmlGzip ? [run.build.listingHtmlGzip] : []));
  const even = (values: number[]) => Math.max(...values) / Math.min(...values) < 1.1;
  checks.push(['Home and listings weigh the same at every size', listings.length > 1 ? `home ${listings.map((l) => kb(l.home)).join(' / ')}, /news ${listings.map((l) => kb(l.news)).join(' / ')}` : 'not measured (--scale)', listings.length > 1 ? even(listings.map((l) => l.home)) && even(listings.map((l) => l.news)) : null]);
  const largest = scale.at(-1);
  if (largest && largest.articles >= 10_000) {
    const { wallMs, peakTreeRssBytes } = largest.build;
    checks.push([`${largest.articles} articles build < 5 min, peak < 2 GB`, `${ms(wallMs)}, ${bytes(peakTreeRssBytes)}`, wallMs < 300_000 && peakTreeRssBytes < 2 * 1024 ** 3]);
    checks.push([`${largest.articles} articles: a fresh server answers within 2 s`, ms(largest.server!.coldStartMs), largest.server!.coldStartMs < 2000]);
  }
  return checks;
}

function buildTable(columns: [string, BuildFigures][]): string {
  const row = (label: string, value: (build: BuildFigures) => string) => [label, ...columns.map(([, build]) => value(build))];
  return table([
    ['Build', ...columns.map(([name]) => name)],
    row('wall time / CPU time, all processes', (build) => `${ms(build.wallMs)} / ${ms(build.cpuMs)}`),
    row('peak memory: process tree / largest process', (build) => `${bytes(build.peakTreeRssBytes)} / ${bytes(build.peakProcessRssBytes)}`),
    row('compile / publish step / collect / generate', (build) => [build.phases.compileMs, build.phases.publishMs, build.phases.collectPageDataMs, build.phases.staticGenerationMs].map(ms).join(' / ')),
    row('routes prerendered (HTML files), workers', (build) => `${build.staticPages} (${build.htmlFiles}), ${build.workers}`),
    row('output on disk (compiled content)', (build) => `${bytes(build.outputBytes)} (${bytes(build.artifactBytes)})`),
  ]);
}

function pagesSection({ pages }: BenchResult): string {
  const size = ({ raw, gzip }: { raw: number; gzip: number }) => `${bytes(raw)} / ${bytes(gzip)}`;
  const rows = (['bare', 'home', 'article', 'category'] as const).map((name) => [name, pages[name].page, size(pages[name].js), String(pages[name].js.files.length), size(pages[name].css), size(pages[name].html)]);
  return table([['Page weight (bare: a bare Next.js app)', 'prerendered file', 'JS raw / gzip', 'files', 'CSS raw / gzip', 'HTML raw / gzip'], ...rows]);
}

function lighthouseSection(pages: NonNullable<BenchResult['lighthouse']>): string {
  const rows = Object.entries(pages).map(([name, { scores, ...page }]) => [
    name,
    `${scores.performance} (${page.performanceRuns.join(',')})`,
    `${scores.accessibility} / ${scores['best-practices']} / ${scores.seo}`,
    ...[page.fcpMs, page.lcpMs, page.tbtMs].map(ms),
    page.cls?.toFixed(3) ?? '-',
    `${bytes(page.scriptBytes)} / ${bytes(page.totalBytes)}`,
  ]);
  return [
    table([['Lighthouse mobile, median run', 'perf (runs)', 'a11y / bp / seo', 'FCP', 'LCP', 'TBT', 'CLS', 'JS / total transfer'], ...rows]),
    ...Object.entries(pages).flatMap(([name, page]) => [`  ${name}: ${page.url}, LCP element ${page.lcpElement ?? '?'}`, ...page.failed.map((audit) => `    not passed ${audit}`)]),
  ].join('\n');
}

function serverSection(result: BenchResult): string {
  const { server, throughput } = result;
  const rows = throughput.targets.map(({ name, url, rounds }) => [
    `${name} ${new URL(url).pathname}${new URL(url).search}`,
    `${medianOf(rounds, 'requestsPerSecond').toFixed(0)} (${rounds.map((round) => round.requestsPerSecond.toFixed(0)).join(', ')})`,
    ms(medianOf(rounds, 'p50Ms')),
    ms(medianOf(rounds, 'p99Ms')),
    medianOf(rounds, 'cpuMsPerRequest').toFixed(2),
    `${sum(rounds.map((round) => round.errors))} / ${sum(rounds.map((round) => round.non2xx))}`,
  ]);
  return [
    `Cold start (next start spawned -> first 200): article ${ms(server.coldStartMs)}, bare Next.js page ${ms(server.bareColdStartMs)}`,
    `Server memory (RSS, process tree): ${bytes(server.rssStartBytes)} at start, ${bytes(server.rssEndBytes)} after the load (${x(server.rssEndBytes / server.rssStartBytes)}); bare Next.js server ${bytes(server.bareRssStartBytes)} -> ${bytes(server.bareRssEndBytes ?? null)} after its throughput rounds`,
    table([[`Throughput, ${throughput.connections} connections, ${throughput.durationS} s rounds alternated`, 'req/s median (rounds)', 'p50', 'p99', 'server CPU ms/request', 'errors / non-2xx'], ...rows]),
    `article / bare ${x(rps(result, 'article') / rps(result, 'bare'))}${rounds(result, 'search').length ? `, search / article ${x(rps(result, 'search') / rps(result, 'article'))}` : ''}`,
  ].join('\n');
}

function searchSection(search: SearchBenchResult): string {
  const figures = searchFigures(search);
  const { connections, durationS, targets } = search.throughput;
  const rows = targets.map(({ name, url, rounds: runs }) => [
    `${name} ${new URL(url).pathname}${new URL(url).search}`,
    `${medianOf(runs, 'requestsPerSecond').toFixed(0)} (${runs.map((round) => round.requestsPerSecond.toFixed(0)).join(', ')})`,
    ms(medianOf(runs, 'p50Ms')),
    ms(medianOf(runs, 'p99Ms')),
    medianOf(runs, 'cpuMsPerRequest').toFixed(2),
    `${sum(runs.map((round) => round.errors))} / ${sum(runs.map((round) => round.non2xx))}`,
  ]);
  const { search: busy, article } = search.mixed;
  const timed = (run: { p50Ms: number; p95Ms: number; p99Ms: number }) => `p50 ${ms(run.p50Ms)}, p95 ${ms(run.p95Ms)}, p99 ${ms(run.p99Ms)}`;
  const { fresh, memory } = search;
  return [
    table([[`Search, ${connections} connections, ${durationS} s rounds alternated with the article`, 'req/s median (rounds)', 'p50', 'p99', 'server CPU ms/request', 'errors / non-2xx'], ...rows]),
    `search / article ${x(figures.ratio)} (rounds ${figures.roundRatios.map(x).join(', ')}), search p99 ${ms(figures.searchP99Ms)}`,
    `Mixed round, ${durationS} s: search at ${busy.connections} connections ${busy.requestsPerSecond.toFixed(0)} req/s (${timed(busy)}, ${busy.errors} errors, ${busy.non2xx} non-2xx); article at ${article.connections} connections meanwhile ${article.requestsPerSecond.toFixed(0)} req/s (${timed(article)})`,
    `Queries never asked before, ${connections} connections: ${fresh.requestsPerSecond.toFixed(0)} req/s, ${timed(fresh)}, ${fresh.cpuMsPerRequest.toFixed(2)} CPU ms/request, ${fresh.errors} errors, ${fresh.non2xx} non-2xx`,
    `Server memory across the search rounds: ${bytes(memory.startBytes)} -> ${bytes(memory.endBytes)} (${x(memory.endBytes / memory.startBytes)})`,
  ].join('\n');
}

function loadSection(load: LoadResult): string {
  const rows = load.routes.map((route) => [route.name, String(route.paths), String(route.requests), Object.entries(route.statuses).map(([status, count]) => `${status}x${count}`).join(' '), String(route.unexpected), ms(route.p50Ms), ms(route.p99Ms)]);
  return [
    table([[`Mixed load, ${load.durationS} s at ${load.connections} connections`, 'paths', 'requests', 'statuses', 'unexpected', 'p50', 'p99'], ...rows]),
    ...load.skipped.map((skip) => `  left out: ${skip}`),
    `total ${load.requests} requests, ${load.requestsPerSecond.toFixed(0)} req/s, p50 ${ms(load.p50Ms)}, p99 ${ms(load.p99Ms)}; ${load.errors} errors (${load.timeouts} timeouts); memory ${bytes(load.memory.startBytes)} after the warm-up -> ${bytes(load.memory.endBytes)}`,
  ].join('\n');
}

function referenceSection({ site, reference }: NonNullable<BenchResult['reference']>): string {
  const spread = (values: number[], show: (value: number) => string) => [Math.min(...values), median(values), Math.max(...values)].map(show).join(' / ');
  const row = (name: string, builds: BuildFigures[]) => [name, spread(builds.map((build) => build.wallMs), ms), spread(builds.map((build) => build.peakTreeRssBytes), bytes), String(builds[0]!.staticPages), builds[0]!.contentReads?.loads.toFixed(1) ?? '?'];
  return [
    table([[`Against the reference (blog-starter shape), ${site.length} builds each, alternated`, 'wall min / median / max', 'peak memory (tree) min / median / max', 'routes', 'reads per file'], row('this site', site), row('reference', reference)]),
    `this site / reference: ${x(wall(site) / wall(reference))} of the median wall time (the reference type-checks in its build; this site leaves that to CI)`,
  ].join('\n');
}

function scaleSection(runs: ScaleRun[]): string {
  const [wallSlopes, cpuSlopes] = [marginal(runs, (build) => build.wallMs), marginal(runs, (build) => build.cpuMs)];
  const rows = runs.map(({ articles, build }, index) => [
    String(articles),
    String(build.staticPages),
    `${ms(build.wallMs)} / ${ms(build.cpuMs)}`,
    index ? `${wallSlopes[index - 1]!.msPerArticle.toFixed(1)} / ${cpuSlopes[index - 1]!.msPerArticle.toFixed(1)}` : '-',
    `${bytes(build.peakTreeRssBytes)} / ${bytes(build.peakProcessRssBytes)}`,
    bytes(build.outputBytes),
    build.listingHtmlGzip ? `${bytes(build.listingHtmlGzip.home)} / ${bytes(build.listingHtmlGzip.news)}` : '-',
  ]);
  const { articles, server } = runs.at(-1)!;
  return [
    table([['Scale: articles', 'routes', 'build wall / CPU', 'marginal ms/article wall / CPU', 'peak memory tree / largest', 'output', 'home / news HTML gz'], ...rows]),
    server ? `${articles} articles, fresh server: first article ${ms(server.coldStartMs)} after launch, then the oldest ${ms(server.oldestArticleMs)}; memory ${bytes(server.rssStartBytes)} -> ${bytes(server.rssAfterBytes)} after 10 s of article load (${server.articleRps.toFixed(0)} req/s)` : '',
  ].join('\n');
}

export function formatReport(result: BenchResult): string {
  const env = result.environment;
  const status = (met: boolean | null) => (met === null ? 'n/a' : met ? 'MET' : 'MISSED');
  return [
    `Benchmark, ${result.articles} synthetic articles (${result.createdAt}): Next.js ${env.next}, Node ${env.node}, Lighthouse ${env.lighthouse}, ${env.cpus}, load average ${env.loadAverage}${env.commit ? `, commit ${env.commit}` : ''}`,
    buildTable([[`this site, ${result.articles} articles`, result.build], ['bare Next.js app', result.bareBuild]]),
    pagesSection(result),
    serverSection(result),
    result.search ? searchSection(result.search) : 'Search rounds: skipped',
    result.lighthouse ? lighthouseSection(result.lighthouse) : 'Lighthouse: skipped',
    result.load ? loadSection(result.load) : 'Mixed load: skipped',
    result.reference ? referenceSection(result.reference) : '',
    result.scale ? scaleSection(result.scale) : '',
    table([['Budget (SPEC section 7)', 'measured', 'status'], ...checkBudgets(result).map(([budget, measured, met]) => [budget, measured, status(met)])]),
  ]
    .filter(Boolean)
    .join('\n\n');
}
