/**
 * Response headers for every route. Pure so the policy can be tested and read in one place;
 * next.config.ts applies it.
 */

/** Hosts the AdSense tag loads scripts, frames and beacons from. */
const AD_HOSTS = [
  'https://pagead2.googlesyndication.com',
  'https://*.googlesyndication.com',
  'https://*.doubleclick.net',
  'https://*.google.com',
  'https://*.gstatic.com',
  'https://*.adtrafficquality.google',
];

export interface SecurityOptions {
  adsEnabled: boolean;
  development: boolean;
  /** HSTS only makes sense once the site is served over https. */
  https: boolean;
  /** Where the newsletter form posts, when there is one. */
  newsletterAction?: string | null;
}

export function contentSecurityPolicy({ adsEnabled, development, newsletterAction }: SecurityOptions): string {
  const ads = adsEnabled ? AD_HOSTS : [];
  // Prerendered pages carry Next's inline bootstrap scripts, which a per-request nonce cannot
  // cover without giving up static rendering; bodies are sanitised at build instead.
  const scripts = ["'self'", "'unsafe-inline'", ...(development ? ["'unsafe-eval'"] : []), ...ads];
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': scripts,
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...(adsEnabled ? ['https:'] : [])],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...ads, ...(development ? ['ws:'] : [])],
    'frame-src': adsEnabled ? ads : ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'", ...(newsletterAction ? [new URL(newsletterAction).origin] : [])],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

export function securityHeaders(options: SecurityOptions): { key: string; value: string }[] {
  const headers = [
    { key: 'Content-Security-Policy', value: contentSecurityPolicy(options) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
  if (options.https && !options.development) {
    headers.push({ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' });
  }
  return headers;
}
