/**
 * The route registry: every kind of URL the site answers, declared once. Each kind knows how
 * to build its URL, how to read one, whether an instance exists at a given moment, which
 * instances exist (static params, sitemap) and whether it belongs in the sitemap. URL
 * builders, the content gate (lib/content-gate.ts), the link check, the sitemap and every
 * `generateStaticParams` ask it.
 *
 * The one rule for listings: a listing (the news archive, a category, a tag, an author)
 * exists while at least one published article is in it, and has pages 1..N of
 * `pageSize` articles. An empty one is a 404, out of the sitemap and out of the navigation.
 *
 * It deliberately imports nothing but configuration and the visibility rule: next.config.ts loads it.
 */
import { siteConfig } from './config';
import type { Article, Author, Category, Language } from './content/model';
import { visibleFrom } from './content/visibility';
import { pageCount, parsePageSegment } from './pagination';

export type ListingKind = 'news' | 'category' | 'tag' | 'author';

/** One article as the route checks see it. */
export interface RouteArticle {
  slug: string;
  /** Moment it becomes visible, ms since the epoch; -Infinity while previewing. */
  visibleFrom: number;
  category: string;
  author: string | null;
  tags: string[];
  lang: Language;
}

/** What the route checks need to know of the content: small enough to read at every start. */
export interface RouteIndex {
  pageSize: number;
  /** Declared sections, in display order. */
  categories: string[];
  authors: string[];
  /** Every article that is or will be visible; drafts only while previewing. */
  articles: RouteArticle[];
}

/** The route index of some content: drafts are left out unless previewing. */
export function routeIndexOf(
  content: { articles: readonly Article[]; categories: readonly Category[]; authors: readonly Author[] },
  preview: boolean,
  pageSize = siteConfig.pageSize,
): RouteIndex {
  return {
    pageSize,
    categories: content.categories.map((category) => category.slug),
    authors: content.authors.map((author) => author.slug),
    articles: content.articles.flatMap((article) => {
      const from = visibleFrom(article, preview);
      if (from === null) return [];
      return [{
        slug: article.slug,
        visibleFrom: from,
        category: article.category.slug,
        author: article.author?.slug ?? null,
        tags: article.tags.map((tag) => tag.slug),
        lang: article.lang,
      }];
    }),
  };
}

function bySlug(a: string, b: string): number {
  return a.localeCompare(b);
}

/**
 * The routes that exist from one moment until the next scheduled article goes live: an
 * edition of the site. Everything is counted once when the edition starts; questions are
 * set and map lookups.
 */
export class LiveRoutes {
  /** The edition's first moment (the latest publication at or before `now`), or -Infinity. */
  readonly from: number;
  /** The next moment an article goes live, or Infinity. */
  readonly until: number;
  readonly pageSize: number;
  private readonly articles: string[] = [];
  private readonly articleLangs = new Map<string, Language>();
  private readonly sizes = new Map<string, number>();
  private readonly declared: Record<'category' | 'author', string[]>;
  private sitemapCache: RouteMatch[] | null = null;

  constructor(index: RouteIndex, now: number) {
    this.pageSize = index.pageSize;
    this.declared = { category: index.categories, author: index.authors };
    let from = -Infinity;
    let until = Infinity;
    const count = (key: string) => this.sizes.set(key, (this.sizes.get(key) ?? 0) + 1);
    for (const article of index.articles) {
      if (article.visibleFrom > now) {
        until = Math.min(until, article.visibleFrom);
        continue;
      }
      from = Math.max(from, article.visibleFrom);
      this.articles.push(article.slug);
      this.articleLangs.set(article.slug, article.lang);
      count(listingKey('news', ''));
      count(listingKey('category', article.category));
      if (article.author) count(listingKey('author', article.author));
      for (const tag of article.tags) count(listingKey('tag', tag));
    }
    this.from = from;
    this.until = until;
  }

  hasArticle(slug: string): boolean {
    return this.articleLangs.has(slug);
  }

  /** The language a visible article is written in. */
  articleLang(slug: string): Language | null {
    return this.articleLangs.get(slug) ?? null;
  }

  /** Slugs of the visible articles, in index order. */
  articleSlugs(): string[] {
    return this.articles;
  }

  /** Visible articles in a listing (`slug` is '' for the news archive). */
  listingSize(kind: ListingKind, slug = ''): number {
    return this.sizes.get(listingKey(kind, slug)) ?? 0;
  }

  /** Pages of a listing: 0 when it does not exist. */
  listingPages(kind: ListingKind, slug = ''): number {
    const size = this.listingSize(kind, slug);
    return size === 0 ? 0 : pageCount(size, this.pageSize);
  }

  /** The slugs whose listing of `kind` exists: sections and authors in declared order, tags by slug. */
  listingSlugs(kind: Exclude<ListingKind, 'news'>): string[] {
    if (kind === 'tag') {
      const prefix = listingKey('tag', '');
      return [...this.sizes.keys()].filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length)).sort(bySlug);
    }
    return this.declared[kind].filter((slug) => this.listingSize(kind, slug) > 0);
  }

  /** Every page in the sitemap, in sitemap order, computed once per edition. */
  sitemapPages(): RouteMatch[] {
    this.sitemapCache ??= SITEMAP_ROUTES.flatMap((route) => route.instances(this).map((params) => ({ route, params })));
    return this.sitemapCache;
  }
}

