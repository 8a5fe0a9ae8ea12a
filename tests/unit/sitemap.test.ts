import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '@/lib/config';
import {
  childSitemapDocument,
  chunkSitemap,
  renderUrlset,
  SITEMAP_URL_LIMIT,
  sitemapDocument,
  sitemapEntries,
  type SitemapEntry,
} from '@/lib/sitemap';
import { fixtureEdition, PUBLISHED_SLUGS, UNPUBLISHED_SLUGS } from './helpers/seo-fixture';
import { siteEdition } from './helpers/site-fixture';

const origin = siteConfig.url;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'url' || name === 'sitemap' });
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

interface UrlsetDocument {
  urlset: { '@xmlns': string; url: { loc: string; lastmod?: string }[] };
}
interface IndexDocument {
  sitemapindex: { '@xmlns': string; sitemap: { loc: string; lastmod?: string }[] };
}

function entries(): SitemapEntry[] {
  return sitemapEntries(fixtureEdition());
}

const paths = (list: SitemapEntry[]) => list.map((entry) => entry.url.replace(origin, ''));

describe('sitemapEntries', () => {
  it('lists every published page once, as absolute URLs', () => {
    const list = entries();
    expect(paths(list)).toEqual([
      '/',
      '/news',
      ...PUBLISHED_SLUGS.map((slug) => `/news/${slug}`),
      '/categories',
      '/category/dev-tools',
      '/category/studio',
      '/category/engineering',
      '/tags/culture',
      '/tags/tooling',
      '/tags/typescript',
      '/tags/vietnam',
      '/tags/workflow',
      '/authors/sam-okafor',
      '/authors/linh-tran',
    ]);
    for (const entry of list) expect(entry.url.startsWith(`${origin}/`)).toBe(true);
    expect(new Set(list.map((entry) => entry.url)).size).toBe(list.length);
  });

  it('leaves out drafts, scheduled articles, their tags, sections and authors without articles, and search', () => {
    const urls = entries().map((entry) => entry.url).join('\n');
    for (const slug of UNPUBLISHED_SLUGS) expect(urls).not.toContain(slug);
    expect(urls).not.toContain('secret-tag');
    expect(urls).not.toContain('nobody-yet');
    expect(urls).not.toContain('empty-section');
    expect(urls).not.toContain('/search');
  });

  it('takes in the scheduled article and its tag from its moment', () => {
    const later = paths(sitemapEntries(fixtureEdition(new Date('2027-01-01T00:00:00+07:00'))));
    expect(later).toEqual(expect.arrayContaining(['/news/future-launch', '/tags/secret-tag']));
    expect(later.indexOf('/news/future-launch')).toBe(2); // the newest article comes first
  });

  it('dates an article by its update, else its publication, and a listing by its newest article', () => {
    const byPath = new Map(entries().map((entry) => [entry.url.replace(origin, ''), entry.lastModified?.toISOString()]));
    expect(byPath.get('/news/monorepo-tools')).toBe('2026-03-12T02:30:00.000Z'); // updated 09:30 +07:00
    expect(byPath.get('/news/studio-in-saigon')).toBe('2026-04-02T01:15:00.000Z');
    expect(byPath.get('/')).toBe('2026-04-02T01:15:00.000Z');
    expect(byPath.get('/category/dev-tools')).toBe('2026-03-12T02:30:00.000Z');
    expect(byPath.get('/category/engineering')).toBe('2026-01-31T17:00:00.000Z'); // typescript-notes, 2026-02-01
    expect(byPath.get('/authors/linh-tran')).toBe('2026-04-02T01:15:00.000Z');
  });

  it('includes every page of a paginated listing, page 1 at the bare URL (fixture site, 9 a page)', () => {
    const list = paths(sitemapEntries(siteEdition()));
    expect(list).toEqual(expect.arrayContaining(['/news', '/news/page/2', '/news/page/3']));
    expect(list).not.toContain('/news/page/4');
    expect(list).not.toContain('/news/page/1');
    expect(list).toEqual(expect.arrayContaining(['/category/field-notes', '/category/field-notes/page/2', '/tags/workflow/page/2', '/authors/ada-quill/page/2']));
    expect(list).not.toContain('/category/field-notes/page/3');
    expect(list).not.toContain('/category/tooling/page/2');
    expect(list).not.toContain('/category/dormant');
    expect(list).not.toContain('/authors/dana-holt');
    expect(list).toHaveLength(70);
  });

  it('dates every page of a listing by the newest article of the listing (fixture site)', () => {
    const byPath = new Map(sitemapEntries(siteEdition()).map((entry) => [entry.url.replace(origin, ''), entry.lastModified?.toISOString()]));
    expect(byPath.get('/news')).toBe('2025-11-27T17:00:00.000Z'); // the-winter-release-calendar
    expect(byPath.get('/news/page/3')).toBe('2025-11-27T17:00:00.000Z');
    expect(byPath.get('/category/field-notes/page/2')).toBe('2025-10-27T17:00:00.000Z'); // a-shared-glossary-for-every-project
    // timeboxing-research-spikes was updated four days after its date.
    expect(byPath.get('/news/timeboxing-research-spikes')).toBe('2025-08-08T17:00:00.000Z');
  });
});

