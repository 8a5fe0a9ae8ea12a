import type { Language } from './content/model';
import { siteOrigin } from './site-origin';

/**
 * The one typed site configuration. Everything a route, feed or script needs to know about
 * the publication lives here; nothing else hard-codes a name, domain or size.
 */

export type AdFormat = 'leaderboard' | 'rectangle' | 'in-article' | 'in-feed';

export interface AdSlotConfig {
  /** The ad network's slot id, also shown in the placeholder. */
  id: string;
  format: AdFormat;
}

export interface SiteConfig {
  name: string;
  tagline: string;
  description: string;
  /** Absolute origin without a trailing slash, from SITE_URL. */
  url: string;
  locale: string;
  /** The site's own language: its pages' and articles' default. */
  language: Language;
  timeZone: string;
  pageSize: number;
  relatedCount: number;
  city: string;
  social: { label: string; url: string }[];
  /** The WebSub hub the feeds name, so readers and aggregators can subscribe to pushes; null for none. */
  websubHub: string | null;
  ads: {
    /** AdSense publisher id (ca-pub-...), or null for placeholders. */
    client: string | null;
    /** Hold every ad script until the reader accepts the consent notice. */
    requireConsent: boolean;
    /** Show the in-body slot after this paragraph, when the body has more paragraphs than this. */
    inBodyAfterParagraph: number;
    /** In listings, one ad row after every N cards. */
    listingEvery: number;
    slots: {
      articleTop: AdSlotConfig;
      articleInBody: AdSlotConfig;
      articleEnd: AdSlotConfig;
      listing: AdSlotConfig;
    };
  };
}

function adClient(raw: string | undefined): string | null {
  const value = raw?.trim();
  return value ? value : null;
}

let origin: string | undefined;

export const siteConfig: SiteConfig = {
  name: 'NOW LET US',
  tagline: 'Digital Product Studio',
  description:
    'Notes from a digital product studio in Ho Chi Minh City: tools, design, engineering and the craft of shipping products.',
  // Read when first asked, not when this module loads: next.config.ts imports the
  // configuration and checks SITE_URL itself, with a readable message.
  get url() {
    origin ??= siteOrigin(process.env.SITE_URL);
    return origin;
  },
  locale: 'en-GB',
  language: 'en',
  timeZone: 'Asia/Ho_Chi_Minh',
  pageSize: 9,
  relatedCount: 6,
  city: 'Ho Chi Minh City',
  websubHub: 'https://pubsubhubbub.appspot.com/',
  social: [
    { label: 'LinkedIn', url: 'https://www.linkedin.com/company/nowletus' },
    { label: 'GitHub', url: 'https://github.com/nowletus' },
  ],
  ads: {
    client: adClient(process.env.NEXT_PUBLIC_ADSENSE_CLIENT),
    requireConsent: process.env.NEXT_PUBLIC_ADS_REQUIRE_CONSENT === 'true',
    inBodyAfterParagraph: 4,
    listingEvery: 6,
    slots: {
      articleTop: { id: '1000000001', format: 'leaderboard' },
      articleInBody: { id: '1000000002', format: 'in-article' },
      articleEnd: { id: '1000000003', format: 'rectangle' },
      listing: { id: '1000000004', format: 'in-feed' },
    },
  },
};
