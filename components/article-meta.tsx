import type { Article } from '@/lib/articles';
import { formatDate, isoDay } from '@/lib/dates';
import { CategoryChip } from './category-chip';

export function ArticleMeta({ article, linkCategory = true }: { article: Article; linkCategory?: boolean }) {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
      <CategoryChip category={article.category} link={linkCategory} />
      {/* Reading time and date wrap together, so the dot never ends a line. */}
      <span className="whitespace-nowrap">
        {article.readingMinutes} min read <span aria-hidden="true" className="mx-1">·</span>{' '}
        <time dateTime={isoDay(article.date)}>{formatDate(article.date)}</time>
      </span>
    </div>
  );
}
