/**
 * The content routes render on demand what the build did not prerender (an older article, a
 * later page of a listing), so a URL reaching them must be one the build has or will have at a
 * scheduled moment. Everything else is turned away by the router, before any page code runs,
 * with a rewrite to an address no route serves: the designed 404 (app/global-not-found.tsx),
 * rendered in full and stored nowhere. The rules are written into the build's route manifest,
 * like the language rewrites, so they cost a regular expression test per request, not a proxy.
 */
import { allTimeRoutes, listings, routes, type Route, type RouteIndex } from './routes';
import { alternationsOf } from './url-alternation';

interface Rewrite {
  source: string;
  destination: string;
}

/** An address no route serves: the router answers it with the designed 404. */
export const UNKNOWN_CONTENT = '/_unknown-content';

/** The content routes that render on demand, by the shape of their URLs. */
const ON_DEMAND: readonly Route[] = [
  routes.article,
  ...[listings.news, listings.category, listings.tag, listings.author].flatMap((listing) => [listing.first, listing.later]),
].filter((route) => route.pattern.includes(':'));

/**
 * Rewrites, in order: every URL of the on-demand routes that exists at some moment of this
 * build to itself (the router stops there and renders it), then each route's shape to
 * UNKNOWN_CONTENT. Rules for known URLs that must win first (the language routes) go before
 * these in next.config.ts.
 */
export function contentGateRewrites(index: RouteIndex): Rewrite[] {
  const everything = allTimeRoutes(index);
  const known = ON_DEMAND.flatMap((route) => route.instances(everything).map((params) => route.url(params).slice(1)));
  return [
    ...alternationsOf(known).map((alternation) => ({ source: `/:known(${alternation})`, destination: '/:known' })),
    ...ON_DEMAND.map((route) => ({ source: route.pattern, destination: UNKNOWN_CONTENT })),
  ];
}
