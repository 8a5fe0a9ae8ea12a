/**
 * The editorial content as readers will get it. Everything expected here is derived from the
 * content itself (what is published now, in which section, by whom), never written down, so
 * an editor's correct pull request (a new article, a new section, the draft published) keeps
 * it green while a broken route, listing, feed or sitemap turns it red.
 */
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'next/dist/compiled/node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { siteConfig } from '@/lib/config';
import { checkContent } from '@/lib/content/loader';
import type { Article } from '@/lib/content/model';
import { isPublished } from '@/lib/content/visibility';
import { FEED_SIZE } from '@/lib/feeds';

const site = inject('siteUrl');
let all: Article[] = [];
let published: Article[] = [];

beforeAll(() => {
  const { content, problems } = checkContent({ contentDir: inject('contentDir') });
  expect(content, problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`).join('\n')).not.toBeNull();
  all = content!.articles;
  const now = new Date();
  published = all.filter((article) => isPublished(article, now));
});

async function get(path: string): Promise<{ status: number; body: string }> {
  const response = await fetch(`${site}${path}`, { redirect: 'manual' });
  return { status: response.status, body: await response.text() };
}

const slugs = (articles: readonly Article[]) => articles.map((article) => article.slug);

/** The article slugs a listing page links as cards, in order. */
function cardSlugs(html: string): string[] {
  return parse(html)
    .querySelectorAll('[data-testid="article-card"] h2 a, [data-testid="article-card"] h3 a')
    .map((link) => link.getAttribute('href')?.replace(/^\/news\//, '') ?? '');
}

/** Every page of a listing, following its "next" links; fails on a page that does not answer 200. */
async function walkListing(path: string): Promise<string[][]> {
  const pages: string[][] = [];
  let next: string | null = path;
  while (next) {
    const { status, body } = await get(next);
    expect(status, next).toBe(200);
    pages.push(cardSlugs(body));
    next = parse(body).querySelector('nav[aria-label="Pagination"] a[rel="next"]')?.getAttribute('href') ?? null;
  }
  return pages;
}

const pageCount = (count: number) => Math.max(1, Math.ceil(count / siteConfig.pageSize));

describe('the editorial content, built and served', () => {
  it('has something published', () => {
    expect(published.length).toBeGreaterThan(0);
  });

  it('answers every published article with its title as the only h1', async () => {
    for (const article of published) {
      const { status, body } = await get(`/news/${article.slug}`);
      expect(status, article.slug).toBe(200);
      const headings = parse(body).querySelectorAll('h1');
      expect(headings.map((heading) => heading.text.trim()), article.slug).toEqual([article.title]);
    }
  });

  it('answers drafts and scheduled articles with 404', async () => {
    for (const article of all.filter((candidate) => !published.includes(candidate))) {
      expect((await get(`/news/${article.slug}`)).status, article.slug).toBe(404);
    }
  });

  it('pages through every published article, newest first, on /news', async () => {
    const pages = await walkListing('/news');
    expect(pages).toHaveLength(pageCount(published.length));
    for (const page of pages) expect(page.length).toBeLessThanOrEqual(siteConfig.pageSize);
    expect(pages.flat()).toEqual(slugs(published));
    expect((await get(`/news/page/${pages.length + 1}`)).status).toBe(404);
  });

  it('lists each section\'s published articles on its pages, and answers 404 for sections with none', async () => {
    for (const category of checkContent({ contentDir: inject('contentDir') }).content!.categories) {
      const expected = slugs(published.filter((article) => article.category.slug === category.slug));
      const path = `/category/${category.slug}`;
      if (expected.length === 0) {
        expect((await get(path)).status, path).toBe(404);
        continue;
      }
      const pages = await walkListing(path);
      expect(pages.flat(), path).toEqual(expected);
      expect(pages, path).toHaveLength(pageCount(expected.length));
    }
  });

  it('lists exactly the published articles, and every listing page, in the sitemap', async () => {
    const { status, body } = await get('/sitemap.xml');
    expect(status).toBe(200);
    const document = new XMLParser({ isArray: (name) => name === 'url' }).parse(body) as { urlset: { url: { loc: string }[] } };
    const paths = document.urlset.url.map((entry) => new URL(entry.loc).pathname);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.filter((path) => /^\/news\/(?!page\/)[^/]+$/.test(path)).sort()).toEqual(slugs(published).map((slug) => `/news/${slug}`).sort());
    const newsPages = Array.from({ length: pageCount(published.length) }, (_, index) => (index === 0 ? '/news' : `/news/page/${index + 1}`));
    for (const path of newsPages) expect(paths).toContain(path);
  });

  it('carries the newest published articles in the RSS and JSON feeds', async () => {
    const newest = slugs(published.slice(0, FEED_SIZE));
    const rss = new XMLParser({ isArray: (name) => name === 'item' }).parse((await get('/feed.xml')).body) as { rss: { channel: { item?: { link: string }[] } } };
    expect((rss.rss.channel.item ?? []).map((item) => new URL(item.link).pathname.replace(/^\/news\//, ''))).toEqual(newest);
    const json = JSON.parse((await get('/feed.json')).body) as { items: { url: string }[] };
    expect(json.items.map((item) => new URL(item.url).pathname.replace(/^\/news\//, ''))).toEqual(newest);
  });

  it('finds each published article by its title in search', async () => {
    for (const article of published) {
      const { status, body } = await get(`/search?q=${encodeURIComponent(article.title)}`);
      expect(status, article.slug).toBe(200);
      const hits = parse(body).querySelectorAll('[data-testid="search-results"] h2 a').map((link) => link.getAttribute('href'));
      expect(hits, article.title).toContain(`/news/${article.slug}`);
    }
  });
});
