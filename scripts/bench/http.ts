/**
 * A production server under traffic (autocannon on loopback): cold start, throughput of pages
 * against each other in alternated rounds, the server's memory, and a mixed load of every kind
 * of route with the status each must answer.
 */
import autocannon from 'autocannon';
import { parse } from 'next/dist/compiled/node-html-parser';
import { startServer, type RunningServer } from '../lib/server';
import { fetchText, freePort, onInterrupt, sleep } from '../lib/util';
import { treeCpuMs, treeRssBytes } from './tree';
import { median, progress } from './util';

/**
 * Launches `next start` in `cwd` and polls `path` every 10 ms until it answers 200: `ms` from
 * the spawn to that answer, `rssBytes` the server's process tree right after it.
 */
export async function coldStart(cwd: string, path: string, timeoutMs = 180_000): Promise<{ server: RunningServer; ms: number; rssBytes: number }> {
  const port = await freePort();
  const started = performance.now();
  const launching = startServer({ cwd, port, timeoutMs });
  let failure: unknown = null;
  launching.catch((error: unknown) => (failure = error));
  while (performance.now() - started < timeoutMs && !failure) {
    const status = await fetch(`http://127.0.0.1:${port}${path}`, { redirect: 'manual' }).then(async (response) => (await response.arrayBuffer(), response.status), () => 0);
    if (status !== 200) {
      await sleep(10);
      continue;
    }
    const ms = performance.now() - started;
    const server = await launching;
    onInterrupt(() => server.stop());
    return { server, ms, rssBytes: await treeRssBytes(server.pid) };
  }
  await launching.then((server) => server.stop(), () => undefined);
  throw failure ?? new Error(`${path} did not answer 200 within ${timeoutMs} ms of launching next start in ${cwd}`);
}

/** `errors` counts connection errors and timeouts; `cpuMsPerRequest` is the server's CPU time per answer, steadier than req/s on a busy machine. */
async function hammer(url: string, serverPid: number, connections: number, durationS: number) {
  const cpuBefore = await treeCpuMs(serverPid);
  const result = await autocannon({ url, connections, duration: durationS, timeout: 10 });
  const cpuMsPerRequest = ((await treeCpuMs(serverPid)) - cpuBefore) / Math.max(1, result.requests.total);
  return { requestsPerSecond: result.requests.average, p50Ms: result.latency.p50, p99Ms: result.latency.p99, cpuMsPerRequest, errors: result.errors, non2xx: result.non2xx };
}

export type Throughput = Awaited<ReturnType<typeof hammer>>;

/**
 * Throughput of several URLs at the same connection count: a 3 s warm-up of each, then
 * `rounds` rounds of each in turn (a b c a b c …), so the machine's noise falls on all alike.
 */
export async function compareThroughput(urls: Record<string, readonly [url: string, serverPid: number]>, rounds: number, durationS: number, connections: number) {
  const targets = Object.entries(urls).map(([name, [url, pid]]) => ({ name, url, pid, rounds: [] as Throughput[] }));
  for (const target of targets) await hammer(target.url, target.pid, connections, 3);
  for (let round = 1; round <= rounds; round++) {
    for (const target of targets) {
      const result = await hammer(target.url, target.pid, connections, durationS);
      target.rounds.push(result);
      progress(`  round ${round}/${rounds} ${target.name}: ${result.requestsPerSecond.toFixed(0)} req/s, p99 ${result.p99Ms} ms, ${result.cpuMsPerRequest.toFixed(2)} CPU ms per request`);
    }
  }
  return { connections, durationS, targets };
}

export const medianOf = (rounds: Throughput[], key: keyof Throughput) => median(rounds.map((round) => round[key]));

