/**
 * The router's rules that keep the on-demand content routes to URLs the build has: each rule
 * read the way Next.js reads it (its own path matcher and parser), in order, first match wins.
 */
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { tryToParsePath } from 'next/dist/lib/try-to-parse-path';
import { describe, expect, it } from 'vitest';
import { contentGateRewrites, UNKNOWN_CONTENT } from '@/lib/content-gate';
import { siteConfig } from '@/lib/config';
import type { RouteIndex } from '@/lib/routes';
import { RULE_REGEX_BUDGET } from '@/lib/url-alternation';
import { DRAFT, PUBLISHED, SCHEDULED, sitePublication } from './helpers/site-fixture';

const index = sitePublication().routeIndex;
const rules = contentGateRewrites(index);

type Rule = ReturnType<typeof contentGateRewrites>[number];

/**
 * The first of `gate` that matches `path`, read the way Next.js reads them: in order, each
 * compiled as it is tried. `read` counts the characters of the rules compiled to find it.
 */
function firstMatch(gate: readonly Rule[], path: string): { rule: Rule; params: Record<string, unknown>; read: number } | null {
  let read = 0;
  for (const rule of gate) {
    read += rule.source.length;
    const params = getPathMatch(rule.source, { removeUnnamedParams: true })(path);
    if (params) return { rule, params, read };
  }
  return null;
}

/** Where the router sends `path`: the first rule's destination, or the path itself when none applies. */
function destination(path: string): string {
  const match = firstMatch(rules, path);
  return match ? match.rule.destination.replace(/:(\w+)/g, (_, name: string) => String(match.params[name])) : path;
}

describe('the content gate', () => {
  it('lets every article of the build through, the scheduled one too, and the Vietnamese one to its route', () => {
    for (const slug of PUBLISHED.filter((slug) => slug !== 'mot-tep-editorconfig-cho-ca-nhom')) expect(destination(`/news/${slug}`), slug).toBe(`/news/${slug}`);
    expect(destination(`/news/${SCHEDULED}`)).toBe(`/news/${SCHEDULED}`);
    expect(destination('/news/mot-tep-editorconfig-cho-ca-nhom')).toBe('/vi/news/mot-tep-editorconfig-cho-ca-nhom');
  });

  it('turns away a slug the build does not have, the draft, and near misses', () => {
    for (const path of [`/news/${DRAFT}`, '/news/no-such-story', '/news/page', `/news/${PUBLISHED[0]}-2`, `/news/${PUBLISHED[0]!.slice(0, -1)}`]) {
      expect(destination(path), path).toBe(UNKNOWN_CONTENT);
    }
  });

  it('lets through the pages of listings that exist at some moment of the build, and nothing else', () => {
    for (const path of ['/news/page/2', '/news/page/3', '/category/field-notes', '/category/field-notes/page/2', '/category/dormant', '/tags/workflow/page/2', '/tags/someday', '/authors/ada-quill/page/2']) {
      expect(destination(path), path).toBe(path);
    }
    for (const path of ['/news/page/4', '/news/page/1', '/news/page/02', '/category/nope', '/category/tooling/page/2', '/tags/unreleased', '/authors/dana-holt', '/authors/ada-quill/page/3']) {
      expect(destination(path), path).toBe(UNKNOWN_CONTENT);
    }
  });

  it('leaves every other route alone', () => {
    for (const path of ['/', '/news', '/categories', '/search', '/feed.xml', `/news/${PUBLISHED[0]}/opengraph-image`, '/category/nope/feed.xml', '/sitemaps/0.xml', '/images/a.webp']) {
      expect(destination(path), path).toBe(path);
    }
  });

  it('writes rules Next.js accepts: parsable, no capturing group, within its 4,096-character limit', () => {
    for (const { source } of rules) {
      const { error, regexStr } = tryToParsePath(source);
      expect(error, source.slice(0, 80)).toBeFalsy();
      expect(regexStr!.length).toBeLessThanOrEqual(4096);
    }
  });
});

describe('the cost of the gate', () => {
  /** A route index of `count` articles, newest first, over a few sections, authors and tags, a third in Vietnamese. */
  function archive(count: number): RouteIndex {
    const topics = ['release-notes', 'design-reviews', 'search-tuning', 'on-call', 'accessibility'];
    return {
      pageSize: 9,
      categories: topics,
      authors: ['ada', 'linh'],
      articles: Array.from({ length: count }, (_, number) => ({
        slug: `${topics[number % topics.length]}-${String(number).padStart(5, '0')}`,
        visibleFrom: Date.UTC(2026, 0, 1) - number * 3_600_000,
        category: topics[number % topics.length]!,
        author: number % 2 ? 'ada' : 'linh',
        tags: [`tag-${number % 40}`],
        lang: number % 3 === 0 ? ('vi' as const) : ('en' as const),
      })),
    };
  }

  /** Characters of the rules the router compiles, in order, until one matches `path`. */
  function charactersRead(gate: readonly Rule[], path: string): number {
    const match = firstMatch(gate, path);
    if (!match) throw new Error(`no rule matches ${path}`);
    return match.read;
  }

  it('reaches the newest articles, in either language, and the first page of every listing as fast at 10,000 articles as at 1,000', () => {
    const small = contentGateRewrites(archive(1_000));
    const large = contentGateRewrites(archive(10_000));
    const newest = archive(1_000).articles.slice(0, siteConfig.prerenderArticles).map((article) => `/news/${article.slug}`);
    for (const path of [...newest, '/category/on-call', '/tags/tag-7', '/authors/ada']) {
      expect(charactersRead(large, path), path).toBe(charactersRead(small, path));
      expect(charactersRead(large, path), path).toBeLessThanOrEqual(2 * RULE_REGEX_BUDGET + 100);
    }
  });

  it('still lets the oldest article and the last page through, and nothing past them', () => {
    const index = archive(10_000);
    const gate = contentGateRewrites(index);
    const oldest = `/news/${index.articles.at(-1)!.slug}`;
    const lastPage = `/news/page/${Math.ceil(10_000 / 9)}`;
    const route = (path: string) => firstMatch(gate, path)?.rule.destination;
    expect(route(oldest)).toBe(index.articles.at(-1)!.lang === 'vi' ? '/vi/:known' : '/:known');
    expect(route(`/news/${index.articles[0]!.slug}`)).toBe('/vi/:known');
    expect(route(`/news/${index.articles[1]!.slug}`)).toBe('/:known');
    expect(route(lastPage)).toBe('/:known');
    expect(route(`/news/page/${Math.ceil(10_000 / 9) + 1}`)).toBe(UNKNOWN_CONTENT);
    expect(route(`${oldest}0`)).toBe(UNKNOWN_CONTENT);
  });
});
