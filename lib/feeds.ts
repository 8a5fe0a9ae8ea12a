import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { Feed, type Item } from 'feed';
import { visit } from 'unist-util-visit';
import { siteConfig } from './config';
import { blocksHtml, byNewest, lastChange, type Article, type ArticleBody, type Category } from './content/model';
import type { Edition } from './edition';
import { siteYear } from './dates';
import { isoDateTime } from './seo';
import { absoluteUrl, articleUrl, authorUrl, categoryFeedUrl, categoryUrl, feedUrls, homeUrl, tagUrl } from './urls';

/** How many of the newest articles a feed carries. */
export const FEED_SIZE = 50;

export const RSS_CONTENT_TYPE = 'application/rss+xml; charset=utf-8';
export const JSON_FEED_CONTENT_TYPE = 'application/feed+json; charset=utf-8';

export interface FeedOptions {
  title: string;
  description: string;
  /** Site path of the HTML page the feed mirrors (home, or a category). */
  pagePath: string;
  rssPath: string;
  jsonPath?: string;
}

const HAS_SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

/**
 * The body HTML with every relative `href` and `src` resolved against `baseUrl` (the
 * article's absolute URL, so `#fn-1` stays on the article), for readers that show the
 * content away from the site. Absolute and `mailto:` URLs are left alone.
 */
export function absoluteHtmlUrls(html: string, baseUrl: string): string {
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (element: Element) => {
    for (const name of ['href', 'src'] as const) {
      const value = element.properties[name];
      if (typeof value !== 'string' || HAS_SCHEME.test(value) || !URL.canParse(value, baseUrl)) continue;
      element.properties[name] = new URL(value, baseUrl).toString();
    }
  });
  return toHtml(tree);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** feed writes CDATA sections and only splits the first `]]>`; `]]&gt;` is the same HTML. */
function cdataSafe(html: string): string {
  return html.replace(/]]>/g, ']]&gt;');
}

/** The newest FEED_SIZE of `articles`. */
export function feedArticles(articles: readonly Article[], limit = FEED_SIZE): Article[] {
  return [...articles].sort(byNewest).slice(0, limit);
}

/** The articles a feed may carry and a way to their bodies. */
export interface FeedSource {
  articles: readonly Article[];
  body: (slug: string) => ArticleBody | null;
}

/** dc:creator for the writer, atom:updated for an article updated since it was published. */
function rssExtensions(article: Article): Item['extensions'] {
  return [
    ...(article.author ? [{ name: 'dc:creator', objects: { _text: article.author.name } }] : []),
    ...(article.updated ? [{ name: 'atom:updated', objects: { _text: isoDateTime(article.updated) } }] : []),
  ];
}

function item(article: Article, body: ArticleBody | null, format: 'rss' | 'json'): Item {
  const url = absoluteUrl(articleUrl(article.slug));
  const content = absoluteHtmlUrls(body ? blocksHtml(body.blocks) : '', url);
  return {
    id: url,
    link: url,
    // Titles and descriptions are plain text; RSS readers read both as HTML, so markup in them
    // is escaped (JSON Feed's title and summary are plain text already).
    title: format === 'rss' ? cdataSafe(escapeHtml(article.title)) : article.title,
    description: format === 'rss' ? cdataSafe(escapeHtml(article.description)) : article.description,
    content: format === 'rss' ? cdataSafe(content) : content,
    // RSS's pubDate is the publication; JSON Feed gets date_published and date_modified.
    date: format === 'rss' ? article.date : lastChange(article),
    published: article.date,
    // RSS's own <author> must be an email address; RSS names the writer with dc:creator instead.
    author: article.author && format === 'json' ? [{ name: article.author.name, link: absoluteUrl(authorUrl(article.author.slug)) }] : undefined,
    extensions: format === 'rss' ? rssExtensions(article) : undefined,
    category: [
      { name: article.category.name, domain: absoluteUrl(categoryUrl(article.category.slug)) },
      ...article.tags.map((tag) => ({ name: tag.label, domain: absoluteUrl(tagUrl(tag.slug)) })),
    ],
    image: article.image ? absoluteUrl(article.image.src) : undefined,
  };
}

