import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { FIELD_NOTES, LONG_ARTICLE, NEWEST, TOOLING } from '../support/site';

/**
 * The site publishes and takes nothing from its readers: every URL takes GET and HEAD only.
 * Whatever else a client sends gets a 4xx that says so (405 with `Allow`), never a 5xx, and
 * never changes what the next reader gets. docs/security.md has the table of answers.
 */

const IMAGE = `/images/articles/${LONG_ARTICLE.slug}.webp`;
/** Methods no URL of the site takes, besides TRACE and OPTIONS (below). */
const WRITES = ['PUT', 'DELETE', 'PATCH', 'POST', 'PROPFIND'];

/** A JavaScript file of the framework, as the home page names it. */
async function staticAsset(request: APIRequestContext): Promise<string> {
  const html = await (await request.get('/')).text();
  const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
  expect(asset, 'the home page loads a /_next/static script').toBeTruthy();
  return asset ?? '';
}

function send(request: APIRequestContext, method: string, path: string, headers?: Record<string, string>): Promise<APIResponse> {
  return request.fetch(path, { method, headers, maxRedirects: 0, failOnStatusCode: false });
}

function expectMethodNotAllowed(response: APIResponse, label: string) {
  expect(response.status(), `${label}: status`).toBe(405);
  const allow = (response.headers().allow ?? '').split(',').map((method) => method.trim());
  expect(allow, `${label}: Allow`).toEqual(expect.arrayContaining(['GET', 'HEAD']));
  expect(allow.length, `${label}: Allow names only GET and HEAD`).toBe(2);
}

/** URLs that are not pages: prerendered feeds and files, route handlers drawn on request, files. */
const NOT_PAGES = [
  '/feed.xml',
  '/feed.json',
  '/sitemap.xml',
  '/robots.txt',
  '/opengraph-image',
  `/category/${FIELD_NOTES.slug}/feed.xml`,
  `/category/${FIELD_NOTES.slug}/opengraph-image`,
  `/news/${LONG_ARTICLE.slug}/opengraph-image`,
  '/news-sitemap.xml',
  IMAGE,
];

test.describe('methods no URL takes', () => {
  for (const path of NOT_PAGES) {
    test(`${path}: 405 with Allow for TRACE, ${WRITES.join(', ')}`, async ({ request }) => {
      for (const method of ['TRACE', ...WRITES]) expectMethodNotAllowed(await send(request, method, path), `${method} ${path}`);
    });
  }

  test('a /_next/static asset: 405 with Allow', async ({ request }) => {
    const asset = await staticAsset(request);
    for (const method of ['TRACE', ...WRITES]) expectMethodNotAllowed(await send(request, method, asset), `${method} ${asset}`);
  });

  test('pages prerendered at fixed URLs: 405 with Allow', async ({ request }) => {
    for (const path of ['/', '/news', '/categories']) {
      for (const method of ['TRACE', 'OPTIONS', ...WRITES]) expectMethodNotAllowed(await send(request, method, path), `${method} ${path}`);
    }
  });

  test('OPTIONS on route handlers: 405 with Allow', async ({ request }) => {
    for (const path of NOT_PAGES.filter((candidate) => candidate !== IMAGE)) expectMethodNotAllowed(await send(request, 'OPTIONS', path), `OPTIONS ${path}`);
  });

  test('OPTIONS on static files: a 4xx naming GET and HEAD', async ({ request }) => {
    // The framework answers these itself, before any page code, with 400 (Allow set).
    for (const path of [IMAGE, await staticAsset(request)]) {
      const response = await send(request, 'OPTIONS', path);
      expect([400, 405], `OPTIONS ${path}`).toContain(response.status());
      expect(response.headers().allow, `OPTIONS ${path}: Allow`).toMatch(/GET/);
    }
  });

  test('TRACE is never a 5xx, whatever the URL', async ({ request }) => {
    const paths = [LONG_ARTICLE.path, '/search?q=x', `/category/${TOOLING.slug}`, '/news/page/2', '/news/%E0%A4%A', '/news/a%20b', '/no-such-page'];
    for (const path of paths) {
      const response = await send(request, 'TRACE', path);
      expect(response.status(), `TRACE ${path}`).toBeLessThan(500);
    }
    // Where the proxy runs, the framework fails before it: the error page answers 405.
    expectMethodNotAllowed(await send(request, 'TRACE', '/news/a%20b'), 'TRACE /news/a%20b');
  });

  test('other methods on pages are never a 5xx', async ({ request }) => {
    for (const path of [LONG_ARTICLE.path, '/search?q=x', `/category/${TOOLING.slug}`]) {
      for (const method of ['OPTIONS', ...WRITES]) {
        const response = await send(request, method, path, { 'Content-Type': 'text/plain' });
        expect(response.status(), `${method} ${path}`).toBeLessThan(500);
      }
    }
  });

  test('HEAD is answered like GET', async ({ request }) => {
    for (const path of [LONG_ARTICLE.path, '/feed.xml', IMAGE]) {
      const response = await send(request, 'HEAD', path);
      expect(response.status(), `HEAD ${path}`).toBe(200);
    }
  });
});

