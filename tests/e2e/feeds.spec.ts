import { XMLParser } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import { expect, test } from '@playwright/test';
import {
  AUTHORS,
  DRAFT,
  EMPTY_LISTINGS,
  FIELD_NOTES,
  NEWS_PAGE_SIZES,
  PUBLISHED,
  SCHEDULED,
  SECTIONS,
  TAG_SLUGS,
  WITHOUT_IMAGE,
  WORKFLOW_TAG,
} from '../support/site';

/** Feeds and sitemaps are read as documents, parsed, never matched as strings. */
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'url', 'category'].includes(name) });

interface RssDocument {
  rss: { channel: { title: string; link: string; item?: { title: string; link: string; guid: { '#text': string } }[] } };
}
interface SitemapDocument {
  urlset: { url?: { loc: string; lastmod?: string }[] };
}
interface JsonFeedDocument {
  version: string;
  items: { id: string; url: string; title: string }[];
}

const PAGE_SIZE = NEWS_PAGE_SIZES[0];
/** Site path of an absolute URL the site wrote with its own origin (SITE_URL). */
const pathOf = (url: string) => new URL(url).pathname;
const articlePaths = (articles: readonly { slug: string }[]) => articles.map((article) => `/news/${article.slug}`);
/** The text an RSS reader shows for an item title: readers read it as HTML. */
const htmlText = (html: string) =>
  fromHtml(html, { fragment: true })
    .children.map((node) => (node.type === 'text' ? node.value : ''))
    .join('');

const ok: [string, RegExp][] = [
  ['/feed.xml', /^application\/rss\+xml/],
  ['/feed.json', /^application\/feed\+json/],
  [`/category/${FIELD_NOTES.slug}/feed.xml`, /^application\/rss\+xml/],
  ['/sitemap.xml', /^application\/xml/],
  ['/robots.txt', /^text\/plain/],
  ['/opengraph-image', /^image\/png/],
  [`/news/${WITHOUT_IMAGE.slug}/opengraph-image`, /^image\/png/],
  [`/category/${FIELD_NOTES.slug}/opengraph-image`, /^image\/png/],
  ['/apple-icon', /^image\/png/],
  ['/icon.svg', /^image\/svg\+xml/],
];

for (const [path, type] of ok) {
  test(`${path} answers 200 with ${type.source}`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(type);
  });
}

const missing = [
  '/category/nope/feed.xml',
  '/category/nope/opengraph-image',
  '/news/no-such-article/opengraph-image',
  '/sitemaps/0.xml',
  // Nothing published there yet: the section's feed and card open with the scheduled article.
  `/category/${EMPTY_LISTINGS.category.slug}/feed.xml`,
  `/category/${EMPTY_LISTINGS.category.slug}/opengraph-image`,
  // The share cards of the draft and of the scheduled article.
  `/news/${DRAFT.slug}/opengraph-image`,
  `/news/${SCHEDULED.slug}/opengraph-image`,
];

for (const path of missing) {
  test(`${path} is a 404 that no cache keeps for more than a minute`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(404);
    expect(response.headers()['cache-control']).toMatch(/no-store|^public, s-maxage=30, stale-while-revalidate=30$/);
  });
}

test('every published article has a 1200×630 PNG share card', async ({ request }) => {
  for (const { slug } of PUBLISHED) {
    const response = await request.get(`/news/${slug}/opengraph-image`);
    expect(response.status(), slug).toBe(200);
    expect(response.headers()['content-type'], slug).toBe('image/png');
    const png = await response.body();
    expect(png.subarray(1, 4).toString('latin1'), slug).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], slug).toEqual([1200, 630]);
  }
});

test('the RSS feed carries every published article, newest first', async ({ request }) => {
  const feed = xml.parse(await (await request.get('/feed.xml')).text()) as RssDocument;
  const items = feed.rss.channel.item ?? [];
  expect(items.map((item) => pathOf(item.link))).toEqual(articlePaths(PUBLISHED));
  expect(items.map((item) => htmlText(item.title))).toEqual(PUBLISHED.map((article) => article.title));
  expect(items.every((item) => item.guid['#text'] === item.link)).toBe(true);
});

test('the JSON feed is JSON Feed 1.1 with every published article, newest first', async ({ request }) => {
  const response = await request.get('/feed.json');
  const feed = (await response.json()) as JsonFeedDocument;
  expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
  expect(feed.items.map((item) => pathOf(item.url))).toEqual(articlePaths(PUBLISHED));
  expect(feed.items.map((item) => item.id)).toEqual(feed.items.map((item) => item.url));
  expect(feed.items.map((item) => item.title)).toEqual(PUBLISHED.map((article) => article.title));
});

test(`a category feed carries that section's articles only (${FIELD_NOTES.slug}: ${FIELD_NOTES.count})`, async ({ request }) => {
  const feed = xml.parse(await (await request.get(`/category/${FIELD_NOTES.slug}/feed.xml`)).text()) as RssDocument;
  expect(feed.rss.channel.title).toBe(`${FIELD_NOTES.name} — NOW LET US`);
  expect(pathOf(feed.rss.channel.link)).toBe(`/category/${FIELD_NOTES.slug}`);
  const items = feed.rss.channel.item ?? [];
  expect(items).toHaveLength(FIELD_NOTES.count);
  expect(items.map((item) => pathOf(item.link))).toEqual(articlePaths(PUBLISHED.filter((article) => article.category === FIELD_NOTES.slug)));
});

/** Listing pages 1..N of `count` articles at `base`. */
function listingPages(base: string, count: number): string[] {
  const pages = Math.ceil(count / PAGE_SIZE);
  return [base, ...Array.from({ length: pages - 1 }, (_, index) => `${base}/page/${index + 2}`)];
}

test('the sitemap lists exactly the published articles and every page 1..N of every listing', async ({ request }) => {
  const response = await request.get('/sitemap.xml');
  const sitemap = xml.parse(await response.text()) as SitemapDocument;
  const urls = (sitemap.urlset.url ?? []).map((entry) => entry.loc);
  for (const url of urls) expect(url, 'absolute URLs').toMatch(/^https?:\/\/[^/]+\//);
  const paths = urls.map(pathOf);
  expect(new Set(paths).size, 'no URL twice').toBe(paths.length);

  expect(paths.filter((path) => /^\/news\/(?!page\/)[^/]+$/.test(path)).sort()).toEqual(articlePaths(PUBLISHED).sort());
  const expected = [
    '/',
    '/categories',
    ...listingPages('/news', PUBLISHED.length),
    ...articlePaths(PUBLISHED),
    ...SECTIONS.flatMap((section) => listingPages(`/category/${section.slug}`, section.count)),
    ...AUTHORS.flatMap((author) => listingPages(`/authors/${author.slug}`, author.count)),
    ...TAG_SLUGS.flatMap((slug) => listingPages(`/tags/${slug}`, slug === WORKFLOW_TAG.slug ? WORKFLOW_TAG.count : 1)),
  ];
  expect([...paths].sort()).toEqual([...expected].sort());
});

test('every URL in the sitemap answers 200', async ({ request }) => {
  const sitemap = xml.parse(await (await request.get('/sitemap.xml')).text()) as SitemapDocument;
  for (const { loc } of sitemap.urlset.url ?? []) {
    const response = await request.get(pathOf(loc), { maxRedirects: 0 });
    expect(response.status(), loc).toBe(200);
  }
});

test('robots.txt points at the absolute sitemap and blocks nothing', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
  expect(robots).not.toMatch(/Disallow: \/\s*$/m);
});
