import { notFound } from 'next/navigation';
import { ListingView } from '@/components/listing-view';
import { siteConfig } from '@/lib/config';
import { getTagArticles, getTagListing, getTags, laterListingPage, listingMetadata } from '@/lib/listings';
import { laterPages } from '@/lib/pagination';

export const revalidate = 3600;

interface Props {
  params: Promise<{ tag: string; page: string }>;
}

export function generateStaticParams() {
  return getTags().flatMap((tag) =>
    laterPages(getTagArticles(tag.slug).length, siteConfig.pageSize).map(({ page }) => ({ tag: tag.slug, page })),
  );
}

async function load({ params }: Props) {
  const { tag, page } = await params;
  return laterListingPage(page, (number) => getTagListing(tag, number));
}

export async function generateMetadata(props: Props) {
  const listing = await load(props);
  return listing ? listingMetadata(listing) : {};
}

export default async function TagPageN(props: Props) {
  const listing = await load(props);
  if (!listing) notFound();
  return <ListingView listing={listing} eyebrow="Tag" />;
}
