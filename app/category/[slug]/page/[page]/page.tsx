import { listingRoute } from '@/app/_listing/listing-route';

export const revalidate = 3600;

const route = listingRoute('category', 'later');
export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
