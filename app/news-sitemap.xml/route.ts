import { currentTime } from '@/lib/clock';
import { currentEdition } from '@/lib/edition';
import { newsSitemapArticles, newsSitemapDocument } from '@/lib/news-sitemap';

// Its window moves with the clock, not with the editions: rendered on request, and kept by a
// CDN for a minute at most.
export const dynamic = 'force-dynamic';

export async function GET() {
  const now = currentTime();
  const document = newsSitemapDocument(newsSitemapArticles(await currentEdition(now), now));
  return new Response(document, {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=0, s-maxage=60' },
  });
}
