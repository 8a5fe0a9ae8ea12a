import { siteConfig } from './config';
import { currentTime } from './clock';
import { loadContent, type Article, type Author, type Category, type Content } from './content/loader';
import { relatedArticles } from './related';

export type { Article, Author, Category, Tag } from './content/loader';

/** Drafts and scheduled articles are shown, with a banner, only while developing. */
export const previewUnpublished = process.env.NODE_ENV === 'development';

/** The one rule for "readers may see this": not a draft and its moment has come. */
export function isPublished(article: Pick<Article, 'draft' | 'date'>, now: Date = currentTime()): boolean {
  return !article.draft && article.date.getTime() <= now.getTime();
}

function isVisible(article: Article, now: Date): boolean {
  return previewUnpublished || isPublished(article, now);
}

function content(): Content {
  return loadContent();
}

interface VisibleArticles {
  articles: readonly Article[];
  list: readonly Article[];
  /** The list holds for every moment in [from, until): no article goes live in between. */
  from: number;
  until: number;
}

let visibleCache: VisibleArticles | null = null;

/**
 * Every article a reader may see now, newest first. Every page asks for it, several times, so
 * one list is kept for as long as it holds: until the next scheduled article's moment.
 */
export function getPublishedArticles(now: Date = currentTime()): readonly Article[] {
  const { articles } = content();
  const time = now.getTime();
  if (visibleCache && visibleCache.articles === articles && visibleCache.from <= time && time < visibleCache.until) {
    return visibleCache.list;
  }
  const list = articles.filter((article) => isVisible(article, now));
  let from = -Infinity;
  let until = Infinity;
  for (const article of articles) {
    if (article.draft) continue;
    const moment = article.date.getTime();
    if (moment <= time) from = Math.max(from, moment);
    else until = Math.min(until, moment);
  }
  visibleCache = { articles, list, from, until };
  return list;
}

export function getArticle(slug: string, now: Date = currentTime()): Article | null {
  const article = content().articles.find((candidate) => candidate.slug === slug);
  return article && isVisible(article, now) ? article : null;
}

export function getRelatedArticles(article: Article, now: Date = currentTime()): Article[] {
  return relatedArticles(article, getPublishedArticles(now), siteConfig.relatedCount);
}

export function getCategories(): Category[] {
  return content().categories;
}

export function getCategory(slug: string): Category | null {
  return content().categories.find((category) => category.slug === slug) ?? null;
}

export function getAuthor(slug: string): Author | null {
  return content().authors.find((author) => author.slug === slug) ?? null;
}

export function getAuthors(): Author[] {
  return content().authors;
}

export type PublicationStatus = 'published' | 'draft' | 'scheduled';

/** Why an article is or is not live, for the preview banner in development. */
export function publicationStatus(article: Article, now: Date = currentTime()): PublicationStatus {
  if (article.draft) return 'draft';
  return isPublished(article, now) ? 'published' : 'scheduled';
}
