import { getArticle } from './articles';
import { getAuthorListing, getCategoryListing, getNewsListing, getTagListing, laterListingPage } from './listings';

type Exists = (...segments: string[]) => boolean;

/**
 * The routes whose pages depend on the content, each with the question its page asks before
 * rendering. Segments arrive percent-decoded, as the pages receive them in `params`.
 */
const CONTENT_ROUTES: [RegExp, Exists][] = [
  [/^\/news$/, () => getNewsListing() !== null],
  [/^\/news\/page\/([^/]+)$/, (page) => laterListingPage(page, getNewsListing) !== null],
  [/^\/news\/([^/]+)$/, (slug) => getArticle(slug) !== null],
  [/^\/category\/([^/]+)$/, (slug) => getCategoryListing(slug) !== null],
  [/^\/category\/([^/]+)\/page\/([^/]+)$/, (slug, page) => laterListingPage(page, (n) => getCategoryListing(slug, n)) !== null],
  [/^\/tags\/([^/]+)$/, (tag) => getTagListing(tag) !== null],
  [/^\/tags\/([^/]+)\/page\/([^/]+)$/, (tag, page) => laterListingPage(page, (n) => getTagListing(tag, n)) !== null],
  [/^\/authors\/([^/]+)$/, (slug) => getAuthorListing(slug) !== null],
  [/^\/authors\/([^/]+)\/page\/([^/]+)$/, (slug, page) => laterListingPage(page, (n) => getAuthorListing(slug, n)) !== null],
];

/**
 * Whether a path under one of the content routes names a page that exists now: false for an
 * unknown slug, a draft, a scheduled article or a page past the end; null for every other path,
 * which the router settles alone. `pathname` is the raw, still percent-encoded request path.
 */
export function contentPageExists(pathname: string): boolean | null {
  for (const [pattern, exists] of CONTENT_ROUTES) {
    const match = pattern.exec(pathname);
    if (!match) continue;
    try {
      return exists(...match.slice(1).map((segment) => decodeURIComponent(segment)));
    } catch {
      return false; // malformed percent-encoding names nothing
    }
  }
  return null;
}
