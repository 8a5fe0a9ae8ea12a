/**
 * The Google News sitemap: articles published in the last 48 hours, at most 1,000, with the
 * publication's name, each article's language, publication time and title. It depends on the
 * clock as well as on the edition, so its route renders it on request (it is small).
 */
import { siteConfig } from './config';
import type { Article } from './content/model';
import type { Edition } from './edition';
import { isoDateTime } from './seo';
import { absoluteUrl, articleUrl } from './urls';
import { xmlDocument } from './xml';

/** How far back a news sitemap reaches, and how many articles it may list (Google's rules). */
export const NEWS_SITEMAP_WINDOW_MS = 48 * 60 * 60 * 1000;
export const NEWS_SITEMAP_LIMIT = 1000;

/** The articles of the edition published in the 48 hours up to `now`, newest first. */
export function newsSitemapArticles(edition: Edition, now: Date): Article[] {
  const since = now.getTime() - NEWS_SITEMAP_WINDOW_MS;
  const recent: Article[] = [];
  for (const article of edition.articles) {
    if (article.date.getTime() <= since) break; // newest first: the rest are older
    if (article.date.getTime() <= now.getTime()) recent.push(article);
    if (recent.length === NEWS_SITEMAP_LIMIT) break;
  }
  return recent;
}

export function newsSitemapDocument(articles: readonly Article[]): string {
  return xmlDocument({
    urlset: {
      '@xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9',
      '@xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9',
      url: articles.map((article) => ({
        loc: absoluteUrl(articleUrl(article.slug)),
        'news:news': {
          'news:publication': { 'news:name': siteConfig.name, 'news:language': article.lang },
          'news:publication_date': isoDateTime(article.date),
          'news:title': article.title,
        },
      })),
    },
  });
}
