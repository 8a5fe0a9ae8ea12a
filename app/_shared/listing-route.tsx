import { notFound } from 'next/navigation';
import { ListingView } from '@/components/listing-view';
import { currentEdition } from '@/lib/edition';
import { getListing, listingMetadata, listingStaticParams, type ListingKind, type ListingParams } from '@/lib/listings';

interface ListingRouteProps {
  params: Promise<ListingParams>;
}

/**
 * What each of the eight listing routes exports: `pages` says which of a listing's pages the
 * route serves, the first (`/category/x`) or the later ones (`/category/x/page/2`).
 */
export function listingRoute(kind: ListingKind, pages: 'first' | 'later') {
  const load = async (params: ListingRouteProps['params']) => getListing(await currentEdition(), kind, await params);
  return {
    generateStaticParams: async () => listingStaticParams(await currentEdition(), kind, pages),
    generateMetadata: async ({ params }: ListingRouteProps) => listingMetadata(await load(params)),
    Page: async function ListingPage({ params }: ListingRouteProps) {
      const listing = await load(params);
      if (!listing) notFound();
      return <ListingView listing={listing} />;
    },
  };
}
