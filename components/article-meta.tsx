import { siteConfig } from '@/lib/config';
import type { Article, Language } from '@/lib/content/model';
import { isoDay } from '@/lib/dates';
import { articleStrings, formatDateIn } from '@/lib/i18n';
import { CategoryChip } from './category-chip';

interface ArticleMetaProps {
  article: Article;
  /** The language of the page it sits on (a card on a Vietnamese page reads in Vietnamese). */
  lang?: Language;
  linkCategory?: boolean;
  /** More of the line, after the date (the article page's update date and byline). */
  children?: React.ReactNode;
}

export function ArticleMeta({ article, lang = siteConfig.language, linkCategory = true, children }: ArticleMetaProps) {
  const strings = articleStrings(lang);
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
      <CategoryChip category={article.category} link={linkCategory} />
      {/* Reading time and date wrap together, so the dot never ends a line. */}
      <span className="whitespace-nowrap">
        {strings.minRead(article.readingMinutes)} <span aria-hidden="true" className="mx-1">·</span>{' '}
        <time dateTime={isoDay(article.date)}>{formatDateIn(lang, article.date)}</time>
      </span>
      {children}
    </div>
  );
}
