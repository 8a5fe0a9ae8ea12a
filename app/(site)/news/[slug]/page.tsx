import { articleRoute } from '@/app/_shared/article-route';
import { siteConfig } from '@/lib/config';

// Every article of the build is known: any other slug is a 404 that renders and stores nothing.
export const dynamicParams = false;

const route = articleRoute(siteConfig.language);
export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
