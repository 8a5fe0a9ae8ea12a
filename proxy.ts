import { NextResponse, type NextRequest } from 'next/server';

/**
 * A path no route matches, so Next.js answers with the designed 404 page and `no-store`.
 * Rewriting to /404 itself would serve the prerendered page with a year-long s-maxage.
 */
const NO_ROUTE = '/404/no-route';

/** Whether a path's percent-encoding is malformed (`/news/%E0%A4%A`): a route given it answers 500. */
function isMalformed(rawPath: string): boolean {
  try {
    decodeURIComponent(rawPath);
    return false;
  } catch {
    return true;
  }
}

/**
 * Only paths with a %-escape come here (see the matcher): the framework answers a malformed
 * one in a route's dynamic segment with a 500, so it gets the ordinary 404 instead. Every
 * other request skips the proxy, which would cost each one more than rendering from the cache
 * (lib/edition-cache.mjs and the routes' static params answer the rest).
 */
export function proxy(request: NextRequest) {
  if (isMalformed(request.nextUrl.pathname)) return NextResponse.rewrite(new URL(NO_ROUTE, request.url), { status: 404 });
  return NextResponse.next();
}

export const config = {
  matcher: ['/:path(.*%.*)'],
};
