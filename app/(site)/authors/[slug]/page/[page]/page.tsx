import { listingRoute } from '@/app/_shared/listing-route';

// Every listing page this build will ever have is known: any other is a 404 that stores nothing.
export const dynamicParams = false;

const route = listingRoute('author', 'later');
export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
