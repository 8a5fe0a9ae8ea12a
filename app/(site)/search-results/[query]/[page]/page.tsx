import type { Metadata } from 'next';
import { SearchView, searchMetadata } from '@/app/_shared/search-route';
import { fromResultsSegments } from '@/lib/search-query';

interface Props {
  params: Promise<{ query: string; page: string }>;
}

// Every query renders on its first request and is then cached, a bounded number of them and in
// memory only (lib/edition-cache.mjs); a new edition renders them again.
export function generateStaticParams(): { query: string; page: string }[] {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return searchMetadata(fromResultsSegments(await params).query);
}

export default async function SearchResultsPage({ params }: Props) {
  const { query, page } = fromResultsSegments(await params);
  return <SearchView query={query} page={page} />;
}
