import { formatDate } from '../dates';
import type { ImageSize } from '../markdown';
import { parsePageSegment } from '../pagination';
import { LiveRoutes, matchRoute, RESERVED_ARTICLE_SLUGS, routeIndexOf, routePatterns, routes, type RouteIndex, type RouteMatch } from '../routes';
import { LANGUAGE_NAMES, type Article, type ArticleBody, type Author, type Category } from './model';
import { imagePathProblem } from './schema';
import type { Problem, Severity } from './problems';
import { suggest } from './suggest';
import { publicationStatus } from './visibility';

/** Hero images narrower than this look soft on wide screens and in link previews. */
export const MIN_HERO_WIDTH = 1200;
/** Search engines cut descriptions at roughly this many characters. */
export const DESCRIPTION_SOFT_LIMIT = 200;
/** The description `npm run new` writes; publishing it unchanged is a mistake. */
export const PLACEHOLDER_DESCRIPTION = 'One or two sentences that tell the reader what this piece is about.';

/** An article with what the checks need to know of its file; pages never see this part. */
export interface SourceArticle {
  article: Article;
  body: ArticleBody;
  /** Source file relative to the working directory, for messages. */
  file: string;
  /** File line of each frontmatter key present. */
  lines: Record<string, number>;
  /** Site-relative link targets in the body (`/news/x`), at their file line. */
  internalLinks: { url: string; line: number }[];
  /** Site-relative body images, at their file line, and whether the file exists. */
  bodyImages: { src: string; line: number; found: boolean }[];
}

export interface CheckInput {
  /** Every article that passed validation, drafts and scheduled ones included. */
  sources: readonly SourceArticle[];
  /**
   * Slugs of every article file, valid or not: a link to a file that failed validation is
   * not reported again as broken, since that file's own errors already stop publishing.
   */
  fileSlugs: readonly string[];
  categories: readonly Category[];
  authors: readonly Author[];
  /** The moment that decides whether an article is scheduled. */
  now: Date;
  /** Whether a site path such as /files/report.pdf names a file in public/. */
  publicFileExists: (sitePath: string) => boolean;
}

interface Finding {
  severity: Severity;
  message: string;
}

const error = (message: string): Finding => ({ severity: 'error', message });
const warning = (message: string): Finding => ({ severity: 'warning', message });

/**
 * Checks that need the finished articles, alone or together: reserved slugs, internal links
 * and body images that lead nowhere, small hero images, duplicate titles, long or placeholder
 * descriptions. Errors stop publishing; warnings are advice.
 */
export function checkArticles(input: CheckInput): Problem[] {
  const problems: Problem[] = [];
  const add = (source: SourceArticle, line: number, finding: Finding | null) => {
    if (finding) problems.push({ file: source.file, line, ...finding });
  };
  const links = new LinkResolver(input);
  const sameTitle = groupBy(input.sources, (source) => source.article.title.trim().toLowerCase());
  const translations = translationFindings(input);

  for (const source of input.sources) {
    const { article } = source;
    const line = (key: string) => source.lines[key] ?? 1;
    if (RESERVED_ARTICLE_SLUGS.includes(article.slug)) {
      add(source, 1, error(`the file name '${article.slug}.md' is reserved: /news/${article.slug}/2 and the like are pages of the archive; rename the file`));
    }
    for (const link of source.internalLinks) add(source, link.line, links.check(link.url, article));
    for (const image of source.bodyImages) {
      const problem = imagePathProblem('image', image.src);
      if (problem) add(source, image.line, error(problem));
      else if (!image.found) {
        add(source, image.line, error(`image '${image.src}' does not exist in public/: add the file at public${image.src} or fix the path`));
      }
    }
    add(source, line('image'), heroFinding(article.image));
    const others = (sameTitle.get(article.title.trim().toLowerCase()) ?? []).filter((other) => other !== source);
    if (others.length > 0) {
      add(source, line('title'), warning(
        `the title is also used by ${others.map((other) => other.file).join(', ')}: give each article its own title so readers and search engines can tell them apart`,
      ));
    }
    add(source, line('description'), descriptionFinding(article));
    add(source, line('translationOf'), translations.get(source) ?? null);
  }
  return problems;
}

/**
 * What is wrong with each article's translationOf: it must name another article, an original
 * (not itself a translation) in another language, with at most one translation per language.
 */
