/**
 * The one listing module: the news archive, a category, a tag and an author are the same
 * page (a heading, one page of cards, pagination) over different lists. The eight listing
 * routes ask it for their page, their metadata and their static params.
 */
import type { Metadata } from 'next';
import { authorCrumbs, categoryCrumbs, newsCrumbs, tagCrumbs, type Crumb } from './breadcrumbs';
import { siteConfig } from './config';
import type { Article, Category } from './content/model';
import type { Edition } from './edition';
import { paginate, parsePageSegment, type Page } from './pagination';
import { allTimeRoutes, listings, notLiveYet, type ListingKind } from './routes';
import { categorySocialImage, pageMetadata, type SocialImage } from './seo';
import { categoryFeedUrl } from './urls';

export type { ListingKind } from './routes';

/** Everything a listing page shows: its heading, one page of articles and how to reach the others. */
export interface Listing extends Page<Article> {
  kind: ListingKind;
  /** Above the heading: "Category", "Tag", "Author"; none for the archive. */
  eyebrow: string | null;
  title: string;
  description: string;
  /** URL of page N of this listing (page 1 is the bare URL). */
  pageUrl: (page: number) => string;
  crumbs: Crumb[];
  /** Social card and extra feeds of the listing (a category's own). */
  image?: SocialImage;
  /** The author's picture, on an author's page. */
  portrait?: { src: string; alt: string };
  /** The author's own site, on an author's page. */
  website?: string;
  feeds?: { title: string; path: string }[];
}

/** The route params of a listing page: a slug except for the archive, a page segment after page 1. */
export interface ListingParams {
  slug?: string;
  page?: string;
}

type Heading = Omit<Listing, keyof Page<Article> | 'kind' | 'pageUrl'>;

/** The listing's heading, or null when nothing visible is in it (the one rule: empty listings do not exist). */
function heading(kind: ListingKind, slug: string, edition: Edition): Heading | null {
  switch (kind) {
    case 'news':
      return edition.articles.length === 0
        ? null
        : { eyebrow: null, title: 'All news', description: `Every story from ${siteConfig.name}, newest first.`, crumbs: newsCrumbs() };
    case 'category': {
      const category = edition.category(slug);
      return category && {
        eyebrow: 'Category',
        title: category.name,
        description: category.description,
        crumbs: categoryCrumbs(category),
        image: categorySocialImage(category),
        feeds: [{ title: `${category.name} — ${siteConfig.name}`, path: categoryFeedUrl(slug) }],
      };
    }
    case 'tag': {
      const tag = edition.tag(slug);
      return tag && { eyebrow: 'Tag', title: `#${tag.label}`, description: `Stories tagged “${tag.label}”.`, crumbs: tagCrumbs(tag) };
    }
    case 'author': {
      const author = edition.author(slug);
      return author && {
        eyebrow: 'Author',
        title: author.name,
        description: author.bio ?? `Stories by ${author.name}.`,
        crumbs: authorCrumbs(author),
        ...(author.avatar && { portrait: { src: author.avatar, alt: `Portrait of ${author.name}` } }),
        ...(author.url && { website: author.url }),
      };
    }
  }
}

/**
 * The listing page that route params name, or null when there is none: an unknown or empty
 * listing, a page segment that is not a page number (page 1 lives at the bare URL, so `1`,
 * `01` and `x` name nothing), or a page past the end.
 */
export function getListing(edition: Edition, kind: ListingKind, params: ListingParams): Listing | null {
  const page = params.page === undefined ? 1 : parsePageSegment(params.page);
  if (page === null) return null;
  const slug = params.slug ?? '';
  const head = heading(kind, slug, edition);
  const slice = head && paginate(edition.listingArticles(kind, slug), page, siteConfig.pageSize);
  if (!head || !slice) return null;
  return { ...head, ...slice, kind, pageUrl: (number) => listings[kind].url({ slug }, number) };
}

/**
 * Static params of a listing route: the first page of every listing visible at build
 * (`/category/x`), and every page a scheduled article opens, built as the designed 404 it is
 * until its moment. Later pages of today's listings (`/category/x/page/2`) render on their
 * first request and are then kept; anything else is a 404 the cache does not keep.
 */
export function listingStaticParams(edition: Edition, kind: ListingKind, pages: 'first' | 'later') {
  const route = pages === 'first' ? listings[kind].first : listings[kind].later;
  const scheduled = notLiveYet(route, allTimeRoutes(edition.publication.routeIndex), edition.routes);
  return pages === 'first' ? [...route.instances(edition.routes), ...scheduled] : scheduled;
}

/** Title, description and canonical URL of one page of a listing. */
export function listingMetadata(listing: Listing | null): Metadata {
  if (!listing) return {};
  const title = listing.page > 1 ? `${listing.title} — page ${listing.page}` : listing.title;
  return pageMetadata({
    title,
    description: listing.description,
    path: listing.pageUrl(listing.page),
    image: listing.image,
    feeds: listing.feeds,
  });
}

/** Every section readers can browse, with its number of visible articles, in display order. */
export function getCategoriesWithCounts(edition: Edition): { category: Category; count: number }[] {
  return edition.categories.map((category) => ({ category, count: edition.listingArticles('category', category.slug).length }));
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
export function getHomeContent(edition: Edition): HomeContent {
  const { articles } = edition;
  const lead = articles.find((article) => article.featured) ?? articles[0] ?? null;
  const latest = articles.filter((article) => article !== lead).slice(0, HOME_LATEST);
  const shown = new Set([lead, ...latest]);
  const strips = edition.categories
    .map((category) => ({
      category,
      articles: edition.listingArticles('category', category.slug).filter((article) => !shown.has(article)).slice(0, HOME_STRIP),
    }))
    .filter((strip) => strip.articles.length > 0)
    .slice(0, HOME_STRIPS);
  return { lead, latest, strips };
}
