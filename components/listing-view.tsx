import { getImageProps } from 'next/image';
import type { Listing } from '@/lib/listings';
import { breadcrumbListJsonLd } from '@/lib/structured-data';
import { ArticleGrid } from './article-grid';
import { Breadcrumbs } from './breadcrumbs';
import { JsonLd } from './json-ld';
import { Pagination } from './pagination';

/** An author's picture: a small square, optimised like every other image. */
function Portrait({ src, alt }: { src: string; alt: string }) {
  const { props } = getImageProps({ src, alt, width: 96, height: 96, className: 'size-24 shrink-0 rounded-full bg-zinc-100 object-cover dark:bg-zinc-800' });
  // eslint-disable-next-line @next/next/no-img-element -- sized and optimised through getImageProps
  return <img {...props} alt={alt} />;
}

export function ListingView({ listing }: { listing: Listing }) {
  const { eyebrow, portrait, website } = listing;
  return (
    <div className="container-page pt-8">
      <JsonLd data={breadcrumbListJsonLd(listing.crumbs)} />
      <Breadcrumbs crumbs={listing.crumbs} />
      <header className="mt-6 flex max-w-3xl flex-col gap-6 sm:flex-row sm:items-start">
        {portrait && <Portrait src={portrait.src} alt={portrait.alt} />}
        <div>
          {eyebrow && <p className="text-sm font-bold tracking-widest text-brand-700 uppercase dark:text-brand-300">{eyebrow}</p>}
          <h1 className="mt-1 font-serif text-4xl font-bold tracking-tight sm:text-5xl">{listing.title}</h1>
          <p className="mt-3 text-lg text-zinc-600 dark:text-zinc-400" data-testid="listing-description">{listing.description}</p>
          {website && (
            <p className="mt-2 text-sm">
              <a href={website} rel="me noopener" className="font-medium text-brand-700 underline underline-offset-2 dark:text-brand-300">
                {new URL(website).host}
              </a>
            </p>
          )}
          <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
            {listing.totalItems} {listing.totalItems === 1 ? 'story' : 'stories'}
            {listing.totalPages > 1 && ` · page ${listing.page} of ${listing.totalPages}`}
          </p>
        </div>
      </header>
      <div className="mt-10">
        <ArticleGrid articles={listing.items} withAds />
      </div>
      <Pagination page={listing.page} totalPages={listing.totalPages} pageUrl={listing.pageUrl} />
    </div>
  );
}
