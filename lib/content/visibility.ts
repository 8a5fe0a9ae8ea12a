/**
 * The one rule for what readers may see. Every list, page, feed, index, route check and
 * content check asks it, so a draft or a scheduled piece cannot leak through one of them.
 */
import type { Article } from './model';

/** Drafts and scheduled articles are shown, with a banner, only while developing. */
export const previewUnpublished = process.env.NODE_ENV === 'development';

type Scheduled = Pick<Article, 'draft' | 'date'>;

/** Not a draft, and its moment has come. */
export function isPublished(article: Scheduled, now: Date): boolean {
  return !article.draft && article.date.getTime() <= now.getTime();
}

/**
 * The moment from which an article is visible (ms since the epoch): its date; -Infinity while
 * previewing, where everything shows at once; null when it never is (a draft outside preview).
 */
export function visibleFrom(article: Scheduled, preview = previewUnpublished): number | null {
  if (preview) return -Infinity;
  return article.draft ? null : article.date.getTime();
}

export type PublicationStatus = 'published' | 'draft' | 'scheduled';

/** Why an article is or is not live, for the preview banner and the content check. */
export function publicationStatus(article: Scheduled, now: Date): PublicationStatus {
  if (article.draft) return 'draft';
  return isPublished(article, now) ? 'published' : 'scheduled';
}
