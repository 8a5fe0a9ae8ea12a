import type { Listing } from '@/lib/listings';
import { breadcrumbListJsonLd } from '@/lib/structured-data';
import { ArticleGrid } from './article-grid';
import { Breadcrumbs } from './breadcrumbs';
import { JsonLd } from './json-ld';
import { Pagination } from './pagination';

export function ListingView({ listing }: { listing: Listing }) {
  const { eyebrow } = listing;
  return (
    <div className="container-page pt-8">
      <JsonLd data={breadcrumbListJsonLd(listing.crumbs)} />
      <Breadcrumbs crumbs={listing.crumbs} />
      <header className="mt-6 max-w-3xl">
        {eyebrow && <p className="text-sm font-bold tracking-widest text-brand-700 uppercase dark:text-brand-300">{eyebrow}</p>}
        <h1 className="mt-1 font-serif text-4xl font-bold tracking-tight sm:text-5xl">{listing.title}</h1>
        <p className="mt-3 text-lg text-zinc-600 dark:text-zinc-400">{listing.description}</p>
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
          {listing.totalItems} {listing.totalItems === 1 ? 'story' : 'stories'}
          {listing.totalPages > 1 && ` · page ${listing.page} of ${listing.totalPages}`}
        </p>
      </header>
      <div className="mt-10">
        {listing.items.length > 0 ? (
          <ArticleGrid articles={listing.items} withAds />
        ) : (
          <p className="text-zinc-600 dark:text-zinc-400">Nothing published here yet.</p>
        )}
      </div>
      <Pagination page={listing.page} totalPages={listing.totalPages} pageUrl={listing.pageUrl} />
    </div>
  );
}
