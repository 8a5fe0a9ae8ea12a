import { getCategories } from '@/lib/articles';
import { getCategoryRss, RSS_CONTENT_TYPE } from '@/lib/feeds';

export const dynamic = 'force-static';
export const revalidate = 3600;
// Categories are known at build; any other slug is a 404 without running the handler.
export const dynamicParams = false;

export function generateStaticParams() {
  return getCategories().map((category) => ({ slug: category.slug }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const rss = getCategoryRss((await params).slug);
  if (rss === null) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(rss, { headers: { 'Content-Type': RSS_CONTENT_TYPE } });
}
