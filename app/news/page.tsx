import { listingRoute } from '@/app/_listing/listing-route';

export const revalidate = 3600;

// A fixed path: no static params to list.
const route = listingRoute('news', 'first');
export const { generateMetadata } = route;
export default route.Page;
