import type { Metadata } from 'next';
import { SiteDocument, siteMetadata, siteViewport } from '@/app/_shared/site-document';
import { NotFoundView } from '@/components/not-found-view';
import { siteConfig } from '@/lib/config';
import { currentEdition } from '@/lib/edition';

export const metadata: Metadata = { ...siteMetadata, title: 'Page not found', robots: { index: false } };
export const viewport = siteViewport;

/**
 * The 404 of every URL the site does not have. With one root layout per <html lang> the
 * framework needs a page that brings its own document; it is rendered at build, once.
 */
export default async function GlobalNotFound() {
  return (
    <SiteDocument lang={siteConfig.language}>
      <NotFoundView latest={(await currentEdition()).articles.slice(0, 3)} />
    </SiteDocument>
  );
}
