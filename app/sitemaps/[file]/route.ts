import { currentEdition } from '@/lib/edition';
import { allTimeRoutes, routes } from '@/lib/routes';
import { childSitemapDocument, sitemapEntries } from '@/lib/sitemap';

// Child sitemaps exist only when /sitemap.xml is an index (more than 50,000 URLs).
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return routes.childSitemap.instances(allTimeRoutes((await currentEdition()).publication.routeIndex));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = /^(\d{1,4})\.xml$/.exec((await params).file);
  const document = match ? childSitemapDocument(sitemapEntries(await currentEdition()), Number(match[1])) : null;
  if (document === null) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(document, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
