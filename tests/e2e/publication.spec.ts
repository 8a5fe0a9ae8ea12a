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
 * Two kinds of 404. A URL this build never has (a draft, a listing only a draft fills, an
 * invented slug) is answered by the router with the designed page, not kept by a CDN. A URL
 * the build will have at a scheduled moment is prerendered as a 404 and rendered again at
 * that moment (lib/edition-cache.mjs): its HTML carries the 404 page only in the framework's
 * payload, drawn by JavaScript (vercel/next.js#62228), and a CDN may keep it half a minute.
 */

/** Listings only a draft fills: this build never has them. */
const NEVER_LISTINGS = [`/authors/${EMPTY_LISTINGS.author.slug}`, `/tags/${EMPTY_LISTINGS.draftTag}`];
/** Listings only the scheduled article fills: they open at its moment. */
const LATER_LISTINGS = [`/category/${EMPTY_LISTINGS.category.slug}`, `/tags/${EMPTY_LISTINGS.scheduledTag}`];
const EMPTY_LISTING_PATHS = [...NEVER_LISTINGS, ...LATER_LISTINGS];

/** A 404 as crawlers and readers without JavaScript get it: the designed page in the HTML, not kept by a CDN. */
async function expectDesigned404(request: APIRequestContext, url: string) {
  const response = await request.get(url, { maxRedirects: 0 });
  expect(response.status(), url).toBe(404);
  expect(response.headers()['cache-control'], url).toContain('no-store');
  const html = await response.text();
  expect(html, url).toMatch(/<html lang="en"/);
  expect(html, url).toMatch(/<h1[^>]*>Page not found<\/h1>/);
  return html;
}

/** A 404 for a URL that opens later: kept by a CDN for a minute at most, and holding nothing of what will be there. */
async function expectLater404(request: APIRequestContext, url: string) {
  const response = await request.get(url, { maxRedirects: 0 });
  expect(response.status(), url).toBe(404);
  expect(response.headers()['cache-control'], url).toBe('public, s-maxage=30, stale-while-revalidate=30');
  return response.text();
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

  test('prerenders every page, regenerated only when an article goes live, and knows every content URL', () => {
    // Nothing is regenerated on a timer: the edition cache renders a page again at the first
    // request after a publication moment. Content routes render no URL the build does not know.
    const { routes, dynamicRoutes } = manifest();
    for (const route of ['/', '/news', '/news/page/2', '/news/page/3', `/category/${FIELD_NOTES.slug}`, `/category/${FIELD_NOTES.slug}/page/2`, '/categories', '/feed.xml', '/feed.json', `/category/${FIELD_NOTES.slug}/feed.xml`, '/sitemap.xml', LONG_ARTICLE.path]) {
      expect(routes[route]?.initialRevalidateSeconds, route).toBe(false);
    }
    for (const route of ['/news/[slug]', '/news/page/[page]', '/category/[slug]', '/category/[slug]/page/[page]', '/tags/[slug]', '/authors/[slug]', '/category/[slug]/feed.xml']) {
      expect(dynamicRoutes[route]?.fallback, route).toBe(false);
    }
  });

  test('prerenders no draft, and nothing of the scheduled article but its 404', () => {
    const { routes } = manifest();
    const never = ['/news/page/4', `/news/${DRAFT.slug}`, ...NEVER_LISTINGS];
    expect(Object.keys(routes).filter((route) => never.some((url) => route === url || route.startsWith(`${url}/`)))).toEqual([]);
    // Its URL is prerendered (it opens at its moment) as the 404 it is now: no word of it in there.
    const prerendered = path.join(serverWorkspace('site'), '.next', 'server', 'app', 'news', `${SCHEDULED.slug}.html`);
    expect(readFileSync(prerendered, 'utf8')).not.toContain(SCHEDULED.title);
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
