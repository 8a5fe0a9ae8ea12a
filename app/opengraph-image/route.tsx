import { ImageResponse } from 'next/og';
import { SocialCard } from '@/components/social-card';
import { siteConfig } from '@/lib/config';
import { OG_IMAGE_SIZE, socialImageFonts } from '@/lib/social-image';

// The site's own share card, for pages without one of their own (lib/seo.ts names it on every
// page). A route handler: the file convention would ask for a layout at the app's root.
export const dynamic = 'force-static';

export async function GET() {
  return new ImageResponse(<SocialCard eyebrow={siteConfig.tagline} title={siteConfig.description} />, {
    ...OG_IMAGE_SIZE,
    fonts: await socialImageFonts(),
  });
}
