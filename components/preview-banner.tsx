import type { Article, PublicationStatus } from '@/lib/articles';
import { siteConfig } from '@/lib/config';

const timeFormat = new Intl.DateTimeFormat(siteConfig.locale, {
  timeZone: siteConfig.timeZone,
  dateStyle: 'long',
  timeStyle: 'short',
});

/** Shown only in development, where drafts and scheduled articles are previewed. */
export function PreviewBanner({ article, status }: { article: Article; status: PublicationStatus }) {
  if (status === 'published') return null;
  const text =
    status === 'draft'
      ? 'Draft: only visible in preview. Remove “draft: true” to publish.'
      : `Scheduled for ${timeFormat.format(article.date)} (${siteConfig.timeZone}): not visible on the live site until then.`;
  return (
    <p role="status" data-testid="preview-banner" className="mb-6 rounded-lg border border-amber-400 bg-amber-50 px-4 py-3 text-sm font-semibold text-amber-900 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-100">
      {text}
    </p>
  );
}
