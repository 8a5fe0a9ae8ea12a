import { listingRoute } from '@/app/_shared/listing-route';

// A fixed path: no static params to list.
const route = listingRoute('news', 'first');
export const { generateMetadata } = route;
export default route.Page;