function translationFindings(input: CheckInput): Map<SourceArticle, Finding> {
  const findings = new Map<SourceArticle, Finding>();
  const bySlug = new Map(input.sources.map((source) => [source.article.slug, source]));
  const taken = new Map<string, SourceArticle>();
  for (const source of input.sources.filter((candidate) => candidate.article.translationOf !== null).sort((a, b) => a.file.localeCompare(b.file))) {
    const { slug, lang, translationOf: target } = source.article;
    const original = bySlug.get(target ?? '');
    const problem = (message: string) => findings.set(source, error(`translationOf '${target}': ${message}`));
    if (target === slug) problem('an article cannot be a translation of itself');
    else if (!original) {
      // A target whose own file has errors is reported there.
      if (!input.fileSlugs.includes(target ?? '')) {
        const hint = suggest(target ?? '', input.fileSlugs);
        problem(`no article with that slug${hint ? `, did you mean '${hint}'?` : ''}`);
      }
    } else if (original.article.translationOf !== null) {
      problem(`that article is itself a translation of '${original.article.translationOf}': name the original, translationOf: ${original.article.translationOf}`);
    } else if (original.article.lang === lang) {
      problem(`both are in ${LANGUAGE_NAMES[lang]}: a translation is in another language (set lang: on this article)`);
    } else {
      const key = `${target}\0${lang}`;
      const first = taken.get(key);
      if (first) problem(`it already has a ${LANGUAGE_NAMES[lang]} translation, ${first.file}`);
      else taken.set(key, source);
    }
  }
  return findings;
}

function heroFinding(image: (ImageSize & { src: string }) | null): Finding | null {
  if (!image || image.width >= MIN_HERO_WIDTH) return null;
  return warning(
    `hero image '${image.src}' is ${image.width} px wide; use one at least ${MIN_HERO_WIDTH} px wide (1600×900 is ideal) so it stays sharp on large screens and when shared`,
  );
}

function descriptionFinding(article: Article): Finding | null {
  if (article.description === PLACEHOLDER_DESCRIPTION) {
    const message = "description is still the placeholder from 'npm run new': write one or two sentences of your own";
    return article.draft ? warning(message) : error(message);
  }
  const length = article.description.length;
  return length > DESCRIPTION_SOFT_LIMIT
    ? warning(`description is ${length} characters; search engines show about 160–200, so the end will be cut off`)
    : null;
}

/** Why readers cannot see an article at `moment`, or null when they can. */
function unpublishedReason(article: Article, moment: Date): string | null {
  switch (publicationStatus(article, moment)) {
    case 'draft':
      return 'a draft';
    case 'scheduled':
      return `an article scheduled for ${formatDate(article.date)}`;
    case 'published':
      return null;
  }
}

/**
 * Answers "does this site path lead somewhere?" for links in article bodies, with the route
 * registry's own answer at the moment the linking article goes live, and a reason and a
 * near-miss hint when it does not.
 */
class LinkResolver {
  private readonly articles: Map<string, Article>;
  private readonly index: RouteIndex;
  private readonly editions = new Map<number, LiveRoutes>();
  /** Every tag slug any article uses, drafts included. */
  private readonly tags: Set<string>;

  constructor(private readonly input: CheckInput) {
    const articles = input.sources.map((source) => source.article);
    this.articles = new Map(articles.map((article) => [article.slug, article]));
    this.tags = new Set(articles.flatMap((article) => article.tags.map((tag) => tag.slug)));
    this.index = routeIndexOf({ articles, categories: input.categories, authors: input.authors }, false);
  }

  /** The moment a link goes live: when the linking article does (now, for drafts and the published). */
  private momentOf(from: Article): Date {
    const now = this.input.now.getTime();
    return new Date(from.draft ? now : Math.max(now, from.date.getTime()));
  }

  private editionFor(from: Article): LiveRoutes {
    const moment = this.momentOf(from).getTime();
    let live = this.editions.get(moment);
    if (!live) {
      live = new LiveRoutes(this.index, moment);
      this.editions.set(moment, live);
    }
    return live;
  }

  check(url: string, from: Article): Finding | null {
    const sitePath = pathOf(url);
    const normalised = sitePath.length > 1 ? sitePath.replace(/\/+$/, '') : sitePath;
    try {
      decodeURI(normalised);
    } catch {
      return error(`broken link '${url}': the address has a malformed %-escape`);
    }
    const match = matchRoute(normalised);
    if (!match) return this.unmatched(url, sitePath, normalised);
    const live = this.editionFor(from);
    if (match.route.exists(match.params, live)) return null;
    return this.missing(url, match, live, from);
  }

