/**
 * What a search request asks, read the same way by the proxy and the results page: the query
 * normalised, the page number, and the internal address a query's results are rendered and
 * cached at. It imports nothing, so proxy.ts can use it without the search index.
 */

/** Longest query we look at, in characters; anything longer is cut, not rejected. */
export const MAX_QUERY_LENGTH = 200;

/**
 * The internal route of one page of results: `/search?q=budgets&page=2` is rendered as
 * `/search-results/<query>/2`, so each page of answers is cached like any other page
 * (lib/edition-cache.mjs keeps a bounded number of them, in memory only). Readers never see it.
 */
export const SEARCH_RESULTS_ROUTE = '/search-results';

function firstValue(raw: unknown): unknown {
  return Array.isArray(raw) ? raw[0] : raw;
}

/**
 * The query as the page uses it: the first `q` when repeated, no control characters or
 * lone surrogates (which would make encodeURIComponent throw), collapsed spaces, at most
 * MAX_QUERY_LENGTH characters.
 */
export function normaliseQuery(raw: unknown): string {
  const value = firstValue(raw);
  if (typeof value !== 'string') return '';
  const clean = value
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/\p{Cf}/gu, '')
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return Array.from(clean).slice(0, MAX_QUERY_LENGTH).join('').trim();
}

/** `?page=N` as a page number; anything but a plain positive integer is page 1. */
export function parseResultsPage(raw: unknown): number {
  const value = firstValue(raw);
  return typeof value === 'string' && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : 1;
}

/**
 * The internal path of a normalised query's results page. The query travels as base64url of
 * its UTF-8 bytes: one path segment of [A-Za-z0-9_-] whatever it holds (slashes, percent
 * signs, dots), so no decoding step can read it two ways.
 */
export function searchResultsPath(query: string, page: number): string {
  return `${SEARCH_RESULTS_ROUTE}/${Buffer.from(query, 'utf8').toString('base64url')}/${page}`;
}

/** The query and page of an internal results path's segments, normalised again. */
export function fromResultsSegments(segments: { query: string; page: string }): { query: string; page: number } {
  const query = /^[A-Za-z0-9_-]*$/.test(segments.query) ? Buffer.from(segments.query, 'base64url').toString('utf8') : '';
  return { query: normaliseQuery(query), page: parseResultsPage(segments.page) };
}
