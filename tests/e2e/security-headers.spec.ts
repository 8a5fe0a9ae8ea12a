import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { cspDirectives } from '../support/csp';
import { ADA, EMPTY_LISTINGS, FIELD_NOTES, LONG_ARTICLE, WORKFLOW_TAG } from '../support/site';

/**
 * Every response the site gives, pages, files, errors and framework assets alike, carries
 * the security headers of lib/security.ts (applied in next.config.ts). HSTS is only sent
 * when SITE_URL is https, which the test build is not: tests/unit/security.test.ts covers it.
 */

const ROUTES: { path: string; status: number }[] = [
  { path: '/', status: 200 },
  { path: '/news', status: 200 },
  { path: '/news/page/2', status: 200 },
  { path: LONG_ARTICLE.path, status: 200 },
  { path: `/category/${FIELD_NOTES.slug}`, status: 200 },
  { path: '/categories', status: 200 },
  { path: `/tags/${WORKFLOW_TAG.slug}`, status: 200 },
  { path: `/authors/${ADA.slug}`, status: 200 },
  { path: '/search?q=x', status: 200 },
  { path: '/feed.xml', status: 200 },
  { path: '/feed.json', status: 200 },
  { path: `/category/${FIELD_NOTES.slug}/feed.xml`, status: 200 },
  { path: `/news/${LONG_ARTICLE.slug}/opengraph-image`, status: 200 },
  { path: '/sitemap.xml', status: 200 },
  { path: '/robots.txt', status: 200 },
  { path: '/ads.txt', status: 200 },
  { path: '/this-page-does-not-exist', status: 404 },
  { path: '/news/this-story-does-not-exist', status: 404 },
  // An empty listing: built as the 404 it is until the scheduled article opens it.
  { path: `/category/${EMPTY_LISTINGS.category.slug}`, status: 404 },
  // Rejected by proxy.ts (malformed percent-encoding) before reaching the router.
  { path: '/news/%E0%A4%A', status: 404 },
  // The framework's own error page, a 404 like any URL that is not content (proxy.ts).
  { path: '/_global-error', status: 404 },
  // Trailing slashes, redirected by proxy.ts so the redirect carries the headers too.
  { path: '/news/', status: 308 },
  { path: `/category/${FIELD_NOTES.slug}/`, status: 308 },
  { path: `${LONG_ARTICLE.path}/?ref=x`, status: 308 },
];

/** An image anyone could have added in a pull request, and a file that is not there. */
const IMAGE = `/images/articles/${LONG_ARTICLE.slug}.webp`;

function expectSecurityHeaders(response: APIResponse, label: string) {
  const headers = response.headers();
  const csp = headers['content-security-policy'];
  expect(csp, `${label}: Content-Security-Policy`).toBeTruthy();
  const policy = cspDirectives(csp ?? '');
  expect(policy.get('default-src'), `${label}: default-src`).toEqual(["'self'"]);
  expect(policy.get('object-src'), `${label}: object-src`).toEqual(["'none'"]);
  expect(policy.get('frame-ancestors'), `${label}: frame-ancestors`).toEqual(["'none'"]);
  expect(policy.get('base-uri'), `${label}: base-uri`).toEqual(["'self'"]);
  // This build has no ad client: no third-party host may be allowed.
  expect(csp, `${label}: no ad hosts without an ad client`).not.toMatch(/googlesyndication|doubleclick/);
  expect(headers['x-content-type-options'], `${label}: X-Content-Type-Options`).toBe('nosniff');
  expect(headers['referrer-policy'], `${label}: Referrer-Policy`).toBe('strict-origin-when-cross-origin');
  expect(headers['permissions-policy'], `${label}: Permissions-Policy`).toBeTruthy();
  expect(headers['x-powered-by'], `${label}: X-Powered-By`).toBeUndefined();
}

/** What every file under /images is served with: a document with no script and no origin. */
function expectPublicFilePolicy(response: APIResponse, label: string) {
  const headers = response.headers();
  const policy = cspDirectives(headers['content-security-policy'] ?? '');
  expect(policy.has('sandbox'), `${label}: sandbox`).toBe(true);
  expect(policy.get('sandbox'), `${label}: sandbox allows nothing`).toEqual([]);
  expect(policy.get('default-src'), `${label}: default-src`).toEqual(["'none'"]);
  expect(policy.get('script-src') ?? ["'none'"], `${label}: script-src`).toEqual(["'none'"]);
  expect(headers['x-content-type-options'], `${label}: X-Content-Type-Options`).toBe('nosniff');
  expect(headers['x-frame-options'], `${label}: X-Frame-Options`).toBe('DENY');
}

