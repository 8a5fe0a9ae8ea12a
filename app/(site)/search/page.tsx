import type { Metadata } from 'next';
import { SearchBox } from '@/components/search-box';
import { SearchResults } from '@/components/search-results';
import { siteConfig } from '@/lib/config';
import { currentEdition } from '@/lib/edition';
import { normaliseQuery, parseResultsPage, searchPublished } from '@/lib/search';
import { pageMetadata } from '@/lib/seo';
import { searchUrl } from '@/lib/urls';

// The one page rendered per request: results depend on the query string.
export const dynamic = 'force-dynamic';

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = normaliseQuery((await searchParams).q);
  return pageMetadata({
    title: query ? `Results for “${query}”` : 'Search',
    description: `Search every article published by ${siteConfig.name}.`,
    path: searchUrl(),
    noindex: true,
  });
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const query = normaliseQuery(params.q);
  const results = query ? searchPublished(await currentEdition(), query, parseResultsPage(params.page)) : null;
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
