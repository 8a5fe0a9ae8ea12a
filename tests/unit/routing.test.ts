import { describe, expect, it } from 'vitest';
import { getPublishedArticles } from '@/lib/articles';
import { contentPageExists } from '@/lib/routing';

// Against the sample content: 15 published articles, 9 a page, the draft
// notes-on-running-design-critiques, linh-tran with 7 articles, 7 tagged workflow.
describe('contentPageExists', () => {
  it('knows every published article, and nothing else under /news/<slug>', () => {
    for (const article of getPublishedArticles()) expect(contentPageExists(`/news/${article.slug}`)).toBe(true);
    expect(contentPageExists('/news/this-story-does-not-exist')).toBe(false);
    expect(contentPageExists('/news/notes-on-running-design-critiques')).toBe(false);
    expect(contentPageExists('/news/page')).toBe(false);
  });

  it('knows which listing pages exist', () => {
    expect(contentPageExists('/news')).toBe(true);
    expect(contentPageExists('/news/page/2')).toBe(true);
    expect(contentPageExists('/news/page/3')).toBe(false);
    expect(contentPageExists('/news/page/1')).toBe(false);
    expect(contentPageExists('/news/page/02')).toBe(false);
    expect(contentPageExists('/category/dev-tools')).toBe(true);
    expect(contentPageExists('/category/dev-tool')).toBe(false);
    expect(contentPageExists('/category/dev-tools/page/2')).toBe(false);
    expect(contentPageExists('/tags/workflow')).toBe(true);
    expect(contentPageExists('/tags/no-such-tag')).toBe(false);
    expect(contentPageExists('/authors/linh-tran')).toBe(true);
    expect(contentPageExists('/authors/nobody')).toBe(false);
    expect(contentPageExists('/authors/linh-tran/page/2')).toBe(false);
  });

  it('reads percent-encoded segments as the pages do, and malformed ones as nothing', () => {
    expect(contentPageExists('/category/dev%2Dtools')).toBe(true);
    expect(contentPageExists('/news/caf%C3%A9')).toBe(false);
    expect(contentPageExists('/news/%E0%A4%A')).toBe(false);
  });

  it('leaves every other path to the router', () => {
    for (const path of ['/', '/search', '/categories', '/feed.xml', '/news/x/opengraph-image', '/category/dev-tools/feed.xml', '/about']) {
      expect(contentPageExists(path), path).toBeNull();
    }
  });
});
