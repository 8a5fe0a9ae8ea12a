import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { DRAFT, EMPTY_LISTINGS, FIELD_NOTES, LONG_ARTICLE, SCHEDULED, SECTIONS, serverWorkspace } from '../support/site';

/**
 * What a production build publishes: the published articles and the listings that hold at
 * least one of them. A draft, an article scheduled for later and an empty listing are absent
 * everywhere, and are 404s that a CDN does not keep (scheduled pages appear later).
 */

const EMPTY_LISTING_PATHS = [
  `/category/${EMPTY_LISTINGS.category.slug}`,
  `/authors/${EMPTY_LISTINGS.author.slug}`,
  `/tags/${EMPTY_LISTINGS.draftTag}`,
  `/tags/${EMPTY_LISTINGS.scheduledTag}`,
];

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
    const html = await expectDesigned404(request, `/news/${slug}`);
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
  for (const url of EMPTY_LISTING_PATHS) {
    test(`${url} has nothing published: a designed 404, not kept`, async ({ request }) => {
      await expectDesigned404(request, url);
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

  test('pages, feeds and the sitemap revalidate hourly, and unknown article slugs render on demand', () => {
    // What lets a scheduled article go live on a running server: every listing is regenerated at
    // most an hour after its last render, and /news/<slug> is not limited to the slugs of the build.
    const { routes, dynamicRoutes } = manifest();
    for (const route of ['/', '/news', '/news/page/2', '/news/page/3', `/category/${FIELD_NOTES.slug}`, `/category/${FIELD_NOTES.slug}/page/2`, '/categories', '/feed.xml', '/feed.json', `/category/${FIELD_NOTES.slug}/feed.xml`, '/sitemap.xml', LONG_ARTICLE.path]) {
      expect(routes[route]?.initialRevalidateSeconds, route).toBe(3600);
    }
    expect(dynamicRoutes['/news/[slug]']?.fallback).toBeNull();
  });

  test('prerenders nothing that is not published', () => {
    const { routes } = manifest();
    const unpublished = ['/news/page/4', `/news/${DRAFT.slug}`, `/news/${SCHEDULED.slug}`, ...EMPTY_LISTING_PATHS];
    expect(Object.keys(routes).filter((route) => unpublished.some((url) => route === url || route.startsWith(`${url}/`)))).toEqual([]);
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
