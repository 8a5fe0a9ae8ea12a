import { notFound } from 'next/navigation';
import { ListingView } from '@/components/listing-view';
import { getTagListing, getTags, listingMetadata } from '@/lib/listings';

export const revalidate = 3600;

interface Props {
  params: Promise<{ tag: string }>;
}

export function generateStaticParams() {
  return getTags().map((tag) => ({ tag: tag.slug }));
}

export async function generateMetadata({ params }: Props) {
  const listing = getTagListing((await params).tag);
  return listing ? listingMetadata(listing) : {};
}

export default async function TagPage({ params }: Props) {
  const listing = getTagListing((await params).tag);
  if (!listing) notFound();
  return <ListingView listing={listing} eyebrow="Tag" />;
}
