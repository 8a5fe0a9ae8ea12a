import { ImageResponse } from 'next/og';
import { SocialCard } from '@/components/social-card';
import { siteConfig } from '@/lib/config';
import { currentEdition } from '@/lib/edition';
import { routes } from '@/lib/routes';
import { OG_IMAGE_SIZE, socialImageFonts } from '@/lib/social-image';

export const alt = `A topic on ${siteConfig.name}`;
export const size = OG_IMAGE_SIZE;
export const contentType = 'image/png';

interface Props {
  params: Promise<{ slug: string }>;
}

// Drawn at build for the sections readers can browse; a section whose first article goes live
// later is drawn on first request (the proxy answers unknown ones before this runs).
export async function generateStaticParams() {
  return routes.categoryImage.instances((await currentEdition()).routes);
}

export default async function Image({ params }: Props) {
  const category = (await currentEdition()).category((await params).slug);
  if (!category) return new Response('Not found', { status: 404 });
  return new ImageResponse(<SocialCard eyebrow="Topic" title={category.name} subtitle={category.description} />, {
    ...size,
    fonts: await socialImageFonts(),
  });
}
