import { currentEdition } from '@/lib/edition';
import { sitemapDocument, sitemapEntries } from '@/lib/sitemap';

// A route rather than app/sitemap.ts: past 50,000 URLs this same address becomes the
// sitemap index (generateSitemaps would move every URL to /sitemap/N.xml and leave none here).
export const dynamic = 'force-static';

export async function GET() {
  return new Response(sitemapDocument(sitemapEntries(await currentEdition())), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
