import { siteConfig } from './config';

export const homeUrl = () => '/';
export const newsUrl = (page = 1) => (page <= 1 ? '/news' : `/news/page/${page}`);
export const articleUrl = (slug: string) => `/news/${slug}`;
export const categoriesUrl = () => '/categories';
export const categoryUrl = (slug: string, page = 1) => (page <= 1 ? `/category/${slug}` : `/category/${slug}/page/${page}`);
export const tagUrl = (slug: string, page = 1) => (page <= 1 ? `/tags/${slug}` : `/tags/${slug}/page/${page}`);
export const authorUrl = (slug: string, page = 1) => (page <= 1 ? `/authors/${slug}` : `/authors/${slug}/page/${page}`);
/** Search results for `query`, page 1 without a page parameter. */
export function searchUrl(query?: string, page = 1): string {
  if (!query) return '/search';
  return `/search?q=${encodeURIComponent(query)}${page > 1 ? `&page=${page}` : ''}`;
}
export const feedUrls = { rss: '/feed.xml', json: '/feed.json' } as const;
export const categoryFeedUrl = (slug: string) => `${categoryUrl(slug)}/feed.xml`;

/** An absolute URL on this site, for canonical links, feeds and share links. */
export function absoluteUrl(pathOrUrl: string): string {
  return new URL(pathOrUrl, siteConfig.url).toString();
}
