import { articleRoute } from '@/app/_shared/article-route';

// Articles written in Vietnamese, under their own <html lang> (lib/languages.ts); the newest
// are prerendered, the rest render on first request (lib/articles.ts).
const route = articleRoute('vi');
export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
