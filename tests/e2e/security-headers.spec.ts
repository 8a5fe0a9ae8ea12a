import { expect, test, type APIResponse } from '@playwright/test';
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
  // Answered by proxy.ts from the route index: an empty listing.
  { path: `/category/${EMPTY_LISTINGS.category.slug}`, status: 404 },
  // Rejected by proxy.ts (malformed percent-encoding) before reaching the router.
  { path: '/news/%E0%A4%A', status: 404 },
];

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
