import { ImageResponse } from 'next/og';
import { SocialCard } from '@/components/social-card';
import { siteConfig } from '@/lib/config';
import { OG_IMAGE_SIZE, socialImageFonts } from '@/lib/social-image';

export const alt = `${siteConfig.name} — ${siteConfig.tagline}`;
export const size = OG_IMAGE_SIZE;
export const contentType = 'image/png';

export default async function Image() {
  return new ImageResponse(<SocialCard eyebrow={siteConfig.tagline} title={siteConfig.description} />, {
    ...size,
    fonts: await socialImageFonts(),
  });
}
