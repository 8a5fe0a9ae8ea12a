import { currentEdition } from '@/lib/edition';
import { getCategoryRss, RSS_CONTENT_TYPE } from '@/lib/feeds';
import { allTimeRoutes, routes } from '@/lib/routes';

export const dynamic = 'force-static';
// Every section this build will ever have is known; any other is a 404 that stores nothing.
export const dynamicParams = false;

export async function generateStaticParams() {
  return routes.categoryFeed.instances(allTimeRoutes((await currentEdition()).publication.routeIndex));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const rss = getCategoryRss(await currentEdition(), (await params).slug);
  if (rss === null) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(rss, { headers: { 'Content-Type': RSS_CONTENT_TYPE } });
}