function buildFeed(source: FeedSource, options: FeedOptions, format: 'rss' | 'json'): Feed {
  const newest = feedArticles(source.articles);
  const updated = newest.map(lastChange).sort((a, b) => b.getTime() - a.getTime())[0];
  const feed = new Feed({
    id: absoluteUrl(options.pagePath),
    link: absoluteUrl(options.pagePath),
    title: options.title,
    description: options.description,
    language: siteConfig.language,
    updated,
    image: absoluteUrl('/apple-icon'),
    favicon: absoluteUrl('/icon.svg'),
    copyright: `© ${siteYear(updated ?? new Date())} ${siteConfig.name}. All rights reserved.`,
    feedLinks: { rss: absoluteUrl(options.rssPath), ...(options.jsonPath && { json: absoluteUrl(options.jsonPath) }) },
    hub: siteConfig.websubHub ?? undefined,
    ttl: 60,
  });
  for (const article of newest) feed.addItem(item(article, source.body(article.slug), format));
  return feed;
}

/** An RSS 2.0 document of the newest articles, with full content and absolute URLs. */
export function rssFeed(source: FeedSource, options: FeedOptions): string {
  return buildFeed(source, options, 'rss').rss2();
}

interface JsonFeedAuthor {
  name?: string;
  url?: string;
}

interface JsonFeedDocument extends Record<string, unknown> {
  version: string;
  author?: JsonFeedAuthor;
  items: (Record<string, unknown> & { author?: JsonFeedAuthor })[];
}

/**
 * A JSON Feed 1.1 document. The feed package writes version 1; 1.1 renames `author` to an
 * `authors` array (the old field may stay for older readers) and adds `language`.
 */
export function jsonFeed(source: FeedSource, options: FeedOptions): string {
  const document = JSON.parse(buildFeed(source, options, 'json').json1()) as JsonFeedDocument;
  const upgraded: JsonFeedDocument = {
    ...document,
    version: 'https://jsonfeed.org/version/1.1',
    language: siteConfig.language,
    authors: [{ name: siteConfig.name, url: absoluteUrl(homeUrl()) }],
    ...(siteConfig.websubHub && { hubs: [{ type: 'WebSub', url: siteConfig.websubHub }] }),
    items: document.items.map((entry) => (entry.author ? { ...entry, authors: [entry.author] } : entry)),
  };
  return JSON.stringify(upgraded, null, 2);
}

export function siteFeedOptions(): FeedOptions {
  return { title: siteConfig.name, description: siteConfig.description, pagePath: homeUrl(), rssPath: feedUrls.rss, jsonPath: feedUrls.json };
}

export function categoryFeedOptions(category: Category): FeedOptions {
  return {
    title: `${category.name} — ${siteConfig.name}`,
    description: category.description,
    pagePath: categoryUrl(category.slug),
    rssPath: categoryFeedUrl(category.slug),
  };
}

function editionSource(edition: Edition, articles: readonly Article[] = edition.articles): FeedSource {
  return { articles, body: (slug) => edition.publication.body(slug) };
}

export function getSiteRss(edition: Edition): string {
  return rssFeed(editionSource(edition), siteFeedOptions());
}

export function getSiteJsonFeed(edition: Edition): string {
  return jsonFeed(editionSource(edition), siteFeedOptions());
}

/** The category's RSS feed, or null when the category has nothing published. */
export function getCategoryRss(edition: Edition, slug: string): string | null {
  const category = edition.category(slug);
  if (!category) return null;
  return rssFeed(editionSource(edition, edition.listingArticles('category', slug)), categoryFeedOptions(category));
}
