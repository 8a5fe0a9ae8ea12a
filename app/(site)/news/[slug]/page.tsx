import { articleRoute } from '@/app/_shared/article-route';
import { siteConfig } from '@/lib/config';

// The newest articles are prerendered, the rest render on first request (lib/articles.ts).
const route = articleRoute(siteConfig.language);
export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
