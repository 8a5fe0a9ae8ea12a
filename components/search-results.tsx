import type { SearchResults as Results, TextSegment } from '@/lib/search';
import { siteConfig } from '@/lib/config';
import { formatDate, isoDay } from '@/lib/dates';
import { articleUrl, categoriesUrl, newsUrl, searchUrl } from '@/lib/urls';
import { CategoryChip } from './category-chip';
import { Pagination } from './pagination';

/** Text with its matched words in <mark>; React escapes every segment. */
function Highlighted({ segments }: { segments: readonly TextSegment[] }) {
  return segments.map((segment, index) =>
    segment.highlight ? (
      <mark key={index} className="rounded-sm bg-brand-100 px-0.5 text-inherit dark:bg-brand-700/50">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}

function EmptyState({ query }: { query: string }) {
  return (
    <div className="mt-10 max-w-2xl" data-testid="search-empty">
      <p className="text-lg font-medium">No results for “{query}”.</p>
      <p className="mt-2 text-zinc-600 dark:text-zinc-400">Check the spelling, try fewer or more general words, or browse instead:</p>
      <ul className="mt-4 flex flex-col gap-2">
        <li>
          <a href={categoriesUrl()} className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300">
            Explore all topics
          </a>
        </li>
        <li>
          <a href={newsUrl()} className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300">
            Read the latest news
          </a>
        </li>
      </ul>
    </div>
  );
}

export function SearchResults({ results }: { results: Results }) {
  const { query, hits, total, page, totalPages } = results;
  if (total === 0) return <EmptyState query={query} />;
  return (
    <section aria-labelledby="search-summary" className="mt-10">
      <p id="search-summary" className="text-sm text-zinc-600 dark:text-zinc-400" role="status">
        {total === 1 ? '1 article' : `${total} articles`} found
        {totalPages > 1 && ` · page ${page} of ${totalPages}`}
      </p>
      <ol className="mt-6 flex max-w-3xl flex-col gap-10" data-testid="search-results">
        {hits.map(({ article, title, snippet }) => (
          <li key={article.slug} className="flex flex-col gap-2" lang={article.lang !== siteConfig.language ? article.lang : undefined}>
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400">
              <CategoryChip category={article.category} />
              <time dateTime={isoDay(article.date)}>{formatDate(article.date)}</time>
            </div>
            <h2 className="font-serif text-2xl leading-snug font-bold tracking-tight">
              <a href={articleUrl(article.slug)} className="hover:text-brand-700 dark:hover:text-brand-300">
                <Highlighted segments={title} />
              </a>
            </h2>
            <p className="text-zinc-700 dark:text-zinc-300" data-testid="search-snippet">
              <Highlighted segments={snippet} />
            </p>
          </li>
        ))}
      </ol>
      <Pagination page={page} totalPages={totalPages} pageUrl={(number) => searchUrl(query, number)} />
    </section>
  );
}
