import { NextResponse, type NextRequest } from 'next/server';
import { normaliseQuery, parseResultsPage, searchResultsPath } from './lib/search-query';
import { ALLOWED_METHODS, READ_METHODS } from './lib/security';

/**
 * A path no route matches, so Next.js answers with the designed 404 page and `no-store`.
 * Rewriting to /404 itself would serve the prerendered page with a year-long s-maxage.
 */
const NO_ROUTE = '/404/no-route';

/** The framework's own error page, prerendered at a public URL where it answered 200 to anyone. */
const GLOBAL_ERROR = '/_global-error';

/** Whether a path's percent-encoding is malformed (`/news/%E0%A4%A`): a route given it answers 500. */
function isMalformed(rawPath: string): boolean {
  try {
    decodeURIComponent(rawPath);
    return false;
  } catch {
    return true;
  }
}

/** The search page's address; its results are rendered at lib/search-query.ts's SEARCH_RESULTS_ROUTE. */
const SEARCH = '/search';

/** `/news/` and `/news//` to `/news`, query kept; the router makes the Location relative. */
function withoutTrailingSlash(request: NextRequest): NextResponse {
  const url = new URL(request.url);
  url.pathname = url.pathname.replace(/\/+$/, '').replace(/^\/+/, '/') || '/';
  return NextResponse.redirect(url, 308);
}

/**
 * Only the requests the matcher names come here. Every other one skips the proxy, which would
 * add about half again to the cost of an article served from the cache (docs/security.md):
 * - a path with a %-escape: the framework answers a malformed one in a route's dynamic segment
 *   with a 500, so it gets the ordinary 404 instead;
 * - /_global-error: a 404, like any other URL that is not content;
 * - /search with a query: rewritten to the internal page of that query's results, so each is
 *   rendered once and then answered from the cache like an article (lib/search-query.ts);
 * - a path with a trailing slash: redirected here rather than by the framework, whose redirects
 *   carry none of the headers of next.config.ts (`skipTrailingSlashRedirect` hands them over);
 * - the route handlers drawn or rendered on a request and then cached (share cards, section
 *   feeds, child sitemaps): Next.js caches whatever the first request after a publication gets,
 *   so an OPTIONS or PUT there would be what every reader gets next. They take GET and HEAD, as
 *   does the news sitemap, rendered on every request, whose 405 would have no `Allow`.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (isMalformed(pathname) || pathname === GLOBAL_ERROR) return NextResponse.rewrite(new URL(NO_ROUTE, request.url), { status: 404 });
  if (pathname.length > 1 && pathname.endsWith('/')) return withoutTrailingSlash(request);
  if (!READ_METHODS.includes(request.method)) {
    return new NextResponse('Method not allowed\n', {
      status: 405,
      headers: { Allow: ALLOWED_METHODS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'private, no-store' },
    });
  }
  if (pathname === SEARCH) {
    const query = normaliseQuery(request.nextUrl.searchParams.get('q'));
    if (query) return NextResponse.rewrite(new URL(searchResultsPath(query, parseResultsPage(request.nextUrl.searchParams.get('page'))), request.url));
  }
  return NextResponse.next();
}

export const config = {
  matcher: ['/:path(.*%.*)', '/_global-error', '/search', '/:path(.+/)', '/:path+/opengraph-image', '/:path+/feed.xml', '/sitemaps/:file', '/news-sitemap.xml'],
};
