import { childSitemapDocument, getChildSitemapCount, getSitemapEntries } from '@/lib/sitemap';

// Child sitemaps exist only when /sitemap.xml is an index (more than 50,000 URLs).
export const dynamic = 'force-static';
export const revalidate = 3600;
export const dynamicParams = false;

export function generateStaticParams() {
  return Array.from({ length: getChildSitemapCount() }, (_, index) => ({ file: `${index}.xml` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const match = /^(\d{1,4})\.xml$/.exec((await params).file);
  const document = match ? childSitemapDocument(getSitemapEntries(), Number(match[1])) : null;
  if (document === null) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return new Response(document, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
