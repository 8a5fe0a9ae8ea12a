import { notFound } from 'next/navigation';
import { ListingView } from '@/components/listing-view';
import { getAuthors } from '@/lib/articles';
import { getAuthorListing, listingMetadata } from '@/lib/listings';

export const revalidate = 3600;

interface Props {
  params: Promise<{ slug: string }>;
}

export function generateStaticParams() {
  return getAuthors().map((author) => ({ slug: author.slug }));
}

export async function generateMetadata({ params }: Props) {
  const listing = getAuthorListing((await params).slug);
  return listing ? listingMetadata(listing) : {};
}

export default async function AuthorPage({ params }: Props) {
  const listing = getAuthorListing((await params).slug);
  if (!listing) notFound();
  return <ListingView listing={listing} eyebrow="Author" />;
}
