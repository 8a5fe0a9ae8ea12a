import { listingRoute } from '@/app/_shared/listing-route';

// First pages are prerendered, later ones render on first request (lib/listings.ts).
const route = listingRoute('tag', 'later');
export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
