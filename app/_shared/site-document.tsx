import type { Metadata, Viewport } from 'next';
import { AdsLoader } from '@/components/ads-loader';
import { ContentProblems } from '@/components/content-problems';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { SkipLink } from '@/components/skip-link';
import { siteConfig } from '@/lib/config';
import type { Language } from '@/lib/content/model';
import { currentEdition } from '@/lib/edition';
import { getContentProblems } from '@/lib/publication';
import '../globals.css';

/** What every root layout declares (there is one per <html lang>, see lib/languages.ts). */
export const siteMetadata: Metadata = {
  metadataBase: new URL(siteConfig.url),
  title: { default: `${siteConfig.name} — ${siteConfig.tagline}`, template: `%s | ${siteConfig.name}` },
  description: siteConfig.description,
};

export const siteViewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#09090b' },
  ],
};

/**
 * The document around every page: <html lang>, skip link, header with the sections, footer,
 * ads. In development, while the content has errors, the editors' list of them replaces the page.
 */
export async function SiteDocument({ lang, children }: { lang: Language; children: React.ReactNode }) {
  // The navigation lists the sections with something to read.
  const [{ categories }, problems] = await Promise.all([currentEdition(), getContentProblems()]);
  return (
    <html lang={lang}>
      <body className="flex min-h-screen flex-col font-sans">
        <SkipLink />
        <SiteHeader categories={categories} />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          {problems.length > 0 ? <ContentProblems problems={problems} /> : children}
        </main>
        <SiteFooter />
        {siteConfig.ads.client && <AdsLoader client={siteConfig.ads.client} requireConsent={siteConfig.ads.requireConsent} />}
      </body>
    </html>
  );
}
