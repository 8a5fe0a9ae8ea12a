/**
 * The content routes render on demand what the build did not prerender (an older article, a
 * later page of a listing), so a URL reaching them must be one the build has or will have at a
 * scheduled moment. Everything else is turned away by the router, before any page code runs,
 * with a rewrite to an address no route serves: the designed 404 (app/global-not-found.tsx),
 * rendered in full and stored nowhere. The same rules send an article in another language to
 * its internal route (lib/languages.ts). They are written into the build's route manifest, so
 * no proxy runs for them.
 *
 * Their cost is not a regular expression test alone: before it renders a page, Next.js reads
 * the rewrites again and compiles each rule it tries, in order, until one matches, on every
 * request (some 20 microseconds per 1,000 characters of rule). So the first rules hold the
 * URLs readers ask for most, the newest articles and each listing's first page, and a request
 * for them costs the same at any archive size; older URLs follow in the denser sorted rules.
 */
import { siteConfig } from './config';
import type { Language } from './content/model';
import { OTHER_LANGUAGES } from './languages';
import { allTimeRoutes, listings, routes, type Route, type RouteIndex } from './routes';
import { alternationsOf } from './url-alternation';

interface Rewrite {
  source: string;
  destination: string;
}

/** An address no route serves: the router answers it with the designed 404. */
export const UNKNOWN_CONTENT = '/_unknown-content';

const LISTINGS = [listings.news, listings.category, listings.tag, listings.author];

/** Routes that render on demand, by the shape of their URLs: their URLs are given by a pattern. */
const onDemand = (list: readonly Route[]) => list.filter((route) => route.pattern.includes(':'));

/** The first pages of the listings, then the later pages: readers mostly open the first. */
const FIRST_PAGES = onDemand(LISTINGS.map((listing) => listing.first));
const LATER_PAGES = onDemand(LISTINGS.map((listing) => listing.later));

/** A URL the build knows (without its leading slash) and the language of its page. */
interface KnownUrl {
  path: string;
  lang: Language;
}

/**
 * Rules sending each known URL where it is rendered: itself, or for an article in another
 * language its internal route (lib/languages.ts). The site's language first.
 */
function knownRules(urls: readonly KnownUrl[]): Rewrite[] {
  return [siteConfig.language, ...OTHER_LANGUAGES].flatMap((lang) =>
    alternationsOf(urls.filter((url) => url.lang === lang).map((url) => url.path)).map((alternation) => ({
      source: `/:known(${alternation})`,
      destination: lang === siteConfig.language ? '/:known' : `/${lang}/:known`,
    })),
  );
}

/**
 * Rewrites, in order: every URL of the on-demand routes that exists at some moment of this
 * build to where it is rendered (the router stops there), the most read first, then each
 * route's shape to UNKNOWN_CONTENT.
 */
export function contentGateRewrites(index: RouteIndex): Rewrite[] {
  const everything = allTimeRoutes(index);
  const listingUrls = (list: readonly Route[]) =>
    list.flatMap((route) => route.instances(everything).map((params) => ({ path: route.url(params).slice(1), lang: siteConfig.language })));
  // The route index lists articles newest first.
  const articles = everything.articleSlugs().map((slug) => ({ path: routes.article.url({ slug }).slice(1), lang: everything.articleLang(slug)! }));
  const mostRead = [...articles.slice(0, siteConfig.prerenderArticles), ...listingUrls(FIRST_PAGES)];
  const rest = [...articles.slice(siteConfig.prerenderArticles), ...listingUrls(LATER_PAGES)];
  return [
    ...knownRules(mostRead),
    ...knownRules(rest),
    ...onDemand([routes.article, ...FIRST_PAGES, ...LATER_PAGES]).map((route) => ({ source: route.pattern, destination: UNKNOWN_CONTENT })),
  ];
}