describe('sitemapDocument', () => {
  it('is one URL set while the site fits in a file', () => {
    const list = entries();
    const xml = sitemapDocument(list);
    const parsed = parser.parse(xml) as UrlsetDocument;
    expect(parsed.urlset['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(parsed.urlset.url.map((url) => url.loc)).toEqual(list.map((entry) => entry.url));
    for (const url of parsed.urlset.url.filter((candidate) => candidate.lastmod)) expect(url.lastmod).toMatch(ISO);
    expect(childSitemapDocument(list, 0)).toBeNull();
  });

  it('escapes URLs for XML', () => {
    const xml = renderUrlset([{ url: 'https://example.com/a?b=1&c=<2>' }]);
    expect(xml).toContain('<loc>https://example.com/a?b=1&amp;c=&lt;2&gt;</loc>');
    expect((parser.parse(xml) as UrlsetDocument).urlset.url[0]?.loc).toBe('https://example.com/a?b=1&c=<2>');
  });
});

// 120,000 URLs rendered and parsed as XML: allow for a busy machine.
describe('sitemaps past the 50,000 URL limit', { timeout: 20_000 }, () => {
  const many: SitemapEntry[] = Array.from({ length: 120_000 }, (_, index) => ({
    url: `${origin}/news/article-${index}`,
    lastModified: new Date(Date.UTC(2026, 0, 1) + index * 60_000),
  }));

  it('splits into files of at most 50,000 URLs, in order', () => {
    const chunks = chunkSitemap(many);
    expect(chunks.map((chunk) => chunk.length)).toEqual([50_000, 50_000, 20_000]);
    expect(chunks.flat()).toEqual(many);
    expect(chunkSitemap(many.slice(0, SITEMAP_URL_LIMIT))).toHaveLength(1);
    expect(chunkSitemap(many.slice(0, SITEMAP_URL_LIMIT + 1))).toHaveLength(2);
    expect(chunkSitemap([])).toEqual([[]]);
  });

  it('serves an index at /sitemap.xml pointing at each child, dated by its newest URL', () => {
    const parsed = parser.parse(sitemapDocument(many)) as IndexDocument;
    expect(parsed.sitemapindex['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(parsed.sitemapindex.sitemap).toEqual([
      { loc: `${origin}/sitemaps/0.xml`, lastmod: many[49_999]!.lastModified!.toISOString() },
      { loc: `${origin}/sitemaps/1.xml`, lastmod: many[99_999]!.lastModified!.toISOString() },
      { loc: `${origin}/sitemaps/2.xml`, lastmod: many[119_999]!.lastModified!.toISOString() },
    ]);
  });

  it('serves each child as a URL set, and nothing past the last', () => {
    const last = parser.parse(childSitemapDocument(many, 2)!) as UrlsetDocument;
    expect(last.urlset.url).toHaveLength(20_000);
    expect(last.urlset.url[0]?.loc).toBe(`${origin}/news/article-100000`);
    expect((parser.parse(childSitemapDocument(many, 0)!) as UrlsetDocument).urlset.url).toHaveLength(50_000);
    expect(childSitemapDocument(many, 3)).toBeNull();
  });
});
