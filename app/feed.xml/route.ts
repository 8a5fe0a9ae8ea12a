import { currentEdition } from '@/lib/edition';
import { getSiteRss, RSS_CONTENT_TYPE } from '@/lib/feeds';

// Prerendered at build, refreshed hourly so scheduled articles join the feed after they go live.
export const dynamic = 'force-static';
export const revalidate = 3600;

export async function GET() {
  return new Response(getSiteRss(await currentEdition()), { headers: { 'Content-Type': RSS_CONTENT_TYPE } });
}
