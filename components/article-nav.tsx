import type { AdjacentArticles } from '@/lib/articles';
import { articleUrl } from '@/lib/urls';

interface ArticleNavProps extends AdjacentArticles {
  labels: { previous: string; next: string; adjacent: string };
}

/** The previous and next article of the same category. */
export function ArticleNav({ previous, next, labels }: ArticleNavProps) {
  if (!previous && !next) return null;
  const link = 'group flex flex-col gap-1 rounded-xl border border-zinc-200 p-4 hover:border-zinc-400 dark:border-zinc-800 dark:hover:border-zinc-600';
  return (
    <nav aria-label={labels.adjacent} className="not-prose mt-10 grid gap-4 sm:grid-cols-2" data-testid="article-nav">
      {previous ? (
        <a href={articleUrl(previous.slug)} rel="prev" className={link}>
          <span className="text-sm text-zinc-600 dark:text-zinc-400"><span aria-hidden="true">← </span>{labels.previous}</span>
          <span className="font-serif font-bold group-hover:text-brand-700 dark:group-hover:text-brand-300">{previous.title}</span>
        </a>
      ) : (
        <span />
      )}
      {next && (
        <a href={articleUrl(next.slug)} rel="next" className={`${link} sm:text-right`}>
          <span className="text-sm text-zinc-600 dark:text-zinc-400">{labels.next}<span aria-hidden="true"> →</span></span>
          <span className="font-serif font-bold group-hover:text-brand-700 dark:group-hover:text-brand-300">{next.title}</span>
        </a>
      )}
    </nav>
  );
}