/** The cache-busting redirect of the client router's requests, followed with the same headers. */
async function followed(request: APIRequestContext, path: string, headers: Record<string, string>): Promise<APIResponse> {
  let response = await request.get(path, { headers, maxRedirects: 0 });
  if (response.status() === 307) response = await request.get(response.headers().location ?? path, { headers, maxRedirects: 0 });
  return response;
}

test.describe('security headers', () => {
  for (const { path, status } of ROUTES) {
    test(`${path} (${status})`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(status);
      expectSecurityHeaders(response, path);
    });
  }

  test('a /_next/static asset', async ({ request }) => {
    const html = await (await request.get('/')).text();
    const asset = /(?:src|href)="(\/_next\/static\/[^"]+\.(?:js|css))"/.exec(html)?.[1];
    expect(asset, 'the home page references a /_next/static asset').toBeTruthy();
    const response = await request.get(asset ?? '/');
    expect(response.status()).toBe(200);
    expectSecurityHeaders(response, asset ?? '');
  });

  test('answers to requests the site cannot serve carry them too', async ({ request }) => {
    const html = await (await request.get('/')).text();
    const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1] ?? '/';
    const cases: { label: string; send: () => Promise<APIResponse>; status: number | number[] }[] = [
      { label: 'PUT /feed.xml', send: () => request.fetch('/feed.xml', { method: 'PUT', data: 'x' }), status: 405 },
      { label: `DELETE ${asset}`, send: () => request.fetch(asset, { method: 'DELETE' }), status: 405 },
      { label: `Range: bytes=5-1 on ${asset}`, send: () => request.get(asset, { headers: { Range: 'bytes=5-1' } }), status: 416 },
      { label: 'OPTIONS on a share card', send: () => request.fetch(`/news/${LONG_ARTICLE.slug}/opengraph-image`, { method: 'OPTIONS' }), status: 405 },
      // The framework fails inside the proxy, before the router sets any header: the error page does.
      { label: 'TRACE on a %-escaped path', send: () => request.fetch('/news/a%20b', { method: 'TRACE' }), status: 405 },
      { label: 'TRACE on a share card', send: () => request.fetch(`/news/${LONG_ARTICLE.slug}/opengraph-image`, { method: 'TRACE' }), status: 405 },
      // A 400 when the results are rendered for this request; cached results ignore the header.
      { label: 'a garbage router state on /search', send: () => followed(request, '/search?q=x', { RSC: '1', 'Next-Router-State-Tree': 'garbage' }), status: [200, 400] },
    ];
    for (const { label, send, status } of cases) {
      const response = await send();
      expect([status].flat(), `${label}: status`).toContain(response.status());
      expectSecurityHeaders(response, label);
    }
  });

  test('files under /images: a sandbox, nosniff, whatever the answer', async ({ request }) => {
    const answers: [string, APIResponse, number][] = [
      [IMAGE, await request.get(IMAGE), 200],
      [`HEAD ${IMAGE}`, await request.head(IMAGE), 200],
      [`${IMAGE} with Range: bytes=0-9`, await request.get(IMAGE, { headers: { Range: 'bytes=0-9' } }), 206],
      [`${IMAGE} with Range: bytes=5-1`, await request.get(IMAGE, { headers: { Range: 'bytes=5-1' } }), 416],
      [`PUT ${IMAGE}`, await request.fetch(IMAGE, { method: 'PUT', data: '<svg/>' }), 405],
      ['/images/missing.svg', await request.get('/images/missing.svg'), 404],
    ];
    for (const [label, response, status] of answers) {
      expect(response.status(), `${label}: status`).toBe(status);
      expectPublicFilePolicy(response, label);
    }
  });

  test('pages keep the site policy, not the one of /images', async ({ request }) => {
    const response = await request.get(LONG_ARTICLE.path);
    expect(cspDirectives(response.headers()['content-security-policy'] ?? '').has('sandbox')).toBe(false);
  });

  test('HEAD requests get the same headers', async ({ request }) => {
    const response = await request.head('/news');
    expect(response.status()).toBe(200);
    expectSecurityHeaders(response, 'HEAD /news');
  });

  test('no Strict-Transport-Security over plain http', async ({ request }) => {
    const response = await request.get('/');
    expect(response.headers()['strict-transport-security']).toBeUndefined();
  });
});
