/** The bench's result record, the SPEC section 6 budgets checked against it, and the terminal tables. */
import type { AssetGroup, ModuleWeight, PageWeight } from './assets';
import type { BuildResult } from './build';
import type { ContentLoadSample } from './content-load';
import type { LighthouseSummary } from './lighthouse';
import type { LoadResult } from './mixed-load';
import type { ThroughputResult } from './throughput';
import { formatBytes, formatMs, table } from './util';

export interface SizeRun {
  articles: number;
  build: Omit<BuildResult, 'distDir'>;
  contentLoad: { samples: ContentLoadSample[]; medianCheckMs: number; medianImportMs: number };
  /** Home and first /news page documents: they must not grow with the archive. */
  listingHtmlGzip: { home: number; news: number };
}

export interface BenchResult {
  createdAt: string;
  environment: {
    node: string;
    next: string;
    lighthouse: string;
    cpus: number;
    cpuModel: string;
    memoryBytes: number;
    loadAverageStart: number[];
    loadAverageEnd: number[];
    gitCommit: string | null;
    lighthouseThrottling: string;
  };
  articles: number;
  main: SizeRun;
  pages: {
    /** The page of a bare Next.js app built alongside: the framework's own JavaScript (null if it failed to build). */
    bare: PageWeight | null;
    /** The page of this site with the least JavaScript. */
    smallest: PageWeight;
    home: PageWeight;
    article: PageWeight;
    category: PageWeight;
    /** Article JS gzip minus the bare page's (or, without one, the smallest page's). */
    articleOverBaselineGzip: number;
    /** Files of the article page that the smallest page does not load (Turbopack merges chunks per page, so these overlap in content). */
    articleFilesNotInSmallest: AssetGroup;
    /** Modules of the article page's JavaScript that the bare page lacks, gzipped one by one. */
    articleModulesNotInBare: ModuleWeight[];
  };
  lighthouse: {
    throttling: string;
    home: LighthouseSummary;
    article: LighthouseSummary;
    category: LighthouseSummary;
    bare: LighthouseSummary | null;
  } | null;
  throughput: ThroughputResult | null;
  load: LoadResult | null;
  scale: SizeRun[] | null;
  budgets: BudgetCheck[];
}

export interface BudgetCheck {
  budget: string;
  measured: string;
  /** null when the run did not measure it (skipped step). */
  met: boolean | null;
  note?: string;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Per-article build cost between two sizes: the slope of build time against article count. */
export function marginalMsPerArticle(runs: readonly SizeRun[], metric: (run: SizeRun) => number | null): { from: number; to: number; msPerArticle: number | null }[] {
  const sorted = [...runs].sort((a, b) => a.articles - b.articles);
  return sorted.slice(1).map((run, index) => {
    const previous = sorted[index]!;
    const a = metric(previous);
    const b = metric(run);
    return { from: previous.articles, to: run.articles, msPerArticle: a !== null && b !== null ? (b - a) / (run.articles - previous.articles) : null };
  });
}

export function checkBudgets(result: Omit<BenchResult, 'budgets'>): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  const pages = result.lighthouse ? (['home', 'article', 'category'] as const).map((name) => [name, result.lighthouse![name]] as const) : [];
  const skipped = (budget: string) => checks.push({ budget, measured: 'not measured (--skip-lighthouse)', met: null });
  const lighthouseBudget = (budget: string, value: (page: LighthouseSummary) => number | null, ok: (value: number) => boolean, show: (value: number) => string) => {
    if (!result.lighthouse) return skipped(budget);
    const values = pages.map(([name, page]) => [name, value(page)] as const);
    checks.push({
      budget,
      measured: values.map(([name, v]) => `${name} ${v === null ? '?' : show(v)}`).join(', '),
      met: values.every(([, v]) => v !== null && ok(v)),
    });
  };
  lighthouseBudget('Lighthouse mobile Performance >= 98', (p) => p.scores.performance, (v) => v >= 98, String);
  lighthouseBudget('Lighthouse Accessibility 100', (p) => p.scores.accessibility, (v) => v === 100, String);
  lighthouseBudget('Lighthouse Best Practices 100', (p) => p.scores['best-practices'], (v) => v === 100, String);
  lighthouseBudget('Lighthouse SEO 100', (p) => p.scores.seo, (v) => v === 100, String);
  lighthouseBudget('LCP <= 1.0 s (mobile simulation)', (p) => p.lcpMs, (v) => v <= 1000, (v) => `${(v / 1000).toFixed(2)} s`);
  lighthouseBudget('CLS 0', (p) => p.cls, (v) => v === 0, (v) => v.toFixed(3));

