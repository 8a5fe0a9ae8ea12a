/**
 * Response headers for every route, and what a request the site cannot serve is answered with.
 * Pure so the policy can be tested and read in one place; next.config.ts applies the headers,
 * proxy.ts and pages/_error.tsx the answers. docs/security.md explains the choices.
 */
import { parseAndValidateFlightRouterState } from 'next/dist/server/app-render/parse-and-validate-flight-router-state';
import { siteConfig } from './config';

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

/** This build's options, from the site configuration: next.config.ts and the error page agree. */
export function siteSecurityOptions(): SecurityOptions {
  return {
    adsEnabled: siteConfig.ads.client !== null,
    development: process.env.NODE_ENV === 'development',
    https: siteConfig.url.startsWith('https://'),
    newsletterAction: siteConfig.newsletter?.action ?? null,
  };
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

/**
 * What a file under public/images is served with, in place of the site's policy: anyone can add
 * a file there in a pull request, and an SVG or HTML file opened on its own must not run script
 * with the site's origin. `sandbox` gives the document an opaque origin with scripts disabled;
 * the sources cover what an image itself may draw on. An <img> ignores its file's policy.
 */
export const PUBLIC_FILE_POLICY = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox";

export function publicFileHeaders(): { key: string; value: string }[] {
  return [{ key: 'Content-Security-Policy', value: PUBLIC_FILE_POLICY }];
}

/** The only methods any URL of the site takes: it publishes, and accepts nothing from readers. */
export const READ_METHODS: readonly string[] = ['GET', 'HEAD'];

/** The `Allow` header of a 405 answer. */
export const ALLOWED_METHODS = READ_METHODS.join(', ');

export interface FailedRequest {
  /** The status the framework gave the failure. */
  status: number;
  method: string | undefined;
  /** The client router's state header (`Next-Router-State-Tree`), when the request had one. */
  routerState: string | string[] | undefined;
}

/** Whether the renderer can parse a router state header: its own parser decides. */
function isReadableRouterState(value: string | string[]): boolean {
  try {
    parseAndValidateFlightRouterState(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * The status an error page answers with. A server failure the request itself caused is the
 * client's error, never a 5xx: a method no URL takes (TRACE, which the framework cannot even
 * turn into a Request, fails every route handler and the proxy) is a 405, and a router state
 * header the renderer cannot parse (it fails a search rendered for that request) is a 400.
 */
export function errorStatus({ status, method, routerState }: FailedRequest): number {
  if (status < 500) return status;
  if (method !== undefined && !READ_METHODS.includes(method)) return 405;
  if (routerState !== undefined && !isReadableRouterState(routerState)) return 400;
  return status;
}
