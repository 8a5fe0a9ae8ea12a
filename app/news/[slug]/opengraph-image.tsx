import { ImageResponse } from 'next/og';
import { SocialCard } from '@/components/social-card';
import { getArticle } from '@/lib/articles';
import { siteConfig } from '@/lib/config';
import { currentEdition } from '@/lib/edition';
import { OG_IMAGE_SIZE, socialImageFonts } from '@/lib/social-image';

export const alt = `An article from ${siteConfig.name}`;
export const size = OG_IMAGE_SIZE;
export const contentType = 'image/png';
export const revalidate = 3600;

interface Props {
  params: Promise<{ slug: string }>;
}

// Only articles without a hero share this card (the rest share their hero), and only social
// crawlers ask for it: it is drawn on first request and cached, not at build, where each card
// cost ~70 ms (10 s of a 1,000-article build). The proxy answers unknown slugs before this runs.
export function generateStaticParams() {
  return [];
}

export default async function Image({ params }: Props) {
  const article = getArticle(await currentEdition(), (await params).slug);
  if (!article) return new Response('Not found', { status: 404 });
  return new ImageResponse(<SocialCard eyebrow={article.category.name} title={article.title} />, {
    ...size,
    fonts: await socialImageFonts(),
  });
}
