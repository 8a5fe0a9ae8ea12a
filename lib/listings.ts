import type { Metadata } from 'next';
import type { Crumb } from './breadcrumbs';
import { authorCrumbs, categoryCrumbs, newsCrumbs, tagCrumbs } from './breadcrumbs';
import { getAuthor, getCategories, getCategory, getPublishedArticles, type Article, type Category, type Tag } from './articles';
import { siteConfig } from './config';
import { paginate, parsePageSegment, type Page } from './pagination';
import { categorySocialImage, pageMetadata, type SocialImage } from './seo';
import { authorUrl, categoryFeedUrl, categoryUrl, newsUrl, tagUrl } from './urls';

/** Everything a listing page shows: its heading, one page of articles and how to reach the others. */
export interface Listing extends Page<Article> {
  title: string;
  description: string;
  /** URL of page N of this listing (page 1 is the bare URL). */
  pageUrl: (page: number) => string;
  crumbs: Crumb[];
  /** Social card and extra feeds of the listing (a category's own). */
  image?: SocialImage;
  feeds?: { title: string; path: string }[];
}

function listing(articles: readonly Article[], page: number, fields: Omit<Listing, keyof Page<Article>>): Listing | null {
  const slice = paginate(articles, page, siteConfig.pageSize);
  return slice && { ...fields, ...slice };
}

/**
 * The page of a listing that a `/page/N` URL segment names, or null when it names none (page
 * 1 lives at the bare URL; see parsePageSegment) or the listing is shorter.
 */
export function laterListingPage(segment: string, listingAt: (page: number) => Listing | null): Listing | null {
  const page = parsePageSegment(segment);
  return page === null ? null : listingAt(page);
}

export function getNewsListing(page = 1): Listing | null {
  return listing(getPublishedArticles(), page, {
    title: 'All news',
    description: `Every story from ${siteConfig.name}, newest first.`,
    pageUrl: newsUrl,
    crumbs: newsCrumbs(),
  });
}

export function getCategoryArticles(slug: string): Article[] {
  return getPublishedArticles().filter((article) => article.category.slug === slug);
}

export function getCategoryListing(slug: string, page = 1): Listing | null {
  const category = getCategory(slug);
  if (!category) return null;
  return listing(getCategoryArticles(slug), page, {
    title: category.name,
    description: category.description,
    pageUrl: (n) => categoryUrl(slug, n),
    crumbs: categoryCrumbs(category),
    image: categorySocialImage(category),
    feeds: [{ title: `${category.name} — ${siteConfig.name}`, path: categoryFeedUrl(slug) }],
  });
}

/** Every tag in use by a published article, with the label editors wrote first. */
export function getTags(): Tag[] {
  const tags = new Map<string, Tag>();
  for (const article of getPublishedArticles()) {
    for (const tag of article.tags) if (!tags.has(tag.slug)) tags.set(tag.slug, tag);
  }
  return [...tags.values()].sort((a, b) => a.slug.localeCompare(b.slug));
}

export function getTagArticles(slug: string): Article[] {
  return getPublishedArticles().filter((article) => article.tags.some((tag) => tag.slug === slug));
}

export function getTagListing(slug: string, page = 1): Listing | null {
  const articles = getTagArticles(slug);
  const tag = articles[0]?.tags.find((candidate) => candidate.slug === slug);
  if (!tag) return null;
  return listing(articles, page, {
    title: `#${tag.label}`,
    description: `Stories tagged “${tag.label}”.`,
    pageUrl: (n) => tagUrl(slug, n),
    crumbs: tagCrumbs(tag),
  });
}

export function getAuthorArticles(slug: string): Article[] {
  return getPublishedArticles().filter((article) => article.author?.slug === slug);
}

export function getAuthorListing(slug: string, page = 1): Listing | null {
  const author = getAuthor(slug);
  if (!author) return null;
  const articles = getAuthorArticles(slug);
  return listing(articles, page, {
    title: author.name,
    description: author.bio ?? `Stories by ${author.name}.`,
    pageUrl: (n) => authorUrl(slug, n),
    crumbs: authorCrumbs(author),
  });
}

/** Every category with its number of published articles, in display order. */
export function getCategoriesWithCounts(): { category: Category; count: number }[] {
  const articles = getPublishedArticles();
  return getCategories().map((category) => ({
    category,
    count: articles.filter((article) => article.category.slug === category.slug).length,
  }));
}

const HOME_LATEST = 6;
const HOME_STRIP = 3;
const HOME_STRIPS = 3;

export interface HomeContent {
  lead: Article | null;
  latest: Article[];
  strips: { category: Category; articles: Article[] }[];
}

/** The home page: the newest featured story (else the newest), the latest, and per-category strips. */
export function getHomeContent(): HomeContent {
  const articles = getPublishedArticles();
  const lead = articles.find((article) => article.featured) ?? articles[0] ?? null;
  const latest = articles.filter((article) => article !== lead).slice(0, HOME_LATEST);
  const shown = new Set([lead, ...latest]);
  const strips = getCategories()
    .map((category) => ({
      category,
      articles: articles.filter((article) => article.category.slug === category.slug && !shown.has(article)).slice(0, HOME_STRIP),
    }))
    .filter((strip) => strip.articles.length > 0)
    .slice(0, HOME_STRIPS);
  return { lead, latest, strips };
}

/** Title, description and canonical URL of one page of a listing. */
export function listingMetadata(listing: Listing): Metadata {
  const title = listing.page > 1 ? `${listing.title} — page ${listing.page}` : listing.title;
  return pageMetadata({
    title,
    description: listing.description,
    path: listing.pageUrl(listing.page),
    image: listing.image,
    feeds: listing.feeds,
  });
}
