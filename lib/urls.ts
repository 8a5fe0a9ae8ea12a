import { siteConfig } from './config';

export const homeUrl = () => '/';
export const newsUrl = (page = 1) => (page <= 1 ? '/news' : `/news/page/${page}`);
export const articleUrl = (slug: string) => `/news/${slug}`;
export const categoriesUrl = () => '/categories';
export const categoryUrl = (slug: string, page = 1) => (page <= 1 ? `/category/${slug}` : `/category/${slug}/page/${page}`);
export const tagUrl = (slug: string, page = 1) => (page <= 1 ? `/tags/${slug}` : `/tags/${slug}/page/${page}`);
export const authorUrl = (slug: string, page = 1) => (page <= 1 ? `/authors/${slug}` : `/authors/${slug}/page/${page}`);
export const searchUrl = (query?: string) => (query ? `/search?q=${encodeURIComponent(query)}` : '/search');

/** An absolute URL on this site, for canonical links, feeds and share links. */
export function absoluteUrl(pathOrUrl: string): string {
  return new URL(pathOrUrl, siteConfig.url).toString();
}
