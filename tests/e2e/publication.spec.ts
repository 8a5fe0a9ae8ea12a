import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { DRAFT, EMPTY_LISTINGS, FIELD_NOTES, LONG_ARTICLE, SCHEDULED, SECTIONS, serverWorkspace } from '../support/site';

/**
 * What a production build publishes: the published articles and the listings that hold at
 * least one of them. A draft, an article scheduled for later and an empty listing are absent
 * everywhere and answer 404.
 *
 * Every 404 is the designed page, rendered on request and never stored (lib/edition-cache.mjs),
 * and a CDN keeps it a minute at most: a URL the build will have at a scheduled moment (the
 * article, a listing it opens) renders at its first request after that moment.
 */

/** Listings only a draft fills: this build never has them. */
const NEVER_LISTINGS = [`/authors/${EMPTY_LISTINGS.author.slug}`, `/tags/${EMPTY_LISTINGS.draftTag}`];
/** Listings only the scheduled article fills: they open at its moment. */
const LATER_LISTINGS = [`/category/${EMPTY_LISTINGS.category.slug}`, `/tags/${EMPTY_LISTINGS.scheduledTag}`];
const EMPTY_LISTING_PATHS = [...NEVER_LISTINGS, ...LATER_LISTINGS];

/** What a CDN may do with a 404: not keep it, or keep it half a minute and half a minute stale. */
const SHORT_LIVED = /no-store|^public, s-maxage=30, stale-while-revalidate=30$/;

/** A 404 as crawlers and readers without JavaScript get it: the designed page in the HTML, kept a minute at most. */
async function expectDesigned404(request: APIRequestContext, url: string) {
  const response = await request.get(url, { maxRedirects: 0 });
  expect(response.status(), url).toBe(404);
  expect(response.headers()['cache-control'], url).toMatch(SHORT_LIVED);
  const html = await response.text();
  expect(html, url).toMatch(/<html lang="en"/);
  expect(html, url).toMatch(/<h1[^>]*>Page not found<\/h1>/);
  return html;
}

/**
 * A 404 for a URL that opens later, built as such: kept a minute at most, holding nothing of
 * what will be there. Its HTML is the framework's error document, which the client router
 * turns into the designed page (notFound() in a statically built page of a layout group).
 */
async function expectLater404(request: APIRequestContext, url: string) {
  const response = await request.get(url, { maxRedirects: 0 });
  expect(response.status(), url).toBe(404);
  expect(response.headers()['cache-control'], url).toMatch(SHORT_LIVED);
  const html = await response.text();
  expect(html, url).toContain('Page not found');
  return html;
}

async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const parser = new XMLParser({ isArray: (name) => name === 'url' });
  const sitemap = parser.parse(await (await request.get('/sitemap.xml')).text()) as { urlset: { url?: { loc: string }[] } };
  return (sitemap.urlset.url ?? []).map(({ loc }) => new URL(loc).pathname);
}

for (const hidden of [
  { kind: 'draft', article: DRAFT, listings: [`/category/${DRAFT.category}`, `/category/${DRAFT.category}/feed.xml`], query: 'navigation sketches' },
  { kind: 'scheduled article', article: SCHEDULED, listings: [], query: 'distant almanac' },
]) {
  test(`the ${hidden.kind} and its share card are 404s, listed nowhere`, async ({ request }) => {
    const { slug, title } = hidden.article;
    const html = hidden.kind === 'draft' ? await expectDesigned404(request, `/news/${slug}`) : await expectLater404(request, `/news/${slug}`);
    expect(html).not.toContain(title);
    expect((await request.get(`/news/${slug}/opengraph-image`)).status()).toBe(404);

    const everywhere = ['/', '/news', '/news/page/2', '/news/page/3', '/categories', '/feed.xml', '/feed.json', '/sitemap.xml', `/search?q=${encodeURIComponent(hidden.query)}`, ...hidden.listings];
    for (const url of everywhere) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      const body = await response.text();
      expect(body, url).not.toContain(slug);
      expect(body, url).not.toContain(title);
    }
  });
}

