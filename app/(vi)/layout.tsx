import { SiteDocument, siteMetadata, siteViewport } from '@/app/_shared/site-document';

export const metadata = siteMetadata;
export const viewport = siteViewport;

/** The root layout of articles written in Vietnamese, reached by a rewrite of /news/<slug> (lib/languages.ts). */
export default function VietnameseLayout({ children }: { children: React.ReactNode }) {
  return <SiteDocument lang="vi">{children}</SiteDocument>;
}
