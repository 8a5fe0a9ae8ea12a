import { ImageResponse } from 'next/og';
import { SocialCard } from '@/components/social-card';
import { getCategories, getCategory } from '@/lib/articles';
import { siteConfig } from '@/lib/config';
import { OG_IMAGE_SIZE, socialImageFonts } from '@/lib/social-image';

export const alt = `A topic on ${siteConfig.name}`;
export const size = OG_IMAGE_SIZE;
export const contentType = 'image/png';
export const dynamicParams = false;

interface Props {
  params: Promise<{ slug: string }>;
}

export function generateStaticParams() {
  return getCategories().map((category) => ({ slug: category.slug }));
}

export default async function Image({ params }: Props) {
  const category = getCategory((await params).slug);
  if (!category) return new Response('Not found', { status: 404 });
  return new ImageResponse(<SocialCard eyebrow="Topic" title={category.name} subtitle={category.description} />, {
    ...size,
    fonts: await socialImageFonts(),
  });
}
