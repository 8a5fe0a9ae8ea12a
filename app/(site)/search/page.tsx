import { SearchView, searchMetadata } from '@/app/_shared/search-route';

// A query's results are rendered at /search-results/… (proxy.ts); this is the empty search page.
export const metadata = searchMetadata('');

export default function SearchPage() {
  return <SearchView query="" page={1} />;
}
