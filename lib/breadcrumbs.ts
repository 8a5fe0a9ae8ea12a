import type { Article, Author, Category } from './content/model';
import { articleUrl, authorUrl, categoriesUrl, categoryUrl, homeUrl, newsUrl, tagUrl } from './urls';

/** One step of a breadcrumb trail; the last step is the current page. */
export interface Crumb {
  name: string;
  path: string;
}

const home: Crumb = { name: 'Home', path: homeUrl() };
const news: Crumb = { name: 'News', path: newsUrl() };

export const newsCrumbs = (): Crumb[] => [home, news];
export const categoriesCrumbs = (): Crumb[] => [home, { name: 'Topics', path: categoriesUrl() }];
export const categoryCrumbs = (category: Category): Crumb[] => [
  ...categoriesCrumbs(),
  { name: category.name, path: categoryUrl(category.slug) },
];
export const articleCrumbs = (article: Article): Crumb[] => [
  home,
  news,
  { name: article.category.name, path: categoryUrl(article.category.slug) },
  { name: article.title, path: articleUrl(article.slug) },
];
export const tagCrumbs = (tag: { slug: string; label: string }): Crumb[] => [home, news, { name: `#${tag.label}`, path: tagUrl(tag.slug) }];
export const authorCrumbs = (author: Author): Crumb[] => [home, news, { name: author.name, path: authorUrl(author.slug) }];
