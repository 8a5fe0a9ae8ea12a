import { notFound } from 'next/navigation';
import { ListingView } from '@/components/listing-view';
import { getCategories } from '@/lib/articles';
import { getCategoryListing, listingMetadata } from '@/lib/listings';

export const revalidate = 3600;

interface Props {
  params: Promise<{ slug: string }>;
}

export function generateStaticParams() {
  return getCategories().map((category) => ({ slug: category.slug }));
}

export async function generateMetadata({ params }: Props) {
  const listing = getCategoryListing((await params).slug);
  return listing ? listingMetadata(listing) : {};
}

export default async function CategoryPage({ params }: Props) {
  const listing = getCategoryListing((await params).slug);
  if (!listing) notFound();
  return <ListingView listing={listing} eyebrow="Category" />;
}