test.describe('a request other than GET changes nothing for the next reader', () => {
  test('a share card asked first with OPTIONS and PUT is still drawn for GET', async ({ request }) => {
    // The newest article has no hero: its card is drawn on its first request, then cached.
    // Next.js used to cache the answer to whichever method came first (a 204, a 405) and
    // serve it, or a 500, to every reader after.
    const card = `/news/${NEWEST.slug}/opengraph-image`;
    expectMethodNotAllowed(await send(request, 'OPTIONS', card), `OPTIONS ${card}`);
    expectMethodNotAllowed(await send(request, 'PUT', card), `PUT ${card}`);
    const response = await send(request, 'GET', card);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^image\/png/);
  });

  test('a section feed asked with OPTIONS stays a feed', async ({ request }) => {
    const feed = `/category/${TOOLING.slug}/feed.xml`;
    expectMethodNotAllowed(await send(request, 'OPTIONS', feed), `OPTIONS ${feed}`);
    const response = await send(request, 'GET', feed);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/rss\+xml/);
  });
});

test.describe('bad Range headers on a static file', () => {
  for (const range of ['bytes=abc', 'bytes=5-1', 'bytes=100000000-', 'bytes=-0', 'items=0-1', 'bytes=0-1,5-6', 'bytes=0-1,0-1,0-1,0-1']) {
    test(`Range: ${range} is a 416 or the whole file`, async ({ request }) => {
      for (const path of [IMAGE, await staticAsset(request)]) {
        const response = await send(request, 'GET', path, { Range: range });
        expect([200, 206, 416], `${path} with Range: ${range}`).toContain(response.status());
        if (response.status() === 416) expect(response.headers()['content-range'], `${path}: Content-Range of a 416`).toMatch(/^bytes \*\/\d+$/);
      }
    });
  }

  test('a satisfiable Range gets exactly its bytes', async ({ request }) => {
    const response = await send(request, 'GET', IMAGE, { Range: 'bytes=0-9' });
    expect(response.status()).toBe(206);
    expect((await response.body()).length).toBe(10);
  });
});

test.describe("the client router's headers", () => {
  const RSC = { RSC: '1' };

  /** Follows the framework's cache-busting redirect (`?_rsc=`) by hand, headers kept. */
  async function rscRequest(request: APIRequestContext, path: string, routerState: string): Promise<APIResponse> {
    const headers = { ...RSC, 'Next-Router-State-Tree': routerState };
    let response = await send(request, 'GET', path, headers);
    for (let hop = 0; hop < 3 && [307, 308].includes(response.status()); hop++) {
      response = await send(request, 'GET', response.headers().location ?? path, headers);
    }
    return response;
  }

  for (const garbage of ['garbage', '%7B', '%E0%A4%A', encodeURIComponent('[""]'), encodeURIComponent('["",{"children":1}]')]) {
    test(`a malformed router state (${garbage.slice(0, 24)}) on /search is a 400 or the page`, async ({ request }) => {
      // Results rendered for this request get a 400 (the renderer cannot read the state);
      // results already cached are served like an article, which ignores it.
      for (const query of [`glossary-${garbage.length}`, `glossary-${garbage.length}`]) {
        const response = await rscRequest(request, `/search?q=${query}`, garbage);
        expect([200, 400], `${query}`).toContain(response.status());
        if (response.status() === 400) expect(response.headers()['cache-control']).toMatch(/no-store/);
      }
    });
  }

  test('a malformed router state on an article gets the page', async ({ request }) => {
    const response = await rscRequest(request, LONG_ARTICLE.path, 'garbage');
    expect(response.status()).toBe(200);
  });

  test('a well-formed router state on /search is answered', async ({ request }) => {
    const tree = encodeURIComponent(JSON.stringify(['', { children: ['search', { children: ['__PAGE__', {}] }] }]));
    const response = await rscRequest(request, '/search?q=glossary', tree);
    expect(response.status()).toBe(200);
  });
});

test.describe("the framework's own pages", () => {
  for (const path of ['/_global-error', '/500', '/_error']) {
    test(`${path} is a 404 no cache keeps`, async ({ request }) => {
      const variants: Record<string, string>[] = [{}, { RSC: '1' }];
      for (const headers of variants) {
        const response = await send(request, 'GET', path, headers);
        expect(response.status(), `${path} ${JSON.stringify(headers)}`).toBe(404);
        expect(response.headers()['cache-control'] ?? '', `${path}: Cache-Control`).not.toMatch(/public|s-maxage|max-age=[1-9]/);
      }
    });
  }
});
