/**
 * An edition: what readers can see from one publication moment until the next scheduled
 * article goes live. Every list a page shows is a question to the current edition, worked
 * out once per edition rather than once per page.
 */
import { currentTime } from './clock';
import type { Article, Author, Category, Tag } from './content/model';
import { getPublication, type Publication } from './publication';
import { liveRoutesAt, type ListingKind, type LiveRoutes } from './routes';

export interface Edition {
  publication: Publication;
  routes: LiveRoutes;
  /** Every visible article, newest first. */
  articles: readonly Article[];
  article(slug: string): Article | null;
  /** Sections with at least one visible article, in display order (the navigation). */
  categories: readonly Category[];
  /** The listing's entity when the listing exists: a section, an author or a tag with visible articles. */
  category(slug: string): Category | null;
  author(slug: string): Author | null;
  tag(slug: string): Tag | null;
  /** Visible articles in a listing, newest first (`slug` is ignored for the news archive). */
  listingArticles(kind: ListingKind, slug?: string): readonly Article[];
}

function group(articles: readonly Article[], keys: (article: Article) => string[]): Map<string, Article[]> {
  const groups = new Map<string, Article[]>();
  for (const article of articles) {
    for (const key of keys(article)) {
      const list = groups.get(key);
      if (list) list.push(article);
      else groups.set(key, [article]);
    }
  }
  return groups;
}

function createEdition(publication: Publication, routes: LiveRoutes): Edition {
  const articles = publication.articles.filter((article) => routes.hasArticle(article.slug));
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  const lists: Record<Exclude<ListingKind, 'news'>, Map<string, Article[]>> = {
    category: group(articles, (article) => [article.category.slug]),
    tag: group(articles, (article) => article.tags.map((tag) => tag.slug)),
    author: group(articles, (article) => (article.author ? [article.author.slug] : [])),
  };
  const categories = publication.categories.filter((category) => lists.category.has(category.slug));
  // A tag keeps the spelling of the first article that used it, so its page title does not
  // change when a newer article spells it differently.
  const tagLabels = new Map<string, Tag>();
  for (const article of [...publication.articles].reverse()) {
    for (const tag of article.tags) if (!tagLabels.has(tag.slug)) tagLabels.set(tag.slug, tag);
  }
  return {
    publication,
    routes,
    articles,
    article: (slug) => bySlug.get(slug) ?? null,
    categories,
    category: (slug) => (lists.category.has(slug) ? (categories.find((category) => category.slug === slug) ?? null) : null),
    author: (slug) => (lists.author.has(slug) ? (publication.authors.find((author) => author.slug === slug) ?? null) : null),
    tag: (slug) => (lists.tag.has(slug) ? (tagLabels.get(slug) ?? null) : null),
    listingArticles: (kind, slug = '') => (kind === 'news' ? articles : (lists[kind].get(slug) ?? [])),
  };
}

const editions = new WeakMap<Publication, Edition>();

/** The edition of `publication` at `now`, built once per edition. */
export function editionAt(publication: Publication, now: Date): Edition {
  const routes = liveRoutesAt(publication.routeIndex, now);
  const cached = editions.get(publication);
  if (cached?.routes === routes) return cached;
  const edition = createEdition(publication, routes);
  editions.set(publication, edition);
  return edition;
}

/** What readers see right now: the edition every route renders. */
export async function currentEdition(now: Date = currentTime()): Promise<Edition> {
  return editionAt(await getPublication(), now);
}
