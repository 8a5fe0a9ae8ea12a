import { notFound } from 'next/navigation';
import { ListingView } from '@/components/listing-view';
import { getAuthors } from '@/lib/articles';
import { siteConfig } from '@/lib/config';
import { getAuthorArticles, getAuthorListing, laterListingPage, listingMetadata } from '@/lib/listings';
import { laterPages } from '@/lib/pagination';

export const revalidate = 3600;

interface Props {
  params: Promise<{ slug: string; page: string }>;
}

export function generateStaticParams() {
  return getAuthors().flatMap((author) =>
    laterPages(getAuthorArticles(author.slug).length, siteConfig.pageSize).map(({ page }) => ({ slug: author.slug, page })),
  );
}

async function load({ params }: Props) {
  const { slug, page } = await params;
  return laterListingPage(page, (number) => getAuthorListing(slug, number));
}

export async function generateMetadata(props: Props) {
  const listing = await load(props);
  return listing ? listingMetadata(listing) : {};
}

export default async function AuthorPageN(props: Props) {
  const listing = await load(props);
  if (!listing) notFound();
  return <ListingView listing={listing} eyebrow="Author" />;
}
