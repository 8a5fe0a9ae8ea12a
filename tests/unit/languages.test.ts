/** Articles in other languages keep their URL and get their own <html lang> through the router. */
import { describe, expect, it } from 'vitest';
import { languageRedirects, languageRewrites, slugsByLanguageInFolder } from '@/lib/languages';
import { SITE_OPTIONS, siteContent } from './helpers/site-fixture';

describe('language routes', () => {
  it('finds the Vietnamese articles of a content folder, as the loader reads them', () => {
    const fromLoader = siteContent().articles.filter((article) => article.lang === 'vi').map((article) => article.slug);
    expect(fromLoader).toEqual(['mot-tep-editorconfig-cho-ca-nhom']);
    expect([...slugsByLanguageInFolder(SITE_OPTIONS.contentDir)]).toEqual([['vi', fromLoader]]);
  });

  it('rewrites their public URL to the internal route of their language, and nothing else', () => {
    const rewrites = languageRewrites(new Map([['vi', ['mot-tep', 'xin-chao']]]));
    expect(rewrites).toHaveLength(1);
    const [{ source, destination }] = rewrites as [{ source: string; destination: string }];
    expect(destination).toBe('/vi/news/:slug');
    const alternation = /^\/news\/:slug\((.+)\)$/.exec(source)?.[1];
    expect(alternation).toBeDefined();
    const pattern = new RegExp(`^/news/(${alternation})$`);
    expect(['/news/mot-tep', '/news/xin-chao'].every((path) => pattern.test(path))).toBe(true);
    expect(['/news/mot-tep-2', '/news/xin', '/news/mot-tep/opengraph-image'].some((path) => pattern.test(path))).toBe(false);
    expect(languageRewrites(new Map())).toEqual([]);
  });

  it('sends the internal URLs back to the public ones', () => {
    expect(languageRedirects()).toEqual([{ source: '/vi/news/:slug', destination: '/news/:slug', permanent: true }]);
  });
});
