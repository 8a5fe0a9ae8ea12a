/** What an article page asks: the article, its body, its neighbours in the rail. */
import { currentTime } from './clock';
import { siteConfig } from './config';
import { LANGUAGES, type Article, type ArticleBody, type Language } from './content/model';
import { publicationStatus, type PublicationStatus } from './content/visibility';
import type { Edition } from './edition';
import { relatedArticles } from './related';
import { allTimeRoutes, notLiveYet, routes } from './routes';

export type { Article, ArticleBody, Author, Category, Tag } from './content/model';
export type { PublicationStatus } from './content/visibility';

/** The article at `slug` if readers may see it now (drafts and scheduled ones too, while previewing). */
export function getArticle(edition: Edition, slug: string): Article | null {
  return edition.article(slug);
}

export function getArticleBody(edition: Edition, article: Article): ArticleBody {
  const body = edition.publication.body(article.slug);
  if (!body) throw new Error(`The publication has no body for ${article.slug}`);
  return body;
}

/** "More in this category" for `article`: up to the configured count, from what is visible now. */
export function getRelatedArticles(edition: Edition, article: Article): Article[] {
  // Its other language versions are the same story, linked under the title already.
  const versions = new Set(getLanguageVersions(edition, article).map((version) => version.slug));
  return relatedArticles(article, edition.articles.filter((candidate) => !versions.has(candidate.slug)), siteConfig.relatedCount);
}

/** Whether `article` is live, a draft or scheduled, for the preview banner. */
export function getArticleStatus(article: Article, now: Date = currentTime()): PublicationStatus {
  return publicationStatus(article, now);
}

/**
 * Static params of the article route of one language: the newest articles visible at build
 * (siteConfig.prerenderArticles), and every scheduled one, built as the designed 404 it is
 * until its moment, when the edition cache renders it again. Older articles render on their
 * first request and are then kept; a slug that is no article is a 404 the cache does not keep.
 */
export function articleStaticParams(edition: Edition, lang: Language): { slug: string }[] {
  const newest = edition.articles.filter((article) => article.lang === lang).slice(0, siteConfig.prerenderArticles);
  const everything = allTimeRoutes(edition.publication.routeIndex);
  const scheduled = notLiveYet(routes.article, everything, edition.routes).filter(({ slug }) => everything.articleLang(slug) === lang);
  return [...newest.map(({ slug }) => ({ slug })), ...scheduled];
}

export interface AdjacentArticles {
  /** The article of the same category published just before, or null. */
  previous: Article | null;
  /** The article of the same category published just after, or null. */
  next: Article | null;
}

/** Previous and next article within the category, among what is visible now. */
export function getAdjacentArticles(edition: Edition, article: Article): AdjacentArticles {
  const list = edition.listingArticles('category', article.category.slug); // newest first
  const index = list.findIndex((candidate) => candidate.slug === article.slug);
  if (index === -1) return { previous: null, next: null };
  return { previous: list[index + 1] ?? null, next: list[index - 1] ?? null };
}

/**
 * The visible language versions of `article`: itself, its original and the original's other
 * translations, in the site's language order. One entry means it has no translation.
 */
export function getLanguageVersions(edition: Edition, article: Article): Article[] {
  const original = article.translationOf ?? article.slug;
  return edition.articles
    .filter((candidate) => candidate.slug === original || candidate.translationOf === original)
    .sort((a, b) => LANGUAGES.indexOf(a.lang) - LANGUAGES.indexOf(b.lang));
}
