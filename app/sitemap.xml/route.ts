import { getSitemapEntries, sitemapDocument } from '@/lib/sitemap';

// A route rather than app/sitemap.ts: past 50,000 URLs this same address becomes the
// sitemap index (generateSitemaps would move every URL to /sitemap/N.xml and leave none here).
export const dynamic = 'force-static';
export const revalidate = 3600;

export function GET() {
  return new Response(sitemapDocument(getSitemapEntries()), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
