import type { Language } from './content/model';
import { siteOrigin } from './site-origin';

/**
 * The one typed site configuration. Everything a route, feed or script needs to know about
 * the publication lives here; nothing else hard-codes a name, domain or size.
 */

export type AdFormat = 'leaderboard' | 'rectangle' | 'in-article' | 'in-feed';

/**
 * A newsletter provider's form endpoint: Buttondown, Mailchimp and ConvertKit all take a plain
 * POST of the address, so the form works without JavaScript.
 */
export interface NewsletterConfig {
  /** https URL the form posts to, e.g. https://buttondown.com/api/emails/embed-subscribe/<name>. */
  action: string;
  /** The form field the provider reads the address from: email (Buttondown), EMAIL (Mailchimp), email_address (ConvertKit). */
  emailField: string;
}

/** The newsletter form from NEWSLETTER_ACTION (and NEWSLETTER_EMAIL_FIELD), read at build; none when unset. */
export function newsletterFrom(action: string | undefined, emailField: string | undefined): NewsletterConfig | null {
  const url = action?.trim();
  if (!url) return null;
  if (!URL.canParse(url) || new URL(url).protocol !== 'https:') {
    throw new Error(`NEWSLETTER_ACTION must be the provider's https:// form URL (got "${action}")`);
  }
  return { action: url, emailField: emailField?.trim() || 'email' };
}

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
  /**
   * How many of the newest articles each build prerenders. Every listing's first page is
   * prerendered too; older articles and later listing pages render on their first request and
   * are then kept like prerendered ones, so a build costs the same at any archive size.
   */
  prerenderArticles: number;
  city: string;
  social: { label: string; url: string }[];
  /** The WebSub hub the feeds name, so readers and aggregators can subscribe to pushes; null for none. */
  websubHub: string | null;
  /** The newsletter sign-up form, posted straight to the provider; null shows none (the default). */
  newsletter: NewsletterConfig | null;
  ads: {
    /** AdSense publisher id (ca-pub-...), or null for placeholders. */
    client: string | null;
    /** Hold every ad script until the reader accepts the consent notice. */
    requireConsent: boolean;
    /** Articles shorter than this many words show only the end-of-article slot. */
    inBodyMinWords: number;
    /** At most one in-body slot per this many words of the body. */
    inBodyEveryWords: number;
    /** In listings, one ad row after every N cards. */
    listingEvery: number;
    slots: {
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
  prerenderArticles: 200,
  city: 'Ho Chi Minh City',
  websubHub: 'https://pubsubhubbub.appspot.com/',
  // Lazy like url: next.config.ts checks NEWSLETTER_ACTION first, with a readable message.
  get newsletter() {
    return newsletterFrom(process.env.NEWSLETTER_ACTION, process.env.NEWSLETTER_EMAIL_FIELD);
  },
  social: [
    { label: 'LinkedIn', url: 'https://www.linkedin.com/company/nowletus' },
    { label: 'GitHub', url: 'https://github.com/nowletus' },
  ],
  ads: {
    client: adClient(process.env.NEXT_PUBLIC_ADSENSE_CLIENT),
    requireConsent: process.env.NEXT_PUBLIC_ADS_REQUIRE_CONSENT === 'true',
    inBodyMinWords: 600,
    inBodyEveryWords: 400,
    listingEvery: 6,
    slots: {
      articleInBody: { id: '1000000002', format: 'in-article' },
      articleEnd: { id: '1000000003', format: 'rectangle' },
      listing: { id: '1000000004', format: 'in-feed' },
    },
  },
};
