import { formatDate } from '../dates';
import { parsePageSegment } from '../pagination';
import type { Article, Author, Category } from './loader';
import type { Problem, Severity } from './problems';
import { suggest } from './suggest';

/** Hero images narrower than this look soft on wide screens and in link previews. */
export const MIN_HERO_WIDTH = 1200;
/** Search engines cut descriptions at roughly this many characters. */
export const DESCRIPTION_SOFT_LIMIT = 200;
/** The description `npm run new` writes; publishing it unchanged is a mistake. */
export const PLACEHOLDER_DESCRIPTION = 'One or two sentences that tell the reader what this piece is about.';

/** Site paths that are always there, whatever the content. */
const FIXED_PATHS = new Set(['/', '/news', '/categories', '/search', '/feed.xml', '/feed.json', '/sitemap.xml', '/robots.txt', '/ads.txt']);
const SECTIONS = ['news', 'category', 'categories', 'tags', 'authors', 'search'];

export interface CheckInput {
  /** Every article that passed validation, drafts and scheduled ones included. */
  articles: readonly Article[];
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
 * Checks that need the finished articles, alone or together: internal links and body images
 * that lead nowhere, small hero images, duplicate titles, long or placeholder descriptions.
 * Errors stop publishing; warnings are advice.
 */
export function checkArticles(input: CheckInput): Problem[] {
  const problems: Problem[] = [];
  const add = (article: Article, line: number, finding: Finding | null) => {
    if (finding) problems.push({ file: article.file, line, ...finding });
  };
  const links = new LinkResolver(input);
  const sameTitle = groupBy(input.articles, (article) => article.title.trim().toLowerCase());

  for (const article of input.articles) {
    const line = (key: string) => article.lines?.[key] ?? 1;
    for (const link of article.internalLinks) add(article, link.line, links.check(link.url, article));
    for (const image of article.bodyImages) {
      if (!image.found) {
        add(article, image.line, error(`image '${image.src}' does not exist in public/: add the file at public${pathOf(image.src)} or fix the path`));
      }
    }
    if (article.image && article.image.width < MIN_HERO_WIDTH) {
      add(article, line('image'), warning(
        `hero image '${article.image.src}' is ${article.image.width} px wide; use one at least ${MIN_HERO_WIDTH} px wide (1600×900 is ideal) so it stays sharp on large screens and when shared`,
      ));
    }
    const others = (sameTitle.get(article.title.trim().toLowerCase()) ?? []).filter((other) => other !== article);
    if (others.length > 0) {
      add(article, line('title'), warning(
        `the title is also used by ${others.map((other) => other.file).join(', ')}: give each article its own title so readers and search engines can tell them apart`,
      ));
    }
    add(article, line('description'), descriptionFinding(article));
  }
  return problems;
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

/** Why readers cannot see an article yet, or null when they can. */
function unpublishedReason(article: Article, now: Date): string | null {
  if (article.draft) return 'a draft';
  if (article.date.getTime() > now.getTime()) return `an article scheduled for ${formatDate(article.date)}`;
  return null;
}

/** Answers "does this site path lead somewhere?" for links in article bodies. */
class LinkResolver {
  private readonly articles: Map<string, Article>;
  private readonly categories: Set<string>;
  private readonly authors: Set<string>;
  private readonly tags: Map<string, { article: Article }[]>;
  private readonly fileSlugs: Set<string>;

  constructor(private readonly input: CheckInput) {
    this.articles = new Map(input.articles.map((article) => [article.slug, article]));
    this.categories = new Set(input.categories.map((category) => category.slug));
    this.authors = new Set(input.authors.map((author) => author.slug));
    this.tags = groupBy(
      input.articles.flatMap((article) => article.tags.map((tag) => ({ slug: tag.slug, article }))),
      (use) => use.slug,
    );
    this.fileSlugs = new Set(input.fileSlugs);
  }

  check(url: string, from: Article): Finding | null {
    const sitePath = pathOf(url);
    const normalised = sitePath.length > 1 ? sitePath.replace(/\/+$/, '') : sitePath;
    if (FIXED_PATHS.has(normalised)) return null;
    let segments: string[];
    try {
      segments = normalised.split('/').slice(1).map(decodeURIComponent);
    } catch {
      return error(`broken link '${url}': the address has a malformed %-escape`);
    }
    const [section, slug, ...rest] = segments;
    const broken = (reason: string, hint?: string | null) =>
      error(`broken link '${url}': ${reason}${hint ? `, did you mean '${hint}'?` : ''}`);

    if ((section === 'category' || section === 'tags' || section === 'authors') && !slug) {
      return broken(`'/${section}' has no page of its own: link to one, such as '/${section}/<slug>'`, section === 'category' ? '/categories' : null);
    }
    switch (section) {
      case 'news':
        if (slug === 'page' && rest.length === 1) return this.page(url, '/news', rest[0]);
        if (slug === undefined || rest.length > 0) return broken('article links look like /news/<slug>');
        return this.article(url, slug, from, broken);
      case 'category':
        if (!slug || !this.categories.has(slug)) {
          const hint = suggest(slug ?? '', [...this.categories]);
          return broken(`no category with slug '${slug}' in categories.yml`, hint && `/category/${hint}`);
        }
        return this.tail(url, `/category/${slug}`, rest, ['feed.xml']);
      case 'tags':
        if (!slug || !this.tags.has(slug)) {
          const hint = suggest(slug ?? '', [...this.tags.keys()]);
          return broken(`no article is tagged '${slug}'`, hint && `/tags/${hint}`);
        }
        return this.tail(url, `/tags/${slug}`, rest) ?? this.tag(url, slug);
      case 'authors':
        if (!slug || !this.authors.has(slug)) {
          const hint = suggest(slug ?? '', [...this.authors]);
          return broken(`no author with slug '${slug}' in authors.yml`, hint && `/authors/${hint}`);
        }
        return this.tail(url, `/authors/${slug}`, rest);
      default: {
        if (this.input.publicFileExists(sitePath)) return null;
        const closeSection = section && !SECTIONS.includes(section) ? suggest(section, SECTIONS) : null;
        const hint = closeSection ? `/${[closeSection, slug, ...rest].filter((part) => part !== undefined).join('/')}` : null;
        return broken('the site has no page or file at that address', hint);
      }
    }
  }

  private article(url: string, slug: string, from: Article, broken: (reason: string, hint?: string | null) => Finding): Finding | null {
    const target = this.articles.get(slug);
    if (!target && this.fileSlugs.has(slug)) return null;
    if (!target) {
      const hint = suggest(slug, this.input.fileSlugs);
      return broken(`no article with slug '${slug}'`, hint && `/news/${hint}`);
    }
    const reason = unpublishedReason(target, this.input.now);
    // A scheduled article linking to one that goes live no later than itself never shows a dead link.
    const liveFirst = !target.draft && !from.draft && target.date.getTime() <= from.date.getTime();
    return reason && !liveFirst
      ? warning(`link '${url}' goes to ${reason} (${target.file}): readers get "page not found" until it is published`)
      : null;
  }

  private tag(url: string, slug: string): Finding | null {
    const visible = (this.tags.get(slug) ?? []).some(({ article }) => unpublishedReason(article, this.input.now) === null);
    return visible
      ? null
      : warning(`link '${url}' goes to a tag only drafts or scheduled articles use: readers get "page not found" until one of them is published`);
  }

  /** What may follow a listing's own address: nothing, /page/N, or one of `extras`. */
  private tail(url: string, base: string, rest: string[], extras: string[] = []): Finding | null {
    if (rest.length === 0) return null;
    if (rest.length === 1 && extras.includes(rest[0] ?? '')) return null;
    if (rest.length === 2 && rest[0] === 'page') return this.page(url, base, rest[1]);
    return error(`broken link '${url}': '${base}' has no page at that address`);
  }

  private page(url: string, base: string, segment: string | undefined): Finding | null {
    return parsePageSegment(segment ?? '') === null
      ? error(`broken link '${url}': '${segment ?? ''}' is not a page number; page 1 is '${base}', then '${base}/page/2', '${base}/page/3'…`)
      : null;
  }
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
