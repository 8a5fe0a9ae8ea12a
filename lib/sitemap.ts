/**
 * The sitemap: every page the route registry lists in it, at the current edition, each last
 * modified with the newest change it shows. Past 50,000 URLs /sitemap.xml becomes an index of
 * child sitemaps.
 */
import { lastChange, type Article } from './content/model';
import type { Edition } from './edition';
import { routes, SITEMAP_URL_LIMIT } from './routes';
import { absoluteUrl, childSitemapUrl } from './urls';
import { xmlDocument } from './xml';

export { SITEMAP_URL_LIMIT } from './routes';

export interface SitemapEntry {
  /** Absolute URL. */
  url: string;
  lastModified?: Date;
}

function newestChange(articles: readonly Article[]): Date | undefined {
  let latest: Date | undefined;
  for (const article of articles) {
    const changed = lastChange(article);
    if (!latest || changed > latest) latest = changed;
  }
  return latest;
}

/**
 * Every page readers can reach at the edition, as absolute URLs: home, the archive and its
 * pages, each article (last modified = updated or date), the topics page, every section, tag
 * and author with visible articles and their pages. Search is left out (noindex).
 */
export function sitemapEntries(edition: Edition): SitemapEntry[] {
  const newest = newestChange(edition.articles);
  return edition.routes.sitemapPages().map(({ route, params }) => {
    const article = route === routes.article ? edition.article(params.slug ?? '') : null;
    const lastModified = article
      ? lastChange(article)
      : route.listing
        ? newestChange(edition.listingArticles(route.listing, params.slug))
        : newest;
    return { url: absoluteUrl(route.url(params)), lastModified };
  });
}

/** Splits entries into files of at most `limit` URLs (always at least one file). */
export function chunkSitemap<T>(entries: readonly T[], limit = SITEMAP_URL_LIMIT): T[][] {
  if (entries.length === 0) return [[]];
  return Array.from({ length: Math.ceil(entries.length / limit) }, (_, index) => entries.slice(index * limit, (index + 1) * limit));
}

const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

function location(entry: SitemapEntry) {
  return { loc: entry.url, ...(entry.lastModified && { lastmod: entry.lastModified.toISOString() }) };
}

/** A `<urlset>` document. */
export function renderUrlset(entries: readonly SitemapEntry[]): string {
  return xmlDocument({ urlset: { '@xmlns': NAMESPACE, url: entries.map(location) } });
}

/** A `<sitemapindex>` document listing child sitemaps. */
export function renderSitemapIndex(children: readonly SitemapEntry[]): string {
  return xmlDocument({ sitemapindex: { '@xmlns': NAMESPACE, sitemap: children.map(location) } });
}

/**
 * What /sitemap.xml serves: the URL set itself while it fits in one file, otherwise an index
 * of child sitemaps at childSitemapUrl(0..n-1), each last modified with its newest URL.
 */
export function sitemapDocument(entries: readonly SitemapEntry[], limit = SITEMAP_URL_LIMIT): string {
  const chunks = chunkSitemap(entries, limit);
  if (chunks.length === 1) return renderUrlset(entries);
  return renderSitemapIndex(
    chunks.map((chunk, index) => ({
      url: absoluteUrl(childSitemapUrl(index)),
      lastModified: chunk.reduce<Date | undefined>((latest, entry) => (entry.lastModified && (!latest || entry.lastModified > latest) ? entry.lastModified : latest), undefined),
    })),
  );
}

/** Child sitemap `index` as a URL set, or null when the site fits in one file or there is no such child. */
export function childSitemapDocument(entries: readonly SitemapEntry[], index: number, limit = SITEMAP_URL_LIMIT): string | null {
  const chunks = chunkSitemap(entries, limit);
  const chunk = chunks.length > 1 ? chunks[index] : undefined;
  return chunk ? renderUrlset(chunk) : null;
}
