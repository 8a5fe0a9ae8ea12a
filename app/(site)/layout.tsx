import { SiteDocument, siteMetadata, siteViewport } from '@/app/_shared/site-document';
import { siteConfig } from '@/lib/config';

export const metadata = siteMetadata;
export const viewport = siteViewport;

/** The root layout of every page in the site's own language. */
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteDocument lang={siteConfig.language}>{children}</SiteDocument>;
}