  const p = result.pages;
  checks.push({
    budget: 'Article JS <= 5 KB gzip over a bare page',
    measured: `${kb(p.articleOverBaselineGzip)} (article ${kb(p.article.js.gzip)} vs ${p.bare ? 'bare Next.js page' : `this site's ${p.smallest.page}`} ${kb((p.bare ?? p.smallest).js.gzip)}); ${kb(p.article.js.gzip - p.smallest.js.gzip)} over this site's smallest page`,
    met: p.articleOverBaselineGzip <= 5 * 1024,
  });

  const dynamic = result.main.build.dynamicRoutes;
  checks.push({
    budget: 'Every page prerendered except /search',
    measured: `${result.main.build.staticPages ?? '?'} prerendered routes; rendered on request: ${dynamic.join(', ') || 'none'}`,
    met: dynamic.every((route) => route === '/search'),
  });
  const reads = result.main.build.contentReads;
  checks.push({
    budget: 'Each content file read once per build process',
    measured: reads
      ? `${reads.loads.toFixed(1)} loads in ${reads.processes} process(es), up to ${reads.maxLoadsInOneProcess.toFixed(1)} per process, by ${reads.loaderCopies.length} copies of the loader`
      : 'not measured',
    met: reads ? reads.maxLoadsInOneProcess <= 1 : null,
  });

  const all = [result.main, ...(result.scale ?? [])];
  const thousand = all.find((run) => run.articles === 1000);
  checks.push(
    thousand
      ? {
          budget: '1,000 articles build in < ~40 s (blog-starter reference)',
          measured: `${seconds(thousand.build.wallMs)} wall, ${seconds(thousand.build.cpuMs)} CPU`,
          met: thousand.build.wallMs < 40_000,
        }
      : { budget: '1,000 articles build in < ~40 s (blog-starter reference)', measured: `not measured (ran ${result.articles} articles)`, met: null },
  );

  if (result.scale && result.scale.length >= 3) {
    // CPU time, not wall time: on a shared machine other work stretches wall time unevenly
    // between runs, while the CPU a build needs stays put.
    const cpuSlopes = marginalMsPerArticle(result.scale, (run) => run.build.cpuMs || null);
    const wallSlopes = marginalMsPerArticle(result.scale, (run) => run.build.wallMs);
    const first = cpuSlopes[0]?.msPerArticle ?? null;
    const last = cpuSlopes.at(-1)?.msPerArticle ?? null;
    const ratio = first !== null && last !== null && first > 0 ? last / first : null;
    checks.push({
      budget: 'Build cost grows linearly with articles',
      measured:
        cpuSlopes
          .map((slope, index) => `${slope.from}->${slope.to}: ${slope.msPerArticle?.toFixed(1) ?? '?'} CPU ms/article (wall ${wallSlopes[index]?.msPerArticle?.toFixed(1) ?? '?'})`)
          .join('; ') + (ratio !== null ? `; CPU slope ratio ${ratio.toFixed(2)}` : ''),
      met: ratio === null ? null : ratio > 0 && ratio <= 1.5,
      note: 'linear if the CPU cost per extra article between the larger sizes is within 1.5x of the one between the smaller sizes (quadratic growth would give ~3.6x)',
    });
    const homes = result.scale.map((run) => run.listingHtmlGzip.home);
    const newsPages = result.scale.map((run) => run.listingHtmlGzip.news);
    const spread = (values: number[]) => Math.max(...values) / Math.min(...values) - 1;
    checks.push({
      budget: 'Home and listings weigh the same whatever the article count',
      measured: `home HTML ${homes.map(kb).join(' / ')}, /news ${newsPages.map(kb).join(' / ')} gzip`,
      met: spread(homes) < 0.1 && spread(newsPages) < 0.1,
    });
  } else {
    checks.push({ budget: 'Build cost grows linearly with articles', measured: 'not measured (run with --scale)', met: null });
  }

  if (result.load) {
    const load = result.load;
    checks.push({
      budget: 'Load: 0 errors, 0 unexpected statuses, memory growth < 20%',
      measured: `${load.errors} errors (${load.timeouts} of them timeouts), ${load.routes.reduce((sum, route) => sum + route.unexpected, 0)} unexpected, memory ${load.memory.growth === null ? '?' : `${(load.memory.growth * 100).toFixed(1)}%`}`,
      met: load.pass.all,
    });
  } else {
    checks.push({ budget: 'Load: 0 errors, 0 unexpected statuses, memory growth < 20%', measured: 'not measured (--skip-load)', met: null });
  }
  return checks;
}

const status = (met: boolean | null) => (met === null ? 'n/a' : met ? 'MET' : 'MISSED');
const bytesOrDash = (value: number | null) => (value === null ? '-' : formatBytes(value));
const msOrDash = (value: number | null) => (value === null ? '-' : formatMs(value));

function contentLoadRows(run: SizeRun): string[][] {
  const reads = run.build.contentReads;
  const check = run.contentLoad.medianCheckMs;
  const rows = [['content load: one cold checkContent', `${formatMs(check)} (median of ${run.contentLoad.samples.length} fresh processes; importing the loader ${formatMs(run.contentLoad.medianImportMs)})`]];
  if (!reads) {
    const workers = (run.build.workers.collectPageData ?? 0) + (run.build.workers.staticGeneration ?? 0);
    return [...rows, ['content load: in the build', `${workers} worker(s) x 1 load (assumed) = ~${formatMs(workers * check)}`]];
  }
  return [
    ...rows,
    ['content load: in the build (measured)', `${reads.loads.toFixed(1)} loads of ${reads.articles} articles in ${reads.processes} process(es), up to ${reads.maxLoadsInOneProcess.toFixed(1)} per process = ~${formatMs(reads.loads * check)}`],
    ['loader copies that read content', reads.loaderCopies.join(', ') || '-'],
  ];
}

function buildSection(run: SizeRun): string {
  const b = run.build;
  return table([
    ['Build', `${run.articles} articles`],
    ['wall time', formatMs(b.wallMs)],
    ['CPU time (user+sys, all processes)', formatMs(b.cpuMs)],
    ['peak memory, whole process tree', formatBytes(b.peakTreeRssBytes)],
    ['peak memory, largest process', formatBytes(b.maxProcessRssBytes)],
    ['phase: compile (Turbopack)', msOrDash(b.phases.compileMs)],
    ['phase: TypeScript', msOrDash(b.phases.typescriptMs)],
    ['phase: collect page data', msOrDash(b.phases.collectPageDataMs)],
    ['phase: generate static pages', msOrDash(b.phases.staticGenerationMs)],
    ['pages generated (Next.js count)', String(b.staticPages ?? '-')],
    ['prerendered HTML files', String(b.htmlFiles)],
    ['build workers (collect / generate)', `${b.workers.collectPageData ?? '?'} / ${b.workers.staticGeneration ?? '?'}`],
    ['routes rendered on request', b.dynamicRoutes.join(', ') || 'none'],
    ...contentLoadRows(run),
  ]);
}

function pagesSection(result: Omit<BenchResult, 'budgets'>): string {
  const sizes = (group: { raw: number; gzip: number }) => `${formatBytes(group.raw)} / ${formatBytes(group.gzip)}`;
  const row = (label: string, page: PageWeight): string[] => [label, page.page, sizes(page.js), String(page.js.files.length), sizes(page.css), sizes(page.html)];
  const files = (group: AssetGroup) => group.files.map((file) => `${file.url.replace('/_next/static/chunks/', '')} ${formatBytes(file.gzip)}`).join(', ') || 'none';
  const p = result.pages;
  return [
    table([
      ['Page weight (loaded JS excludes nomodule polyfills)', 'prerendered file', 'JS raw / gzip', 'files', 'CSS raw / gzip', 'HTML raw / gzip'],
      ...(p.bare ? [row('bare Next.js app page (framework only)', p.bare)] : []),
      row(`smallest page of this site`, p.smallest),
      row('home', p.home),
      row('article', p.article),
      row('category', p.category),
    ]),
    `article JS over ${p.bare ? 'the bare Next.js page' : 'the smallest page'}: ${formatBytes(p.articleOverBaselineGzip)} gzip; over this site's smallest page: ${formatBytes(p.article.js.gzip - p.smallest.js.gzip)} gzip`,
    ...(p.articleModulesNotInBare.length
      ? [
          `article modules not in the bare page (${p.articleModulesNotInBare.length}, each gzipped alone, total ${formatBytes(p.articleModulesNotInBare.reduce((sum, module) => sum + module.gzip, 0))}):`,
          `  ${p.articleModulesNotInBare.map((module) => `${module.label} ${formatBytes(module.gzip)}`).join(', ')}`,
        ]
      : []),
    `article files not loaded by ${p.smallest.page} (gzip): ${files(p.articleFilesNotInSmallest)}`,
    `nomodule polyfills (in every page, never fetched by modern browsers): ${formatBytes(p.article.noModuleJs.gzip)} gzip`,
  ].join('\n');
}

function lighthouseSection(lighthouse: NonNullable<BenchResult['lighthouse']>): string {
  const pages = [
    ['home', lighthouse.home],
    ['article', lighthouse.article],
    ['category', lighthouse.category],
    ...(lighthouse.bare ? [['bare Next.js page', lighthouse.bare] as const] : []),
  ] as const;
  const score = (value: number | null) => (value === null ? '?' : String(value));
  const rows = pages.map(([name, page]) => [
    name,
    `${score(page.scores.performance)} (${page.performanceRuns.join(',')})`,
    score(page.scores.accessibility),
    score(page.scores['best-practices']),
    score(page.scores.seo),
    msOrDash(page.fcpMs),
    msOrDash(page.lcpMs),
    msOrDash(page.tbtMs),
    page.cls === null ? '-' : page.cls.toFixed(3),
    page.lcpLoadStartMs === null || page.lcpLoadEndMs === null ? 'text' : `${msOrDash(page.lcpLoadStartMs)}-${msOrDash(page.lcpLoadEndMs)}`,
    `${msOrDash(page.observedFcpMs)} / ${msOrDash(page.observedLcpMs)}`,
    `${formatBytes(page.transfer.script ?? 0)} / ${formatBytes(page.transfer.total ?? 0)}`,
  ]);
  const details = pages.flatMap(([name, page]) => [
    `  ${name}: ${page.url}`,
    `    LCP element: ${page.lcpElement ?? '?'}`,
    ...page.failedAudits.map(
      (audit) =>
        `    not passed [${audit.category}] ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}${audit.examples.length ? `\n      e.g. ${audit.examples.join('\n      e.g. ')}` : ''}`,
    ),
  ]);
  const errors = [...new Set(pages.flatMap(([, page]) => page.auditErrors))];
  return [
    table([[`Lighthouse mobile, ${lighthouse.throttling} throttling (median run)`, 'perf (runs)', 'a11y', 'bp', 'seo', 'FCP', 'LCP', 'TBT', 'CLS', 'LCP image load (sim.)', 'observed FCP / LCP', 'JS / total transfer'], ...rows]),
    ...details,
    ...(errors.length ? ['  audits Lighthouse could not compute (not scored):', ...errors.map((error) => `    ${error.slice(0, 200)}`)] : []),
  ].join('\n');
}

export function formatLoad(load: LoadResult): string {
  const rows = load.routes.map((route) => [
    route.name,
    String(route.paths.length),
    String(route.requests),
    Object.entries(route.statuses).map(([code, count]) => `${code}x${count}`).join(' '),
    String(route.expect),
    String(route.unexpected),
    `${Math.round(route.latencyP50Ms)} ms`,
    `${Math.round(route.latencyP99Ms)} ms`,
  ]);
  const memory = load.memory;
  const pass = (ok: boolean | null) => (ok === null ? 'n/a' : ok ? 'PASS' : 'FAIL');
  return [
    table([['Load by route', 'paths', 'requests', 'statuses', 'expected', 'unexpected', 'p50', 'p99'], ...rows]),
    ...load.skipped.map((skip) => `skipped ${skip.path} (${skip.name}): answered ${skip.status}, expected ${skip.expect}`),
    `total: ${load.requests} requests in ${load.durationS} s at ${load.connections} connections = ${load.requestsPerSecond.toFixed(0)} req/s; latency p50 ${load.latencyP50Ms} ms, p99 ${load.latencyP99Ms} ms`,
    `errors ${load.errors}, of which timeouts ${load.timeouts}${Object.keys(load.errorMessages).length ? ` (${Object.entries(load.errorMessages).map(([message, count]) => `${message} x${count}`).join('; ')})` : ''}`,
    `server memory (RSS, process tree): before warm-up ${bytesOrDash(memory.beforeWarmupBytes)}, start (after warm-up) ${bytesOrDash(memory.startBytes)}, end ${bytesOrDash(memory.endBytes)}, peak ${bytesOrDash(memory.peakBytes)}, growth ${memory.growth === null ? '?' : `${(memory.growth * 100).toFixed(1)}%`}`,
    ...(memory.timeline.length >= 4
      ? [`  during the run: ${[0.25, 0.5, 0.75, 1].map((share) => memory.timeline[Math.min(memory.timeline.length - 1, Math.round(share * memory.timeline.length) - 1)]!).map((point) => `${point.atS} s ${formatBytes(point.bytes)}`).join(', ')}`]
      : []),
    `${pass(load.pass.noErrors)}  0 errors`,
    `${pass(load.pass.noUnexpectedStatuses)}  0 unexpected statuses`,
    `${pass(load.pass.memoryGrowthUnder20)}  memory growth under 20%`,
  ].join('\n');
}

export function formatScale(runs: readonly SizeRun[]): string {
  const sorted = [...runs].sort((a, b) => a.articles - b.articles);
  const cpu = marginalMsPerArticle(sorted, (run) => run.build.cpuMs);
  const wall = marginalMsPerArticle(sorted, (run) => run.build.wallMs);
  const rows = sorted.map((run, index) => [
    String(run.articles),
    String(run.build.staticPages ?? '-'),
    formatMs(run.build.wallMs),
    (run.build.wallMs / run.articles).toFixed(1),
    index === 0 ? '-' : (wall[index - 1]?.msPerArticle?.toFixed(1) ?? '-'),
    formatMs(run.build.cpuMs),
    index === 0 ? '-' : (cpu[index - 1]?.msPerArticle?.toFixed(1) ?? '-'),
    msOrDash(run.build.phases.staticGenerationMs),
    formatBytes(run.build.peakTreeRssBytes),
    formatMs(run.contentLoad.medianCheckMs),
    `${formatBytes(run.listingHtmlGzip.home)} / ${formatBytes(run.listingHtmlGzip.news)}`,
  ]);
  return table([
    ['articles', 'pages', 'build wall', 'ms/article', 'marginal ms/art', 'build CPU', 'marginal CPU ms/art', 'static gen', 'peak mem', 'checkContent', 'home / news HTML gz'],
    ...rows,
  ]);
}

export function formatReport(result: BenchResult): string {
  const env = result.environment;
  const sections = [
    `Benchmark: ${result.articles} synthetic articles. Next.js ${env.next}, Node ${env.node}, Lighthouse ${env.lighthouse}, ${env.cpus} CPUs (${env.cpuModel}), load average ${env.loadAverageStart.map((v) => v.toFixed(1)).join(' ')} at start, ${env.loadAverageEnd.map((v) => v.toFixed(1)).join(' ')} at end${env.gitCommit ? `, commit ${env.gitCommit}` : ''}`,
    buildSection(result.main),
    pagesSection(result),
    result.lighthouse ? lighthouseSection(result.lighthouse) : 'Lighthouse: skipped',
    result.throughput
      ? `Throughput, article page (${result.throughput.url}), ${result.throughput.connections} connections, ${result.throughput.durationS} s: ${result.throughput.requestsPerSecond.toFixed(0)} req/s, p50 ${result.throughput.latencyP50Ms} ms, p99 ${result.throughput.latencyP99Ms} ms, ${result.throughput.errors} errors, ${result.throughput.non2xx} non-2xx`
      : 'Throughput: skipped',
    result.load ? formatLoad(result.load) : 'Load: skipped',
    result.scale ? `Scale (build cost against article count)\n${formatScale(result.scale)}` : '',
    table([['Budget (SPEC section 6)', 'measured', 'status'], ...result.budgets.map((check) => [check.budget, check.measured, status(check.met)])]),
  ];
  return sections.filter(Boolean).join('\n\n');
}
