/**
 * /search under load on the site's server, beside the article page (SPEC section 7: search at
 * >= 0.5x the article's req/s, p99 under 1 s):
 *
 * - rounds of the article and one search alternated at `connections` (default 32), so the
 *   ratio compares the two in the same run under the same machine noise;
 * - a mixed round: search hammered at `connections` while readers keep opening the article,
 *   whose p95 says whether search traffic slows everyone else down;
 * - a round of queries never asked before (each a cache miss, some with results, some
 *   without), for what a flood of random queries costs and whether memory stays bounded.
 */
import autocannon from 'autocannon';
import { createRandom, pick } from '../random';
import { compareThroughput, medianOf, type Comparison } from './http';
import { treeCpuMs, treeRssBytes } from './tree';
import { progress } from './util';

/** The query of the search rounds: every synthetic article has the word, so it has a full page of hits and 100+ pages. */
export const SEARCH_QUERY = 'budgets';
export const searchPath = (query: string) => `/search?q=${encodeURIComponent(query)}`;
/** Readers opening the article during the mixed round, beside the search connections. */
const READER_CONNECTIONS = 8;

const percentile = (sorted: readonly number[], p: number) => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

/** One autocannon run whose latencies are kept per request (autocannon reports no p95). */
async function timedRun(base: string, connections: number, durationS: number, nextPath: () => string) {
  const latencies: number[] = [];
  const sentAt = new WeakMap<object, number>();
  const result = await autocannon({
    url: base,
    connections,
    duration: durationS,
    timeout: 10,
    requests: [
      {
        setupRequest: (request, context) => {
          sentAt.set(context, performance.now());
          return { ...request, path: nextPath() };
        },
        onResponse: (_status, _body, context) => {
          const at = sentAt.get(context);
          if (at !== undefined) latencies.push(performance.now() - at);
        },
      },
    ],
  });
  latencies.sort((a, b) => a - b);
  return {
    connections,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

export type TimedRun = Awaited<ReturnType<typeof timedRun>>;

/** Queries nobody asked before: a vocabulary word and a made-up one (every word must match, so the search falls back to any word). */
function freshQueries(seed = 11) {
  const random = createRandom(seed);
  const words = ['budgets', 'design', 'flaky', 'migration', 'typography', 'checkout', 'tokens', 'deploy', 'coffee', 'thanh pho'];
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let count = 0;
  return () => {
    const madeUp = Array.from({ length: 7 }, () => pick(random, [...letters])).join('');
    count += 1;
    return searchPath(count % 3 === 0 ? madeUp : `${pick(random, words)} ${madeUp}`);
  };
}

export interface SearchBenchOptions {
  url: string;
  serverPid: number;
  articlePath: string;
  connections: number;
  rounds: number;
  durationS: number;
}

export async function searchBench({ url, serverPid, articlePath, connections, rounds, durationS }: SearchBenchOptions) {
  const rssStartBytes = await treeRssBytes(serverPid);
  progress(`search: ${rounds} rounds of the article and ${searchPath(SEARCH_QUERY)} alternated at ${connections} connections`);
  const throughput: Comparison = await compareThroughput({ article: [`${url}${articlePath}`, serverPid], search: [`${url}${searchPath(SEARCH_QUERY)}`, serverPid] }, rounds, durationS, connections);

  progress(`search: mixed round, ${durationS} s of search at ${connections} connections while ${READER_CONNECTIONS} readers open the article`);
  const [search, article] = await Promise.all([
    timedRun(url, connections, durationS, () => searchPath(SEARCH_QUERY)),
    timedRun(url, READER_CONNECTIONS, durationS, () => articlePath),
  ]);
  progress(`  article p95 ${article.p95Ms.toFixed(0)} ms (${article.requestsPerSecond.toFixed(0)} req/s) while search answers ${search.requestsPerSecond.toFixed(0)} req/s, p99 ${search.p99Ms.toFixed(0)} ms`);

  progress(`search: ${durationS} s of queries never asked before at ${connections} connections`);
  const cpuBefore = await treeCpuMs(serverPid);
  const fresh = await timedRun(url, connections, durationS, freshQueries());
  const freshCpuMsPerRequest = ((await treeCpuMs(serverPid)) - cpuBefore) / Math.max(1, fresh.requests);
  progress(`  ${fresh.requestsPerSecond.toFixed(0)} req/s, p99 ${fresh.p99Ms.toFixed(0)} ms, ${freshCpuMsPerRequest.toFixed(2)} CPU ms per request`);

  return { query: SEARCH_QUERY, throughput, mixed: { search, article }, fresh: { ...fresh, cpuMsPerRequest: freshCpuMsPerRequest }, memory: { startBytes: rssStartBytes, endBytes: await treeRssBytes(serverPid) } };
}

export type SearchBenchResult = Awaited<ReturnType<typeof searchBench>>;

const rounds = (result: SearchBenchResult, name: string) => result.throughput.targets.find((target) => target.name === name)?.rounds ?? [];

/** The figures the budget checks and the report read: medians over the alternated rounds. */
export function searchFigures(result: SearchBenchResult) {
  const [article, search] = [rounds(result, 'article'), rounds(result, 'search')];
  const articleRps = medianOf(article, 'requestsPerSecond');
  const searchRps = medianOf(search, 'requestsPerSecond');
  return {
    connections: result.throughput.connections,
    articleRps,
    searchRps,
    ratio: searchRps / articleRps,
    roundRatios: search.map((round, index) => round.requestsPerSecond / (article[index]?.requestsPerSecond ?? NaN)),
    searchP50Ms: medianOf(search, 'p50Ms'),
    searchP99Ms: medianOf(search, 'p99Ms'),
    searchCpuMs: medianOf(search, 'cpuMsPerRequest'),
    articleCpuMs: medianOf(article, 'cpuMsPerRequest'),
    mixedArticleP95Ms: result.mixed.article.p95Ms,
  };
}
