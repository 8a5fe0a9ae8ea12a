import { articleRoute } from '@/app/_shared/article-route';

// Articles written in Vietnamese, under their own <html lang> (lib/languages.ts).
export const dynamicParams = false;

const route = articleRoute('vi');
export const { generateStaticParams, generateMetadata } = route;
export default route.Page;
