import type { Metadata } from 'next';
import { SearchBox } from '@/components/search-box';
import { SearchResults } from '@/components/search-results';
import { siteConfig } from '@/lib/config';
import { currentEdition } from '@/lib/edition';
import { searchPublished } from '@/lib/search';
import { pageMetadata } from '@/lib/seo';
import { searchUrl } from '@/lib/urls';

/**
 * The search page, in two routes: `/search` with no query (prerendered), and one page of a
 * query's results, which proxy.ts rewrites `/search?q=…&page=…` to (lib/search-query.ts).
 */
export function searchMetadata(query: string): Metadata {
  return pageMetadata({
    title: query ? `Results for “${query}”` : 'Search',
    description: `Search every article published by ${siteConfig.name}.`,
    path: searchUrl(),
    noindex: true,
  });
}

export async function SearchView({ query, page }: { query: string; page: number }) {
  const results = query ? searchPublished(await currentEdition(), query, page) : null;
  return (
    <div className="container-page pt-10">
      <h1 className="font-serif text-4xl font-bold tracking-tight text-balance break-words">
        {query ? <>Results for “{query}”</> : 'Search'}
      </h1>
      <SearchBox id="search-page-q" label="Search the archive" defaultValue={query} prominent className="mt-6 max-w-2xl" />
      {results ? (
        <SearchResults results={results} />
      ) : (
        <p className="mt-10 max-w-2xl text-zinc-600 dark:text-zinc-400">Type a word or two: titles, summaries and full text are searched, accents optional.</p>
      )}
    </div>
  );
}
