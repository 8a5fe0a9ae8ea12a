import { currentEdition } from '@/lib/edition';
import { getSiteRss, RSS_CONTENT_TYPE } from '@/lib/feeds';

// Prerendered at build, and again when a scheduled article goes live (lib/edition-cache.mjs).
export const dynamic = 'force-static';

export async function GET() {
  return new Response(getSiteRss(await currentEdition()), { headers: { 'Content-Type': RSS_CONTENT_TYPE } });
}
