import { getAuthors, getCategories, getPublishedArticles, type Article, type Author, type Category } from './articles';
import { siteConfig } from './config';
import { pageCount } from './pagination';
import { absoluteUrl, articleUrl, authorUrl, categoriesUrl, categoryUrl, homeUrl, newsUrl, tagUrl } from './urls';

/** The sitemap protocol's limit of URLs per file (https://www.sitemaps.org/protocol.html). */
export const SITEMAP_URL_LIMIT = 50_000;

export interface SitemapEntry {
  /** Absolute URL. */
  url: string;
  lastModified?: Date;
}

export interface SitemapInput {
  /** Published articles only, newest first. */
  articles: readonly Article[];
  categories: readonly Category[];
  authors: readonly Author[];
  pageSize?: number;
}

/** Site path of child sitemap `index` (0-based), listed by the index at /sitemap.xml. */
export const childSitemapPath = (index: number) => `/sitemaps/${index}.xml`;

function lastChange(articles: readonly Article[]): Date | undefined {
  let latest: Date | undefined;
  for (const article of articles) {
    const changed = article.updated ?? article.date;
    if (!latest || changed > latest) latest = changed;
  }
  return latest;
}

/** Every page of a paginated listing (page 1 is the bare URL), each last changed with its newest article. */
function listingEntries(articles: readonly Article[], pageUrl: (page: number) => string, pageSize: number): SitemapEntry[] {
  const lastModified = lastChange(articles);
  return Array.from({ length: pageCount(articles.length, pageSize) }, (_, index) => ({ url: absoluteUrl(pageUrl(index + 1)), lastModified }));
}

function groupBy(articles: readonly Article[], keys: (article: Article) => string[]): Map<string, Article[]> {
  const groups = new Map<string, Article[]>();
  for (const article of articles) {
    for (const key of keys(article)) {
      const group = groups.get(key);
      if (group) group.push(article);
      else groups.set(key, [article]);
    }
  }
  return groups;
}

/**
 * Every page a reader can reach, as absolute URLs: home, the news listing and its pages,
 * each article (last modified = updated or date), the topics page, every category and its
 * pages, every tag in use and every author with a published article. /search is left out
 * (noindex).
 */
export function sitemapEntries({ articles, categories, authors, pageSize = siteConfig.pageSize }: SitemapInput): SitemapEntry[] {
  const newest = lastChange(articles);
  const byCategory = groupBy(articles, (article) => [article.category.slug]);
  const byTag = groupBy(articles, (article) => article.tags.map((tag) => tag.slug));
  const byAuthor = groupBy(articles, (article) => (article.author ? [article.author.slug] : []));

  return [
    { url: absoluteUrl(homeUrl()), lastModified: newest },
    ...listingEntries(articles, newsUrl, pageSize),
    ...articles.map((article) => ({ url: absoluteUrl(articleUrl(article.slug)), lastModified: article.updated ?? article.date })),
    { url: absoluteUrl(categoriesUrl()), lastModified: newest },
    ...categories.flatMap((category) =>
      listingEntries(byCategory.get(category.slug) ?? [], (page) => categoryUrl(category.slug, page), pageSize),
    ),
    ...[...byTag.keys()].sort().flatMap((slug) => listingEntries(byTag.get(slug) ?? [], (page) => tagUrl(slug, page), pageSize)),
    ...authors
      .filter((author) => byAuthor.has(author.slug))
      .flatMap((author) => listingEntries(byAuthor.get(author.slug) ?? [], (page) => authorUrl(author.slug, page), pageSize)),
  ];
}

/** Splits entries into files of at most `limit` URLs (always at least one file). */
export function chunkSitemap<T>(entries: readonly T[], limit = SITEMAP_URL_LIMIT): T[][] {
  if (entries.length === 0) return [[]];
  return Array.from({ length: Math.ceil(entries.length / limit) }, (_, index) => entries.slice(index * limit, (index + 1) * limit));
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

function location(entry: SitemapEntry): string {
  const lastmod = entry.lastModified ? `<lastmod>${entry.lastModified.toISOString()}</lastmod>` : '';
  return `<loc>${escapeXml(entry.url)}</loc>${lastmod}`;
}

/** A `<urlset>` document. */
export function renderUrlset(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) => `<url>${location(entry)}</url>\n`).join('');
  return `${XML_DECLARATION}<urlset xmlns="${NAMESPACE}">\n${urls}</urlset>\n`;
}

/** A `<sitemapindex>` document listing child sitemaps. */
export function renderSitemapIndex(children: readonly SitemapEntry[]): string {
  const sitemaps = children.map((child) => `<sitemap>${location(child)}</sitemap>\n`).join('');
  return `${XML_DECLARATION}<sitemapindex xmlns="${NAMESPACE}">\n${sitemaps}</sitemapindex>\n`;
}

/**
 * What /sitemap.xml serves: the URL set itself while it fits in one file, otherwise an index
 * of child sitemaps at childSitemapPath(0..n-1), each last modified with its newest URL.
 */
export function sitemapDocument(entries: readonly SitemapEntry[], limit = SITEMAP_URL_LIMIT): string {
  const chunks = chunkSitemap(entries, limit);
  if (chunks.length === 1) return renderUrlset(entries);
  return renderSitemapIndex(
    chunks.map((chunk, index) => ({
      url: absoluteUrl(childSitemapPath(index)),
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

export function getSitemapEntries(): SitemapEntry[] {
  return sitemapEntries({ articles: getPublishedArticles(), categories: getCategories(), authors: getAuthors() });
}

/** Number of child sitemaps behind the index; 0 when /sitemap.xml holds every URL itself. */
export function getChildSitemapCount(): number {
  const chunks = chunkSitemap(getSitemapEntries());
  return chunks.length > 1 ? chunks.length : 0;
}
