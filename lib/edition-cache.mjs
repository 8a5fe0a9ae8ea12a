/**
 * The incremental cache of a production server: Next.js's own file-system cache, with one
 * rule added. A cached page rendered before the latest publication moment (a scheduled
 * article going live) is out of date, so it is rendered again before it is served, on its
 * first request after that moment. Each replica applies the rule to its own cache with its
 * own clock and the build's route index, so every replica and every restart agrees, with no
 * shared store, no timer and no rebuild. Pages rendered at build are dated by the build.
 *
 * It also keeps nothing for content that does not exist: an answer with status 404 rendered
 * at run time (a share card for an unknown slug) is not stored, so invented URLs cannot fill
 * the disk. Search results pages (lib/search-query.ts), one per query anyone can invent, are
 * kept in memory only, the SEARCH_PAGES_KEPT most recently used, and never on disk.
 *
 * Plain JavaScript: Next.js loads the cache handler itself, outside the bundles.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default;

/** A render that started just before a moment can be stored just after it: such entries render once more. */
const MOMENT_MARGIN_MS = 5000;

/** Search results pages kept, in memory: each is some 50-100 KB (HTML and flight data). */
export const SEARCH_PAGES_KEPT = 200;

/** The internal route of search results (SEARCH_RESULTS_ROUTE in lib/search-query.ts), as it appears in cache keys. */
const SEARCH_RESULTS_KEY = '/search-results/';

/** Search results pages by cache key, least recently used first (a Map keeps insertion order). */
const searchPages = new Map();

function keepSearchPage(key, entry) {
  searchPages.delete(key);
  if (searchPages.size >= SEARCH_PAGES_KEPT) searchPages.delete(searchPages.keys().next().value);
  searchPages.set(key, entry);
}

function searchPage(key) {
  const entry = searchPages.get(key);
  if (entry) {
    searchPages.delete(key);
    searchPages.set(key, entry);
  }
  return entry ?? null;
}

/** Moments by server folder: Next.js makes a cache handler for every request, the moments are read once. */
const momentsByBuild = new Map();

/** The sorted publication moments of the build's route index (lib/routes.ts), or none. */
function readMoments(serverDistDir) {
  let moments = momentsByBuild.get(serverDistDir);
  if (!moments) {
    const file = path.join(serverDistDir, '..', 'publication', 'routes.json');
    const index = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { articles: [] };
    moments = [...new Set(index.articles.map((article) => article.visibleFrom))].sort((a, b) => a - b);
    momentsByBuild.set(serverDistDir, moments);
  }
  return moments;
}

/** The latest moment at or before `now` (the current edition's start), or -Infinity. */
export function editionStart(moments, now) {
  let low = 0;
  let high = moments.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (moments[middle] <= now) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? -Infinity : moments[low - 1];
}

export default class EditionCache extends FileSystemCache {
  constructor(context) {
    super(context);
    this.building = process.env.NEXT_PHASE === 'phase-production-build';
    this.moments = this.building || !context.serverDistDir ? [] : readMoments(context.serverDistDir);
  }

  async get(...args) {
    const entry = args[0].includes(SEARCH_RESULTS_KEY) ? searchPage(args[0]) : await super.get(...args);
    if (entry && entry.lastModified !== -1 && entry.lastModified < editionStart(this.moments, Date.now()) + MOMENT_MARGIN_MS) {
      // -1 tells Next.js the entry has expired: render again before answering.
      return { ...entry, lastModified: -1 };
    }
    return entry;
  }

  async set(key, data, context) {
    if (!this.building && data?.status === 404) return;
    if (key.includes(SEARCH_RESULTS_KEY)) {
      if (data) keepSearchPage(key, { lastModified: Date.now(), value: data, cacheControl: context?.cacheControl });
      return;
    }
    return super.set(key, data, context);
  }
}
