/**
 * Mixed traffic against a production server: home, listings, articles, search, feeds,
 * sitemap and 404s in one autocannon run, with statuses and latency kept per route and the
 * server's memory sampled before and after.
 */
import autocannon from 'autocannon';
import { parse } from 'next/dist/compiled/node-html-parser';
import { treeRssBytes } from './proc';
import { fetchText, percentile, progress, sleep } from './util';

export interface RouteSpec {
  /** Name used in the report and in --expect name=status. */
  name: string;
  paths: string[];
  /** The status every response of this route must have. */
  expect: number;
  /** Requests of this route in one cycle of the mix. */
  weight: number;
}

export interface RouteResult {
  name: string;
  expect: number;
  paths: string[];
  requests: number;
  statuses: Record<string, number>;
  unexpected: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
}

export interface LoadOptions {
  url: string;
  durationS: number;
  connections: number;
  /** Server process to watch (its whole process tree); null when unknown. */
  serverPid: number | null;
  /** Overrides of expected statuses, by route name. */
  expect?: Record<string, number>;
  warmupS?: number;
}

export interface LoadResult {
  url: string;
  durationS: number;
  connections: number;
  routes: RouteResult[];
  /** Routes left out because they did not answer as expected before the run. */
  skipped: { name: string; path: string; status: number; expect: number }[];
  requests: number;
  requestsPerSecond: number;
  /** Connection errors and timeouts (autocannon counts timeouts among the errors). */
  errors: number;
  /** The timeouts among the errors. */
  timeouts: number;
  errorMessages: Record<string, number>;
  latencyP50Ms: number;
  latencyP99Ms: number;
  memory: {
    beforeWarmupBytes: number | null;
    startBytes: number | null;
    endBytes: number | null;
    peakBytes: number | null;
    growth: number | null;
    /** The server's memory every second of the run, to tell a warming heap from a leak. */
    timeline: { atS: number; bytes: number }[];
  };
  pass: { noErrors: boolean; noUnexpectedStatuses: boolean; memoryGrowthUnder20: boolean | null; all: boolean };
}

const NOT_FOUND_PATHS = ['/news/no-such-article-here', '/no/such/page', '/category/no-such-section', '/news/page/99999'];
const SEARCH_QUERIES = ['design', 'typescript', 'performance budgets', 'thanh pho', 'zzzz-no-match'];

