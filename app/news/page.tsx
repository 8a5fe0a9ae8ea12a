import { notFound } from 'next/navigation';
import { ListingView } from '@/components/listing-view';
import { getNewsListing, listingMetadata } from '@/lib/listings';

export const revalidate = 3600;

export function generateMetadata() {
  const listing = getNewsListing();
  return listing ? listingMetadata(listing) : {};
}

export default function NewsPage() {
  const listing = getNewsListing();
  if (!listing) notFound();
  return <ListingView listing={listing} />;
}
