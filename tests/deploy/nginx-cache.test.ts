/**
 * The page cache of deploy/nginx/nginx.conf, rule by rule, in front of a small HTTP server whose
 * answers the test chooses (status, Cache-Control) and which counts what reaches it: what the
 * site's replicas send today cannot show every rule (a 5xx with a public Cache-Control, a
 * two-second s-maxage). schedule.test.ts shows the same cache with the real replicas.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, sleep } from '../../scripts/lib/util';
import { startNginx, type RunningNginx } from './nginx';

const VARY = 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding';

/** What the upstream answers per path: status and Cache-Control. */
const ANSWERS: Record<string, { status: number; cacheControl: string }> = {
  '/short-lived': { status: 200, cacheControl: 'public, s-maxage=2, stale-while-revalidate=2' },
  '/failing': { status: 500, cacheControl: 'public, s-maxage=30, stale-while-revalidate=30' },
  '/not-implemented': { status: 501, cacheControl: 'public, s-maxage=30' },
  '/private': { status: 200, cacheControl: 'private, no-store' },
  '/page': { status: 200, cacheControl: 'public, s-maxage=30, stale-while-revalidate=30' },
};

const hits = new Map<string, number>();
let upstream: Server;
let nginx: RunningNginx;

beforeAll(async () => {
  const port = await freePort();
  upstream = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://upstream').pathname;
    const count = (hits.get(path) ?? 0) + 1;
    hits.set(path, count);
    const answer = ANSWERS[path] ?? { status: 404, cacheControl: 'private, no-store' };
    response.writeHead(answer.status, { 'Content-Type': 'text/plain', 'Cache-Control': answer.cacheControl, Vary: VARY });
    response.end(`${path} copy ${count}${request.headers.rsc ? ' (rsc)' : ''}`);
  });
  await new Promise<void>((resolve) => upstream.listen(port, '127.0.0.1', resolve));
  nginx = await startNginx([port, port]);
});

afterAll(async () => {
  await nginx?.stop();
  await new Promise((resolve) => upstream?.close(resolve));
});

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${nginx.url}${path}`, { headers });
  return { status: response.status, cache: response.headers.get('x-cache-status'), body: await response.text() };
}

describe("nginx's page cache", () => {
  it('keeps a page for its s-maxage, then serves that copy once more while it fetches the next', async () => {
    expect(await get('/short-lived')).toEqual({ status: 200, cache: 'MISS', body: '/short-lived copy 1' });
    expect(await get('/short-lived')).toEqual({ status: 200, cache: 'HIT', body: '/short-lived copy 1' });
    // s-maxage=2; nginx counts in whole seconds, so 3.2 s is past it whenever the copy was made.
    await sleep(3_200);
    expect(await get('/short-lived')).toEqual({ status: 200, cache: 'STALE', body: '/short-lived copy 1' });
    await sleep(200);
    expect(await get('/short-lived')).toEqual({ status: 200, cache: 'HIT', body: '/short-lived copy 2' });
    expect(hits.get('/short-lived')).toBe(2);
  });

  it('never keeps a 5xx, whatever its Cache-Control says', async () => {
    // Statuses nginx passes on at once (a 502-504 is first tried on the other replica).
    for (const path of ['/failing', '/not-implemented']) {
      const answers = [await get(path), await get(path), await get(path)];
      expect(answers.map((answer) => answer.status), path).toEqual(Array(3).fill(ANSWERS[path]!.status));
      expect(answers.map((answer) => answer.cache), path).toEqual(['MISS', 'MISS', 'MISS']);
    }
    expect(hits.get('/failing')).toBe(3);
    expect(hits.get('/not-implemented')).toBe(3);
  });

  it('never keeps what is private or no-store', async () => {
    expect((await get('/private')).body).toBe('/private copy 1');
    expect((await get('/private')).body).toBe('/private copy 2');
  });

  it("passes the client router's requests on without storing them", async () => {
    expect(await get('/page', { rsc: '1' })).toEqual({ status: 200, cache: 'BYPASS', body: '/page copy 1 (rsc)' });
    expect(await get('/page')).toEqual({ status: 200, cache: 'MISS', body: '/page copy 2' });
    expect(await get('/page', { rsc: '1' })).toEqual({ status: 200, cache: 'BYPASS', body: '/page copy 3 (rsc)' });
    expect(await get('/page')).toEqual({ status: 200, cache: 'HIT', body: '/page copy 2' });
  });
});
