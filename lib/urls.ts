/** Named URL builders for components and lib, all derived from the route registry. */
import { siteConfig } from './config';
import { listings, routes } from './routes';

export const homeUrl = () => routes.home.url({});
export const newsUrl = (page = 1) => listings.news.url({}, page);
export const articleUrl = (slug: string) => routes.article.url({ slug });
export const articleImageUrl = (slug: string) => routes.articleImage.url({ slug });
export const categoriesUrl = () => routes.categories.url({});
export const categoryUrl = (slug: string, page = 1) => listings.category.url({ slug }, page);
export const categoryFeedUrl = (slug: string) => routes.categoryFeed.url({ slug });
export const categoryImageUrl = (slug: string) => routes.categoryImage.url({ slug });
export const siteImageUrl = () => routes.siteImage.url({});
export const tagUrl = (slug: string, page = 1) => listings.tag.url({ slug }, page);
export const authorUrl = (slug: string, page = 1) => listings.author.url({ slug }, page);
export const feedUrls = { rss: routes.rss.url({}), json: routes.jsonFeed.url({}) } as const;
export const sitemapUrl = () => routes.sitemap.url({});
export const newsSitemapUrl = () => routes.newsSitemap.url({});
export const childSitemapUrl = (index: number) => routes.childSitemap.url({ file: `${index}.xml` });

/** Search results for `query`, page 1 without a page parameter. */
export function searchUrl(query?: string, page = 1): string {
  const base = routes.search.url({});
  if (!query) return base;
  return `${base}?q=${encodeURIComponent(query)}${page > 1 ? `&page=${page}` : ''}`;
}

/** An absolute URL on this site, for canonical links, feeds and share links. */
export function absoluteUrl(pathOrUrl: string): string {
  return new URL(pathOrUrl, siteConfig.url).toString();
}
