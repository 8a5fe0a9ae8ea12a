import { NextResponse, type NextRequest } from 'next/server';
import { artifactDirectory, readArtifactRoutes } from './lib/artifact';
import { liveRoutesAt, pathExists, type RouteIndex } from './lib/routes';

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

let routeIndex: RouteIndex | null = null;

/**
 * Whether the path names content that does not exist now: an unknown, draft or scheduled
 * article or its share card, an empty or unknown listing, a page past the end. The answer
 * comes from the route index the build compiled, read once. Under `next dev` the pages answer
 * for themselves, as the content changes under them.
 */
function isMissingContent(rawPath: string): boolean {
  if (process.env.NODE_ENV !== 'production') return false;
  routeIndex ??= readArtifactRoutes(artifactDirectory());
  return pathExists(rawPath, liveRoutesAt(routeIndex, new Date())) === false;
}

/**
 * Unknown content is answered here, before any page renders: a page that calls notFound()
 * itself sends a 404 whose HTML body is empty until JavaScript draws it (Next.js 16,
 * vercel/next.js#98295), and rendering it would store a cached page per invented URL.
 */
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