  /** A path no route answers: a file in public/, or a broken link with the shapes nearby. */
  private unmatched(url: string, sitePath: string, normalised: string): Finding | null {
    if (this.input.publicFileExists(sitePath)) return null;
    const [section = '', ...rest] = normalised.split('/').slice(1);
    const sections = [...new Set(routePatterns().map((pattern) => pattern.split('/')[1] ?? ''))].filter(Boolean);
    const shapes = routePatterns().filter((pattern) => pattern.startsWith(`/${section}/`));
    if (section && shapes.length > 0) {
      const root = sections.includes(section) ? null : `/${section}`;
      const nearRoot = !root && rest.length === 0 ? suggest(section, sections.filter((name) => name !== section)) : null;
      const lead = rest.length === 0 ? `'/${section}' has no page of its own` : `'/${section}' has no page at that address`;
      return error(`broken link '${url}': ${lead}: its pages look like ${shapes.map((shape) => `'${shape}'`).join(', ')}${nearRoot ? `, did you mean '/${nearRoot}'?` : ''}`);
    }
    const closeSection = section ? suggest(section, sections) : null;
    const hint = closeSection ? `/${[closeSection, ...rest].join('/')}` : null;
    return error(`broken link '${url}': the site has no page or file at that address${hint ? `, did you mean '${hint}'?` : ''}`);
  }

  /** A route's instance that does not exist when `from` goes live: why, and what is close. */
  private missing(url: string, { route, params }: RouteMatch, live: LiveRoutes, from: Article): Finding | null {
    const broken = (reason: string, hint?: string | null) => error(`broken link '${url}': ${reason}${hint ? `, did you mean '${hint}'?` : ''}`);
    const slug = params.slug ?? '';
    if (route === routes.article || route === routes.articleImage) return this.missingArticle(url, slug, from, broken);
    if (params.page !== undefined && route.listing) {
      const base = route.url({ ...params, page: '1' }).replace(/\/page\/1$/, '');
      if (parsePageSegment(params.page) === null) {
        return broken(`'${params.page}' is not a page number; page 1 is '${base}', then '${base}/page/2', '${base}/page/3'…`);
      }
      const pages = live.listingPages(route.listing, slug);
      if (pages > 0) return broken(`'${base}' has ${pages} page${pages === 1 ? '' : 's'}`);
    }
    const kind = route.listing ?? (route === routes.categoryFeed || route === routes.categoryImage ? 'category' : null);
    switch (kind) {
      case 'category': {
        const declared = this.index.categories;
        if (!declared.includes(slug)) return broken(`no category with slug '${slug}' in categories.yml`, hintUrl(slug, declared, '/category/'));
        return warning(`link '${url}' goes to a section with no published article yet: readers get "page not found" for now`);
      }
      case 'author': {
        const declared = this.index.authors;
        if (!declared.includes(slug)) return broken(`no author with slug '${slug}' in authors.yml`, hintUrl(slug, declared, '/authors/'));
        return warning(`link '${url}' goes to an author with no published article yet: readers get "page not found" for now`);
      }
      case 'tag':
        if (!this.tags.has(slug)) return broken(`no article is tagged '${slug}'`, hintUrl(slug, [...this.tags], '/tags/'));
        return warning(`link '${url}' goes to a tag only drafts or scheduled articles use: readers get "page not found" until one of them is published`);
      default:
        return broken('the site has no page at that address');
    }
  }

  private missingArticle(url: string, slug: string, from: Article, broken: (reason: string, hint?: string | null) => Finding): Finding | null {
    const target = this.articles.get(slug);
    if (!target) {
      if (this.input.fileSlugs.includes(slug)) return null; // that file's own errors stop publishing
      return broken(`no article with slug '${slug}'`, hintUrl(slug, this.input.fileSlugs, '/news/'));
    }
    const file = this.input.sources.find((source) => source.article === target)?.file ?? slug;
    const reason = unpublishedReason(target, this.momentOf(from)) ?? 'an unpublished article';
    return warning(`link '${url}' goes to ${reason} (${file}): readers get "page not found" until it is published`);
  }
}

function hintUrl(value: string, candidates: readonly string[], prefix: string): string | null {
  const hint = suggest(value, candidates);
  return hint && `${prefix}${hint}`;
}

/** A site path without its ?query and #fragment. */
function pathOf(url: string): string {
  return url.split(/[?#]/)[0] ?? url;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