function listingKey(kind: ListingKind, slug: string): string {
  return `${kind}:${slug}`;
}

/** Editions of an index by moment: an edition is computed once, whoever asks. */
const editions = new WeakMap<RouteIndex, LiveRoutes>();

const everEditions = new WeakMap<RouteIndex, LiveRoutes>();

/**
 * Every route instance that exists at some moment of this build's life: the last edition,
 * when every scheduled article has gone live (listings only ever grow). A build prerenders
 * these, and answers any other URL with a 404 without rendering anything.
 */
export function allTimeRoutes(index: RouteIndex): LiveRoutes {
  let live = everEditions.get(index);
  if (!live) {
    live = new LiveRoutes(index, Infinity);
    everEditions.set(index, live);
  }
  return live;
}

/** The routes that exist at `now` in `index`. */
export function liveRoutesAt(index: RouteIndex, now: Date): LiveRoutes {
  const time = now.getTime();
  const cached = editions.get(index);
  if (cached && cached.from <= time && time < cached.until) return cached;
  const live = new LiveRoutes(index, time);
  editions.set(index, live);
  return live;
}

type Params = Record<string, string>;

/**
 * The instances of `route` that exist in `ever` (this build's last edition) but not yet in
 * `now`: the pages scheduled articles open. A build prerenders them as the 404 they are until
 * their moment; rendered on request instead, a 404 page would carry no designed HTML.
 */
export function notLiveYet<P extends Params>(route: Route<P>, ever: LiveRoutes, now: LiveRoutes): P[] {
  return route.instances(ever).filter((params) => !route.exists(params, now));
}

export interface Route<P extends Params = Params> {
  /** The path shape, e.g. /category/:slug/page/:page. */
  readonly pattern: string;
  /** The shape as a regular expression over raw (percent-encoded) paths. */
  readonly shape: RegExp;
  /** The listing a route is a page of, for listing routes. */
  readonly listing?: ListingKind;
  /** Whether the route's instances are listed in the sitemap. */
  readonly inSitemap: boolean;
  url(params: P): string;
  /** The params of a raw (percent-encoded) request path, or null when the route does not match it. */
  match(path: string): P | null;
  /** Whether the instance exists at the edition `live`. */
  exists(params: P, live: LiveRoutes): boolean;
  /** Every instance that exists at the edition `live`. */
  instances(live: LiveRoutes): P[];
}

interface RouteSpec<P extends Params> {
  listing?: ListingKind;
  exists?: (params: P, live: LiveRoutes) => boolean;
  instances?: (live: LiveRoutes) => P[];
  inSitemap?: boolean;
  /** Builds the URL when the pattern alone cannot (page 1 of a listing drops /page/1). */
  url?: (params: P) => string;
}

