import { notFound } from 'next/navigation';
import { ListingView } from '@/components/listing-view';
import { getPublishedArticles } from '@/lib/articles';
import { siteConfig } from '@/lib/config';
import { getNewsListing, laterListingPage, listingMetadata } from '@/lib/listings';
import { laterPages } from '@/lib/pagination';

export const revalidate = 3600;

interface Props {
  params: Promise<{ page: string }>;
}

export function generateStaticParams() {
  return laterPages(getPublishedArticles().length, siteConfig.pageSize);
}

async function load({ params }: Props) {
  return laterListingPage((await params).page, getNewsListing);
}

export async function generateMetadata(props: Props) {
  const listing = await load(props);
  return listing ? listingMetadata(listing) : {};
}

export default async function NewsPageN(props: Props) {
  const listing = await load(props);
  if (!listing) notFound();
  return <ListingView listing={listing} />;
}
