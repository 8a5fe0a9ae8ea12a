/**
 * Two standalone replicas behind nginx, configured from deploy/nginx/nginx.conf: every page
 * comes back with the same status and the same bytes whichever replica (or nginx's cache)
 * answers, both replicas answer (round-robin), pages and static files are served from nginx's
 * caches, a burst of searches is limited with a readable 429 page while articles still answer,
 * and one replica killed under load costs no request.
 */
import { createHash } from 'node:crypto';
import { parse } from 'next/dist/compiled/node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sleep } from '../../scripts/lib/util';
import { fixtureContent, fixturePublished } from '../support/fixture-content';
import { startNginx, type RunningNginx } from './nginx';
import { startStandalone, type StandaloneInstance } from './standalone';

const FETCHES_PER_PAGE = 8;

const newest = fixturePublished()[0]!;
const category = fixtureContent().categories[0]!;
const pages = [
  '/',
  `/news/${newest.slug}`,
  '/news',
  '/news/page/2',
  `/category/${category.slug}`,
  '/categories',
  '/feed.xml',
  '/sitemap.xml',
  '/robots.txt',
  '/news/no-such-article',
  `/search?q=${encodeURIComponent(newest.title.split(' ')[0]!)}`,
];

interface Snapshot {
  status: number;
  contentType: string | null;
  sha256: string;
}

async function snapshot(url: string, init: RequestInit = {}): Promise<Snapshot> {
  const response = await fetch(url, { redirect: 'manual', ...init });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, contentType: response.headers.get('content-type'), sha256: createHash('sha256').update(body).digest('hex') };
}

let instances: StandaloneInstance[] = [];
let nginx: RunningNginx;
let requestCount = 0;

/** A URL of a prerendered page that nginx has never seen: it goes to a replica. */
const uncached = (page: string) => `${page}?request=${++requestCount}`;

/** The access log lines of requests to `path` (with its query), newest last. */
function logLines(path: string): string[] {
  return nginx.accessLog().filter((line) => line.includes(`"GET ${path} `));
}

/**
 * The log lines of `path` once there are `count` of them. nginx writes a request's line after
 * it sent the last byte, so a client that has read the whole answer can be a moment ahead.
 */
async function loggedLines(path: string, count: number): Promise<string[]> {
  const deadline = Date.now() + 5_000;
  let lines = logLines(path);
  while (lines.length < count && Date.now() < deadline) {
    await sleep(20);
    lines = logLines(path);
  }
  return lines;
}

/** The replicas that served a request, in the order nginx tried them ("-" when the cache did). */
const upstreamOf = (line: string) => / upstream=(.+?) upstream_status=/.exec(line)?.[1] ?? '-';

beforeAll(async () => {
  instances = await Promise.all([startStandalone('a'), startStandalone('b')]);
  nginx = await startNginx([instances[0]!.port, instances[1]!.port]);
});

afterAll(async () => {
  await nginx?.stop();
  await Promise.all(instances.map((instance) => instance.stop()));
});

