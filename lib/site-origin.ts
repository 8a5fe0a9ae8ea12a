/** SITE_URL, checked: the one place that decides the site's public origin. */

/** The origin a build uses when SITE_URL is not set: fine for a laptop, wrong for the public. */
export const DEFAULT_ORIGIN = 'http://localhost:3000';

/**
 * The site's origin from a SITE_URL value: an absolute http(s) URL, reduced to its origin.
 * Throws an error naming SITE_URL and the value otherwise.
 */
export function siteOrigin(raw: string | undefined): string {
  const value = raw?.trim();
  if (!value) return DEFAULT_ORIGIN;
  const url = URL.canParse(value) ? new URL(value) : null;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname || url.username || url.password) {
    throw new Error(`SITE_URL must be the site's public origin, an absolute http(s) URL such as https://news.example.com (got "${raw}")`);
  }
  return url.origin;
}