function defineRoute<P extends Params>(pattern: string, spec: RouteSpec<P> = {}): Route<P> {
  const names = [...pattern.matchAll(/:(\w+)/g)].map((match) => match[1] as string);
  const regex = new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/:\w+/g, '([^/]+)')}$`);
  return {
    pattern,
    shape: regex,
    listing: spec.listing,
    inSitemap: spec.inSitemap ?? false,
    url: spec.url ?? ((params) => pattern.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''))),
    match(path) {
      const found = regex.exec(path);
      if (!found) return null;
      try {
        return Object.fromEntries(names.map((name, index) => [name, decodeURIComponent(found[index + 1] ?? '')])) as P;
      } catch {
        return null; // malformed percent-encoding names nothing
      }
    },
    exists: spec.exists ?? (() => true),
    instances: spec.instances ?? (() => (names.length === 0 ? [{} as P] : [])),
  };
}

type ListingParams<K extends ListingKind> = K extends 'news' ? Params : { slug: string };
type ListingPageParams<K extends ListingKind> = ListingParams<K> & { page: string };

/** The slugs of a listing kind that exist, as route params. */
function listingInstances<K extends ListingKind>(kind: K, live: LiveRoutes): ListingParams<K>[] {
  if (kind === 'news') return live.listingSize('news') > 0 ? [{} as ListingParams<K>] : [];
  return live.listingSlugs(kind as Exclude<ListingKind, 'news'>).map((slug) => ({ slug }) as ListingParams<K>);
}

function slugOf(params: Params): string {
  return params.slug ?? '';
}

/** Page 1 of a listing lives at `base`; pages 2..N at `base`/page/N. */
function defineListing<K extends ListingKind>(kind: K, base: string) {
  const first = defineRoute<ListingParams<K>>(base, {
    listing: kind,
    inSitemap: true,
    exists: (params, live) => live.listingPages(kind, slugOf(params)) > 0,
    instances: (live) => listingInstances(kind, live),
  });
  const later = defineRoute<ListingPageParams<K>>(`${base}/page/:page`, {
    listing: kind,
    inSitemap: true,
    exists: (params, live) => {
      const page = parsePageSegment(params.page);
      return page !== null && page <= live.listingPages(kind, slugOf(params));
    },
    instances: (live) =>
      listingInstances(kind, live).flatMap((params) =>
        Array.from({ length: live.listingPages(kind, slugOf(params)) - 1 }, (_, index) => ({ ...params, page: String(index + 2) })),
      ),
  });
  return {
    kind,
    first,
    later,
    /** The URL of page `page` of the listing. */
    url: (params: ListingParams<K>, page = 1) => (page <= 1 ? first.url(params) : later.url({ ...params, page: String(page) })),
  };
}

export const listings = {
  news: defineListing('news', '/news'),
  category: defineListing('category', '/category/:slug'),
  tag: defineListing('tag', '/tags/:slug'),
  author: defineListing('author', '/authors/:slug'),
} as const;

const articleExists = (params: { slug: string }, live: LiveRoutes) => live.hasArticle(params.slug);
const categoryExists = (params: { slug: string }, live: LiveRoutes) => live.listingSize('category', params.slug) > 0;

/** The sitemap protocol's limit of URLs per file (https://www.sitemaps.org/protocol.html). */
export const SITEMAP_URL_LIMIT = 50_000;

/** Child sitemaps behind /sitemap.xml once it outgrows one file; 0 while it holds every URL. */
export function childSitemapCount(live: LiveRoutes, limit = SITEMAP_URL_LIMIT): number {
  const urls = live.sitemapPages().length;
  return urls > limit ? Math.ceil(urls / limit) : 0;
}

export const routes = {
  home: defineRoute('/', { inSitemap: true }),
  article: defineRoute<{ slug: string }>('/news/:slug', {
    inSitemap: true,
    exists: articleExists,
    instances: (live) => live.articleSlugs().map((slug) => ({ slug })),
  }),
  /** The generated share card of an article. */
  articleImage: defineRoute<{ slug: string }>('/news/:slug/opengraph-image', { exists: articleExists }),
  categories: defineRoute('/categories', { inSitemap: true }),
  categoryFeed: defineRoute<{ slug: string }>('/category/:slug/feed.xml', {
    exists: categoryExists,
    instances: (live) => listingInstances('category', live),
  }),
  categoryImage: defineRoute<{ slug: string }>('/category/:slug/opengraph-image', {
    exists: categoryExists,
    instances: (live) => listingInstances('category', live),
  }),
  search: defineRoute('/search'),
  rss: defineRoute('/feed.xml'),
  jsonFeed: defineRoute('/feed.json'),
  sitemap: defineRoute('/sitemap.xml'),
  newsSitemap: defineRoute('/news-sitemap.xml'),
  childSitemap: defineRoute<{ file: string }>('/sitemaps/:file', {
    exists: (params, live) => {
      const match = /^(0|[1-9]\d{0,3})\.xml$/.exec(params.file);
      return match !== null && Number(match[1]) < childSitemapCount(live);
    },
    instances: (live) => Array.from({ length: childSitemapCount(live) }, (_, index) => ({ file: `${index}.xml` })),
  }),
  robots: defineRoute('/robots.txt'),
  siteImage: defineRoute('/opengraph-image'),
  adsTxt: defineRoute('/ads.txt'),
} as const;

/** Every route, once, in the order the sitemap lists its pages. */
const ALL_ROUTES: readonly Route[] = [...new Set<Route>([
  routes.home,
  listings.news.first,
  listings.news.later,
  routes.article,
  routes.categories,
  ...(['category', 'tag', 'author'] as const).flatMap((kind) => [listings[kind].first, listings[kind].later]),
  ...Object.values(routes),
] as Route[])];

const SITEMAP_ROUTES = ALL_ROUTES.filter((route) => route.inSitemap);

/** Every route's path shape, for messages about links that match none. */
export function routePatterns(): string[] {
  return ALL_ROUTES.map((route) => route.pattern);
}

/** Article slugs the routes keep for themselves: /news/page/N is the archive's page N. */
export const RESERVED_ARTICLE_SLUGS: readonly string[] = ['page'];

export interface RouteMatch {
  route: Route;
  params: Params;
}

/** The route a raw request path belongs to, with its decoded params, or null for none. */
export function matchRoute(path: string): RouteMatch | null {
  for (const route of ALL_ROUTES) {
    const params = route.match(path);
    if (params) return { route, params };
  }
  return null;
}

/**
 * Whether a raw request path names something that exists at the edition `live`: true or
 * false for the registry's routes, null for paths it does not know (static files, the
 * framework's own), which the router settles alone.
 */
export function pathExists(path: string, live: LiveRoutes): boolean | null {
  const match = matchRoute(path);
  if (match) return match.route.exists(match.params, live);
  // A route's shape whose segment does not decode (a malformed %-escape) names nothing.
  return ALL_ROUTES.some((route) => route.shape.test(path)) ? false : null;
}