describe('two standalone replicas behind nginx', () => {
  it('give the same status and the same bytes for every page, however often it is asked', async () => {
    for (const page of pages) {
      const direct = await Promise.all(instances.map((instance) => snapshot(`${instance.url}${page}`)));
      expect(direct[1], `${page}: replica b differs from replica a`).toEqual(direct[0]);
      for (let round = 0; round < FETCHES_PER_PAGE; round++) {
        expect(await snapshot(`${nginx.url}${page}`), `${page}, fetch ${round + 1} through nginx`).toEqual(direct[0]);
      }
      expect(direct[0]!.status, page).toBe(page === '/news/no-such-article' ? 404 : 200);
    }
  });

  it('spread the requests nginx cannot answer itself over both replicas (round-robin)', async () => {
    const urls = Array.from({ length: 20 }, () => uncached(`/news/${newest.slug}`));
    for (const url of urls) expect((await snapshot(`${nginx.url}${url}`)).status, url).toBe(200);
    const upstreams = await Promise.all(urls.map(async (url) => upstreamOf((await loggedLines(url, 1)).at(-1) ?? '')));
    for (const instance of instances) {
      expect(upstreams.filter((upstream) => upstream === `127.0.0.1:${instance.port}`).length, `requests on :${instance.port}`).toBeGreaterThanOrEqual(5);
    }
  });

  it('answer a page again from the cache, without asking a replica', async () => {
    const path = `/tags/${newest.tags[0]!.slug}`;
    const answers = [];
    for (let round = 0; round < 3; round++) {
      const response = await fetch(`${nginx.url}${path}`);
      await response.arrayBuffer();
      answers.push({ status: response.status, cache: response.headers.get('x-cache-status'), cacheControl: response.headers.get('cache-control') });
    }
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(answers.map((answer) => answer.cache)).toEqual(['MISS', 'HIT', 'HIT']);
    // For as long as the replicas allow: nginx-cache.test.ts and schedule.test.ts time it.
    expect(answers[0]!.cacheControl).toMatch(/\bs-maxage=\d+/);
    expect((await loggedLines(path, 3)).map(upstreamOf)).toEqual([expect.stringMatching(/^127\.0\.0\.1:\d+$/), '-', '-']);
  });

  it('cache /_next/static files as immutable and answer repeats from its own cache', async () => {
    const home = await fetch(`${nginx.url}/`).then((response) => response.text());
    const src = parse(home).querySelector('script[src^="/_next/static/"]')?.getAttribute('src');
    expect(src).toBeDefined();
    const first = await fetch(`${nginx.url}${src}`);
    await first.arrayBuffer();
    const second = await fetch(`${nginx.url}${src}`);
    await second.arrayBuffer();
    expect(second.status).toBe(200);
    expect(second.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(second.headers.get('x-cache-status')).toBe('HIT');
  });

  it('compress HTML for clients that accept gzip', async () => {
    const response = await fetch(`${nginx.url}/`, { headers: { 'accept-encoding': 'gzip' } });
    await response.arrayBuffer();
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });

  it('answer a burst of searches from one client with 429 and a readable page, while articles still answer', async () => {
    const searches = Array.from({ length: 40 }, (_, index) => `/search?q=${encodeURIComponent(`burst ${index}`)}`);
    const articles = fixturePublished().slice(0, 20).map((article) => `/news/${article.slug}`);
    const answers = await Promise.all(
      [...searches, ...articles].map(async (page) => {
        const response = await fetch(`${nginx.url}${page}`, { redirect: 'manual' });
        return { page, status: response.status, headers: response.headers, body: await response.text() };
      }),
    );
    const searchAnswers = answers.filter((answer) => answer.page.startsWith('/search'));
    const limited = searchAnswers.filter((answer) => answer.status === 429);
    expect(searchAnswers.filter((answer) => answer.status !== 200 && answer.status !== 429)).toEqual([]);
    // 2 a second with bursts of 10 (nginx.conf): most of 40 at once are refused, some answered.
    expect(limited.length).toBeGreaterThanOrEqual(20);
    expect(searchAnswers.length - limited.length).toBeGreaterThanOrEqual(1);
    expect(answers.filter((answer) => answer.page.startsWith('/news/')).map((answer) => `${answer.status} ${answer.page}`)).toEqual(articles.map((page) => `200 ${page}`));

    const refusal = limited[0]!;
    expect(refusal.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(refusal.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(refusal.headers.get('cache-control')).toBe('no-store');
    const document = parse(refusal.body);
    expect(document.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(document.querySelector('title')?.text).toBe('Too many searches');
    expect(document.querySelector('h1')?.text).toBe('Too many searches');
    expect(document.querySelector('p')?.text).toMatch(/try again/i);
    expect(document.querySelectorAll('a').map((link) => link.getAttribute('href'))).toContain('/news');
    expect(refusal.body.length).toBeLessThan(2048);
  });

  it('lose no request when one replica is killed under load', async () => {
    const deadline = Date.now() + 6_000;
    const failures: string[] = [];
    let answered = 0;
    const worker = async () => {
      while (Date.now() < deadline) {
        const url = uncached(answered % 3 === 0 ? '/news' : `/news/${newest.slug}`);
        try {
          const { status } = await snapshot(`${nginx.url}${url}`);
          if (status === 200) answered++;
          else failures.push(`${status} ${url}`);
        } catch (error) {
          failures.push(`${String(error)} ${url}`);
        }
      }
    };
    const load = Promise.all(Array.from({ length: 8 }, worker));
    await sleep(2_000);
    const [survivor, victim] = instances.map((instance) => `127.0.0.1:${instance.port}`);
    expect(nginx.accessLog().map(upstreamOf), 'requests on the replica about to be killed').toContain(victim);
    await instances[1]!.kill();
    const killedAt = nginx.accessLog().length;
    await load;
    expect(failures).toEqual([]);
    expect(answered).toBeGreaterThan(100);
    // From the kill on, every request was answered by the other replica (some after a retry).
    const afterKill = nginx.accessLog().slice(killedAt).map(upstreamOf);
    expect(afterKill.length).toBeGreaterThan(0);
    expect(afterKill.filter((upstream) => !upstream.endsWith(survivor!))).toEqual([]);
  });
});
