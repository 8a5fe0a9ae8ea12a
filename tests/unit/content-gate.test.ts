/**
 * The router's rules that keep the on-demand content routes to URLs the build has: each rule
 * read the way Next.js reads it (its own path matcher and parser), in order, first match wins.
 */
import { getPathMatch } from 'next/dist/shared/lib/router/utils/path-match';
import { tryToParsePath } from 'next/dist/lib/try-to-parse-path';
import { describe, expect, it } from 'vitest';
import { contentGateRewrites, UNKNOWN_CONTENT } from '@/lib/content-gate';
import { languageRewrites, slugsByLanguage } from '@/lib/languages';
import { DRAFT, PUBLISHED, SCHEDULED, sitePublication } from './helpers/site-fixture';

const index = sitePublication().routeIndex;
const rules = [...languageRewrites(slugsByLanguage(index)), ...contentGateRewrites(index)];
const matchers = rules.map((rule) => ({ rule, match: getPathMatch(rule.source, { removeUnnamedParams: true }) }));

/** Where the router sends `path`: the first rule's destination, or the path itself when none applies. */
function destination(path: string): string {
  for (const { rule, match } of matchers) {
    const params = match(path);
    if (params) return rule.destination.replace(/:(\w+)/g, (_, name: string) => String(params[name]));
  }
  return path;
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