const links = (html: string, pattern: RegExp, limit = 12) =>
  [...new Set(parse(html).querySelectorAll('a[href]').map((anchor) => (anchor.getAttribute('href') ?? '').split(/[?#]/)[0]!))].filter((href) => pattern.test(href)).slice(0, limit);

/** The mix, from what the server links to (real articles, categories, tags), with the status each path must answer. */
async function discoverMix(url: string): Promise<{ route: string; path: string; expect: number }[]> {
  const articles = links((await fetchText(`${url}/news`)).body, /^\/news\/(?!page\/)[a-z0-9-]+$/);
  const categories = links((await fetchText(`${url}/categories`)).body, /^\/category\/[a-z0-9-]+$/);
  const tags = links((await fetchText(`${url}${articles[0]}`)).body, /^\/tags\/[a-z0-9-]+$/, 3);
  const searches = ['design', 'typescript', 'performance budgets', 'thanh pho', 'zzzz-no-match'].map((query) => `/search?q=${encodeURIComponent(query)}`);
  const groups: [string, string[], number][] = [
    ['listing', ['/', '/news', '/news/page/2', ...categories, `${categories[0]}/page/2`, ...tags], 200],
    // Articles twice: the most read pages.
    ['article', [...articles, ...articles], 200],
    ['search', searches, 200],
    ['feed, sitemap', ['/feed.xml', '/feed.json', `${categories[0]}/feed.xml`, '/sitemap.xml'], 200],
    ['not-found', ['/news/no-such-article', '/no/such/page', '/category/no-such-section', '/news/page/99999', '/news/no-such-article/opengraph-image'], 404],
  ];
  return groups.flatMap(([route, paths, expect]) => paths.map((path) => ({ route, path, expect })));
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * values.length) - 1)] ?? 0;

/**
 * Mixed traffic for `durationS` after a warm-up of a third of it (5–20 s, so the memory figure
 * is about leaks, not a heap settling in). Each request takes the next path of the mix; a path
 * that does not answer its status before the run is left out. Statuses and latencies are kept per route.
 */
export async function mixedLoad(url: string, serverPid: number, durationS: number, connections: number) {
  const [mix, skipped] = [[] as Awaited<ReturnType<typeof discoverMix>>, [] as string[]];
  for (const entry of await discoverMix(url)) {
    const { status } = await fetchText(`${url}${entry.path}`);
    if (status === entry.expect) mix.push(entry);
    else skipped.push(`${entry.path} (${entry.route}) answered ${status}, expected ${entry.expect}`);
  }
  const routes = new Map(mix.map(({ route, expect }) => [route, { expect, paths: new Set<string>(), statuses: new Map<number, number>(), latencies: [] as number[] }]));
  for (const { route, path } of mix) routes.get(route)!.paths.add(path);
  let next = 0;
  let recording = false;
  const sent = new WeakMap<object, { route: string; at: number }>();
  const run = (seconds: number) =>
    autocannon({
      url,
      connections,
      duration: seconds,
      timeout: 10,
      requests: [
        {
          setupRequest: (request, context) => {
            const { path, route } = mix[next++ % mix.length]!;
            sent.set(context, { route, at: performance.now() });
            return { ...request, path };
          },
          onResponse: (status, _body, context) => {
            const request = sent.get(context);
            const route = request && routes.get(request.route);
            if (!route || !recording) return;
            route.statuses.set(status, (route.statuses.get(status) ?? 0) + 1);
            route.latencies.push(performance.now() - request.at);
          },
        },
      ],
    });
  const warmupS = Math.min(20, Math.max(5, Math.round(durationS / 3)));
  progress(`mixed load: ${warmupS} s warm-up, then ${durationS} s at ${connections} connections over ${mix.length} paths`);
  await run(warmupS);
  await sleep(1000);
  const startBytes = await treeRssBytes(serverPid);
  recording = true;
  const result = await run(durationS);
  recording = false;
  return {
    durationS,
    connections,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    errors: result.errors,
    timeouts: result.timeouts,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    routes: [...routes].map(([name, route]) => {
      const requests = [...route.statuses.values()].reduce((sum, count) => sum + count, 0);
      const statuses = Object.fromEntries([...route.statuses].map(([status, count]) => [String(status), count]));
      return { name, paths: route.paths.size, requests, statuses, unexpected: requests - (route.statuses.get(route.expect) ?? 0), p50Ms: percentile(route.latencies, 50), p99Ms: percentile(route.latencies, 99) };
    }),
    skipped,
    // The server's memory after the warm-up and at the end.
    memory: { startBytes, endBytes: await treeRssBytes(serverPid) },
  };
}

export type Comparison = Awaited<ReturnType<typeof compareThroughput>>;
export type LoadResult = Awaited<ReturnType<typeof mixedLoad>>;
