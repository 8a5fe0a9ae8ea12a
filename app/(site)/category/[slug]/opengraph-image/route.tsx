import { ImageResponse } from 'next/og';
import { SocialCard } from '@/components/social-card';
import { currentEdition } from '@/lib/edition';
import { allTimeRoutes, routes } from '@/lib/routes';
import { OG_IMAGE_SIZE, socialImageFonts } from '@/lib/social-image';

// A route handler rather than opengraph-image.tsx, whose URL inside a route group carries a
// hash. Drawn at build for every section this build will ever show; any other slug is a 404.
export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  return routes.categoryImage.instances(allTimeRoutes((await currentEdition()).publication.routeIndex));
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const category = (await currentEdition()).category((await params).slug);
  if (!category) return new Response('Not found', { status: 404 });
  return new ImageResponse(<SocialCard eyebrow="Topic" title={category.name} subtitle={category.description} />, {
    ...OG_IMAGE_SIZE,
    fonts: await socialImageFonts(),
  });
}