test.describe('a listing exists while it holds a published article', () => {
  for (const url of NEVER_LISTINGS) {
    test(`${url} has nothing published nor scheduled: a designed 404, not kept`, async ({ request }) => {
      await expectDesigned404(request, url);
      await expectDesigned404(request, `${url}/page/2`);
    });
  }

  for (const url of LATER_LISTINGS) {
    test(`${url} opens with the scheduled article: a 404 until then`, async ({ request }) => {
      expect(await expectLater404(request, url)).not.toContain(SCHEDULED.title);
      await expectDesigned404(request, `${url}/page/2`);
    });
  }

  test('no empty listing is in the sitemap', async ({ request }) => {
    const paths = await sitemapPaths(request);
    for (const url of EMPTY_LISTING_PATHS) {
      expect(paths.filter((path) => path === url || path.startsWith(`${url}/`)), url).toEqual([]);
    }
    expect(paths).toContain(`/category/${FIELD_NOTES.slug}`);
  });

  test('the navigation and /categories list only the sections with articles', async ({ page }) => {
    const sectionLinks = ['/news', ...SECTIONS.map((section) => `/category/${section.slug}`)];
    // The compact menu's links count too, though its closed disclosure hides them.
    const hrefs = (name: string) => page.locator(`nav[aria-label="${name}"] a`).evaluateAll((links) => links.map((link) => link.getAttribute('href')));

    await page.goto('/');
    expect(await hrefs('Main')).toEqual(sectionLinks);
    expect(await hrefs('Sections')).toEqual(sectionLinks);
    await expect(page.getByRole('banner')).not.toContainText(EMPTY_LISTINGS.category.name);
    await expect(page.getByRole('region', { name: EMPTY_LISTINGS.category.name })).toHaveCount(0);

    await page.goto('/categories');
    const items = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading') });
    await expect(items.getByRole('heading')).toHaveText(SECTIONS.map((section) => section.name));
    await expect(page.getByRole('main')).not.toContainText(EMPTY_LISTINGS.category.name);
    expect(await page.getByRole('main').locator(`a[href^="/category/${EMPTY_LISTINGS.category.slug}"]`).count()).toBe(0);
  });
});

test.describe('the build', () => {
  /** The production build the 'site' project runs (see playwright.config.ts). */
  const manifest = () =>
    JSON.parse(readFileSync(path.join(serverWorkspace('site'), '.next', 'prerender-manifest.json'), 'utf8')) as {
      routes: Record<string, { initialRevalidateSeconds: number | false }>;
      dynamicRoutes: Record<string, { fallback: string | false | null }>;
    };

  test('prerenders the newest articles and every first page, regenerated only when an article goes live', () => {
    // Nothing is regenerated on a timer: the edition cache renders a page again at the first
    // request after a publication moment.
    const { routes, dynamicRoutes } = manifest();
    for (const route of ['/', '/news', `/category/${FIELD_NOTES.slug}`, '/categories', '/feed.xml', '/feed.json', `/category/${FIELD_NOTES.slug}/feed.xml`, '/sitemap.xml', LONG_ARTICLE.path]) {
      expect(routes[route]?.initialRevalidateSeconds, route).toBe(false);
    }
    // Later pages of listings, and older articles of a large archive, render on first request.
    for (const route of ['/news/page/2', `/category/${FIELD_NOTES.slug}/page/2`]) expect(routes[route], route).toBeUndefined();
    for (const route of ['/news/[slug]', '/news/page/[page]', '/category/[slug]', '/category/[slug]/page/[page]', '/tags/[slug]', '/authors/[slug]']) {
      expect(dynamicRoutes[route]?.fallback, route).toBeNull();
    }
  });

  test('builds what a scheduled article opens as the 404 it is until then, and nothing of a draft', () => {
    const routes = Object.keys(manifest().routes);
    const builtUnder = (url: string) => routes.filter((route) => route === url || route.startsWith(`${url}/page/`));
    // The edition cache renders these again at the article's moment (docs/deploy-and-bench.md).
    for (const url of [`/news/${SCHEDULED.slug}`, ...LATER_LISTINGS]) expect(builtUnder(url), url).toEqual([url]);
    // A section's feed and share card are built for every section the build will ever have
    // (they answer 404 while it is empty, tests/e2e/feeds.spec.ts): only its pages count here.
    for (const url of [`/news/${DRAFT.slug}`, '/news/page/4', ...NEVER_LISTINGS]) expect(builtUnder(url), url).toEqual([]);
    expect(routes.filter((route) => route.startsWith(`/news/${DRAFT.slug}`))).toEqual([]);
  });

  test('a later page renders on its first request, and is kept: the second answer comes from the cache', async ({ request }) => {
    const first = await request.get('/tags/workflow/page/2');
    expect(first.status()).toBe(200);
    const second = await request.get('/tags/workflow/page/2');
    expect(second.status()).toBe(200);
    expect(second.headers()['x-nextjs-cache']).toBe('HIT');
    expect(await second.text()).toBe(await first.text());
  });

  test('requests for content that does not exist store nothing', async ({ request }) => {
    // Every invented URL rendered and kept would be a file on disk: a way to fill it.
    const token = `invented-${randomUUID().slice(0, 8)}`;
    const urls = [`/news/${token}`, `/news/${token}/opengraph-image`, `/category/${token}`, `/category/${token}/feed.xml`, `/category/${token}/opengraph-image`, `/tags/${token}`, `/authors/${token}`];
    for (const url of urls) {
      for (let i = 0; i < 3; i++) expect((await request.get(url)).status(), url).toBe(404);
    }
    const build = path.join(serverWorkspace('site'), '.next');
    const stored = readdirSync(build, { recursive: true, encoding: 'utf8' }).filter((file) => file.includes(token));
    expect(stored).toEqual([]);
  });
});
