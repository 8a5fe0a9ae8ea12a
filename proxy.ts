import { NextResponse, type NextRequest } from 'next/server';
import { contentPageExists } from './lib/routing';

/**
 * A path no route matches, so Next.js answers with the 404 page and `no-store`. Rewriting to
 * /404 itself would serve the prerendered page with a year-long s-maxage, and a CDN would keep
 * answering 404 for a scheduled article after it went live.
 */
const NO_ROUTE = '/404/no-route';

/** Longest path we route; anything longer cannot name a page here. */
const MAX_PATH_LENGTH = 1024;

/**
 * Paths that no route could serve but that would otherwise reach the router in a form that
 * makes it fail: malformed percent-encoding, control characters (NUL breaks the page cache)
 * or absurd length. They get the ordinary 404 page instead of a 500.
 */
function isUnroutable(rawPath: string): boolean {
  if (rawPath.length > MAX_PATH_LENGTH) return true;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return true;
  }
  return /[\u0000-\u001f\u007f]/.test(decoded);
}

/**
 * Whether the path is unknown to the content: an article, listing or page number that does not
 * exist now. Such requests are answered here: a page that calls notFound() itself sends a
 * 404 whose HTML body is empty until JavaScript draws it (Next.js 16, vercel/next.js#98295).
 * Should the content fail to load, the page is left to report it.
 */
function isMissingContent(rawPath: string): boolean {
  try {
    return contentPageExists(rawPath) === false;
  } catch {
    return false;
  }
}

export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  if (isUnroutable(path) || isMissingContent(path)) {
    return NextResponse.rewrite(new URL(NO_ROUTE, request.url), { status: 404 });
  }
  return NextResponse.next();
}

export const config = {
  matcher: ['/((?!_next/static|_next/image|images/|favicon.ico).*)'],
};
