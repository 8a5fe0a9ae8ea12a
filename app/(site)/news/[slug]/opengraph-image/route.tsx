import { ImageResponse } from 'next/og';
import { SocialCard } from '@/components/social-card';
import { getArticle } from '@/lib/articles';
import { currentEdition } from '@/lib/edition';
import { OG_IMAGE_SIZE, socialImageFonts } from '@/lib/social-image';

// Only articles without a hero share this card (the rest share their hero), and only social
// crawlers ask for it: it is drawn on first request and cached, not at build, where each card
// cost ~70 ms (10 s of a 1,000-article build). An unknown slug gets a 404 that the cache does
// not keep (lib/edition-cache.mjs), so invented URLs store nothing.
export const dynamic = 'force-static';

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle(await currentEdition(), (await params).slug);
  if (!article) return new Response('Not found', { status: 404 });
  return new ImageResponse(<SocialCard eyebrow={article.category.name} title={article.title} />, {
    ...OG_IMAGE_SIZE,
    fonts: await socialImageFonts(),
  });
}