function links(html: string, pattern: RegExp): string[] {
  const hrefs = parse(html)
    .querySelectorAll('a[href]')
    .map((anchor) => anchor.getAttribute('href') ?? '')
    .map((href) => href.split(/[?#]/)[0] ?? '')
    .filter((href) => pattern.test(href));
  return [...new Set(hrefs)];
}

/** Builds the route mix from what the server links to: real article, category and tag paths. */
export async function discoverRoutes(url: string): Promise<RouteSpec[]> {
  const news = await fetchText(`${url}/news`);
  const articles = links(news.body, /^\/news\/(?!page\/)[a-z0-9-]+$/).slice(0, 12);
  const categoriesPage = await fetchText(`${url}/categories`);
  const categories = links(categoriesPage.body, /^\/category\/[a-z0-9-]+$/);
  if (articles.length === 0 || categories.length === 0) {
    throw new Error(`could not find article or category links on ${url}/news and ${url}/categories (statuses ${news.status}, ${categoriesPage.status})`);
  }
  const firstArticle = await fetchText(`${url}${articles[0]}`);
  const tags = links(firstArticle.body, /^\/tags\/[a-z0-9-]+$/).slice(0, 3);
  return [
    { name: 'home', paths: ['/'], expect: 200, weight: 4 },
    { name: 'news', paths: ['/news'], expect: 200, weight: 2 },
    { name: 'news-page-2', paths: ['/news/page/2'], expect: 200, weight: 2 },
    { name: 'category', paths: categories, expect: 200, weight: categories.length },
    { name: 'category-page-2', paths: categories.slice(0, 2).map((path) => `${path}/page/2`), expect: 200, weight: 2 },
    { name: 'tag', paths: tags, expect: 200, weight: tags.length },
    { name: 'article', paths: articles, expect: 200, weight: articles.length * 2 },
    { name: 'search', paths: SEARCH_QUERIES.map((query) => `/search?q=${encodeURIComponent(query)}`), expect: 200, weight: SEARCH_QUERIES.length },
    { name: 'feed-xml', paths: ['/feed.xml'], expect: 200, weight: 1 },
    { name: 'feed-json', paths: ['/feed.json'], expect: 200, weight: 1 },
    { name: 'category-feed', paths: categories.slice(0, 1).map((path) => `${path}/feed.xml`), expect: 200, weight: 1 },
    { name: 'sitemap', paths: ['/sitemap.xml'], expect: 200, weight: 1 },
    { name: 'not-found', paths: NOT_FOUND_PATHS, expect: 404, weight: NOT_FOUND_PATHS.length },
  ].filter((route) => route.paths.length > 0);
}

/**
 * Asks every path once. A path that does not answer with its route's expected status is left
 * out of the run with a warning (routes still being built must not fail the whole test).
 */
export async function probeRoutes(url: string, routes: RouteSpec[]): Promise<{ routes: RouteSpec[]; skipped: LoadResult['skipped'] }> {
  const skipped: LoadResult['skipped'] = [];
  const kept: RouteSpec[] = [];
  for (const route of routes) {
    const paths: string[] = [];
    for (const path of route.paths) {
      const { status } = await fetchText(`${url}${path}`);
      if (status === route.expect) paths.push(path);
      else {
        skipped.push({ name: route.name, path, status, expect: route.expect });
        progress(`warning: ${path} (${route.name}) answered ${status}, expected ${route.expect}: left out of the run (override with --expect ${route.name}=${status})`);
      }
    }
    if (paths.length) kept.push({ ...route, paths, weight: Math.max(1, Math.round((route.weight * paths.length) / route.paths.length)) });
  }
  return { routes: kept, skipped };
}

interface RouteStats {
  route: RouteSpec;
  statuses: Map<number, number>;
  latencies: number[];
}

/**
 * The mix as one autocannon request whose path is picked per request from a shared cycle
 * (each route's paths repeated to its weight, interleaved), so every route gets its share
 * whatever the duration. The route travels in autocannon's per-connection context.
 */
function mixedRequest(stats: RouteStats[], onResponse: (entry: RouteStats, status: number) => void): autocannon.Request[] {
  const cycle: { entry: number; path: string }[] = [];
  stats.forEach((entry, index) => {
    for (let n = 0; n < entry.route.weight; n++) cycle.push({ entry: index, path: entry.route.paths[n % entry.route.paths.length]! });
  });
  // A stride coprime with the length visits every slot once per cycle while spreading each route out.
  const stride = [7, 11, 13, 1].find((candidate) => cycle.length % candidate !== 0) ?? 1;
  let next = 0;
  return [
    {
      method: 'GET',
      setupRequest: (request, context) => {
        const slot = cycle[(next++ * stride) % cycle.length]!;
        context.entry = slot.entry;
        return { ...request, path: slot.path };
      },
      onResponse: (status, _body, context) => {
        const entry = stats[Number(context.entry)];
        if (entry) onResponse(entry, status);
      },
    },
  ];
}

function runAutocannon(
  url: string,
  requests: autocannon.Request[],
  connections: number,
  durationS: number,
  onLatency?: (ms: number) => void,
  onError?: (error: Error) => void,
): autocannon.Instance {
  const instance = autocannon({ url, connections, duration: durationS, requests, timeout: 10 });
  if (onLatency) instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => onLatency(responseTime));
  if (onError) instance.on('reqError', onError);
  return instance;
}

export async function runMixedLoad(options: LoadOptions): Promise<LoadResult> {
  const discovered = await discoverRoutes(options.url);
  for (const route of discovered) {
    const override = options.expect?.[route.name];
    if (override !== undefined) route.expect = override;
  }
  const { routes, skipped } = await probeRoutes(options.url, discovered);
  const stats: RouteStats[] = routes.map((route) => ({ route, statuses: new Map(), latencies: [] }));
  // onResponse runs synchronously just before autocannon's 'response' event for the same
  // request, so the route it names is the one the next latency belongs to.
  let lastRoute: RouteStats | null = null;
  let recording = false;
  const requests = mixedRequest(stats, (entry, status) => {
    lastRoute = entry;
    if (recording) entry.statuses.set(status, (entry.statuses.get(status) ?? 0) + 1);
  });
  const rss = () => (options.serverPid ? treeRssBytes(options.serverPid) || null : null);

  const beforeWarmupBytes = rss();
  // Long enough for the server's heap to settle (measured: ~20 s at 64 connections), so the
  // growth figure is about leaks rather than a warming process.
  const warmupS = options.warmupS ?? Math.min(20, Math.max(5, Math.round(options.durationS / 3)));
  progress(`warm-up: ${warmupS} s at ${options.connections} connections over ${routes.length} routes`);
  await runAutocannon(options.url, requests, options.connections, warmupS);
  await sleep(1000);

  const startBytes = rss();
  let peakBytes = startBytes;
  const timeline: { atS: number; bytes: number }[] = [];
  const loadStart = performance.now();
  const sampler = setInterval(() => {
    const bytes = rss();
    if (bytes === null) return;
    timeline.push({ atS: Math.round((performance.now() - loadStart) / 1000), bytes });
    if (peakBytes === null || bytes > peakBytes) peakBytes = bytes;
  }, 1000);
  const errorMessages: Record<string, number> = {};
  recording = true;
  progress(`load: ${options.durationS} s at ${options.connections} connections`);
  const ticker = setInterval(() => {
    const done = stats.reduce((sum, entry) => sum + entry.latencies.length, 0);
    progress(`  … ${done} responses so far`);
  }, 15_000);
  const result = await runAutocannon(
    options.url,
    requests,
    options.connections,
    options.durationS,
    (ms) => lastRoute?.latencies.push(ms),
    (error) => (errorMessages[error.message] = (errorMessages[error.message] ?? 0) + 1),
  );
  recording = false;
  clearInterval(ticker);
  clearInterval(sampler);
  const endBytes = rss();
  if (endBytes !== null && (peakBytes === null || endBytes > peakBytes)) peakBytes = endBytes;

  const routeResults: RouteResult[] = stats.map(({ route, statuses, latencies }) => {
    const count = [...statuses.values()].reduce((sum, value) => sum + value, 0);
    return {
      name: route.name,
      expect: route.expect,
      paths: route.paths,
      requests: count,
      statuses: Object.fromEntries([...statuses.entries()].map(([status, value]) => [String(status), value])),
      unexpected: count - (statuses.get(route.expect) ?? 0),
      latencyP50Ms: percentile(latencies, 50),
      latencyP99Ms: percentile(latencies, 99),
    };
  });
  const growth = startBytes && endBytes ? endBytes / startBytes - 1 : null;
  const pass = {
    noErrors: result.errors === 0,
    noUnexpectedStatuses: routeResults.every((route) => route.unexpected === 0),
    memoryGrowthUnder20: growth === null ? null : growth < 0.2,
  };
  return {
    url: options.url,
    durationS: options.durationS,
    connections: options.connections,
    routes: routeResults,
    skipped,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    errors: result.errors,
    timeouts: result.timeouts,
    errorMessages,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    memory: { beforeWarmupBytes, startBytes, endBytes, peakBytes, growth, timeline },
    pass: { ...pass, all: pass.noErrors && pass.noUnexpectedStatuses && pass.memoryGrowthUnder20 !== false },
  };
}
