import { currentEdition } from '@/lib/edition';
import { getSiteJsonFeed, JSON_FEED_CONTENT_TYPE } from '@/lib/feeds';

// Prerendered at build, and again when a scheduled article goes live (lib/edition-cache.mjs).
export const dynamic = 'force-static';

export async function GET() {
  return new Response(getSiteJsonFeed(await currentEdition()), { headers: { 'Content-Type': JSON_FEED_CONTENT_TYPE } });
}
