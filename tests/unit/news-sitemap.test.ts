import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '@/lib/config';
import { editionAt } from '@/lib/edition';
import { NEWS_SITEMAP_LIMIT, newsSitemapArticles, newsSitemapDocument } from '@/lib/news-sitemap';
import { publicationOf } from '@/lib/publication';
import { NEWEST_MOMENT, sitePublication } from './helpers/site-fixture';
import { syntheticArticles } from './helpers/seo-fixture';

const HOUR = 60 * 60 * 1000;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'url' });

describe('the Google News sitemap', () => {
  const publication = sitePublication();

  it('lists only what was published in the 48 hours before now, newest first', () => {
    // The fixture's two newest: 2025-11-28 (the-winter-release-calendar) and 2025-11-11.
    const at = (ms: number) => newsSitemapArticles(editionAt(publication, new Date(ms)), new Date(ms)).map((article) => article.slug);
    expect(at(NEWEST_MOMENT.getTime() + HOUR)).toEqual(['the-winter-release-calendar']);
    expect(at(NEWEST_MOMENT.getTime() + 48 * HOUR - 1)).toEqual(['the-winter-release-calendar']);
    expect(at(NEWEST_MOMENT.getTime() + 48 * HOUR)).toEqual([]);
    expect(at(NEWEST_MOMENT.getTime() - 1)).toEqual([]);
  });

  it('stops at 1,000 articles', () => {
    const now = new Date('2026-05-02T00:00:00Z');
    const many = syntheticArticles(publication.articles[0]!, 1500, new Date(now.getTime() - 60_000)).map((article, index) => ({
      ...article,
      date: new Date(now.getTime() - 60_000 - index * 1000),
    }));
    const edition = editionAt(publicationOf({ categories: [...publication.categories], authors: [...publication.authors], articles: many, bodies: new Map() }, { preview: false }), now);
    expect(newsSitemapArticles(edition, now)).toHaveLength(NEWS_SITEMAP_LIMIT);
  });

  it('names the publication, the language, the time and the title of each article', () => {
    const articles = publication.articles.filter((article) => ['mot-tep-editorconfig-cho-ca-nhom', 'quotes-and-apostrophes-in-interface-copy'].includes(article.slug));
    const document = parser.parse(newsSitemapDocument(articles)) as { urlset: Record<string, unknown> & { url: Record<string, unknown>[] } };
    expect(document.urlset['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(document.urlset.url).toEqual([
      {
        loc: `${siteConfig.url}/news/quotes-and-apostrophes-in-interface-copy`,
        'news:news': {
          'news:publication': { 'news:name': siteConfig.name, 'news:language': 'en' },
          'news:publication_date': '2025-07-22T00:00:00+07:00',
          'news:title': articles.find((article) => article.lang === 'en')!.title,
        },
      },
      {
        loc: `${siteConfig.url}/news/mot-tep-editorconfig-cho-ca-nhom`,
        'news:news': {
          'news:publication': { 'news:name': siteConfig.name, 'news:language': 'vi' },
          'news:publication_date': '2025-06-10T00:00:00+07:00',
          'news:title': 'Một tệp .editorconfig cho cả nhóm',
        },
      },
    ]);
  });
});
