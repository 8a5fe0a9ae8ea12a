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

/** Every article a reader may see now, newest first. */
export function getPublishedArticles(now: Date = currentTime()): Article[] {
  return content().articles.filter((article) => isVisible(article, now));
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
