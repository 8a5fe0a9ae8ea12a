import { afterEach, describe, expect, it, vi } from 'vitest';
import { getArticle, getPublishedArticles, isPublished, publicationStatus } from '@/lib/articles';
import { currentTime } from '@/lib/clock';
import { getNewsListing } from '@/lib/listings';

/** The real sample content, with the clock moved around an article's publication moment. */
const SLUG = 'monorepo-tooling-we-actually-use';
const MOMENT = new Date('2026-11-24T00:00:00+07:00');
const before = new Date(MOMENT.getTime() - 1000);

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('scheduled publishing', () => {
  it('keeps an article out of reach until its moment, to the second', () => {
    expect(getArticle(SLUG, before)).toBeNull();
    expect(getArticle(SLUG, MOMENT)?.slug).toBe(SLUG);
  });

  it('lists the article only from its moment on', () => {
    expect(getPublishedArticles(before).map((article) => article.slug)).not.toContain(SLUG);
    expect(getPublishedArticles(MOMENT).map((article) => article.slug)).toContain(SLUG);
    expect(getPublishedArticles(MOMENT)[0]?.slug).toBe(SLUG);
  });

  it('never publishes a draft, whatever the time', () => {
    const far = new Date('2100-01-01T00:00:00Z');
    expect(getArticle('notes-on-running-design-critiques', far)).toBeNull();
    expect(getPublishedArticles(far).some((article) => article.draft)).toBe(false);
  });

  it('names the state for the preview banner', () => {
    const article = getArticle(SLUG, MOMENT)!;
    expect(publicationStatus(article, before)).toBe('scheduled');
    expect(publicationStatus(article, MOMENT)).toBe('published');
    expect(isPublished({ draft: true, date: new Date(0) }, MOMENT)).toBe(false);
  });

  it('uses the real clock for listings by default', () => {
    expect(getNewsListing()?.totalItems).toBe(getPublishedArticles(new Date()).length);
  });
});

describe('the clock', () => {
  it('can be pinned with NEWS_NOW outside production', () => {
    vi.stubEnv('NODE_ENV', 'test');
    vi.stubEnv('NEWS_NOW', '2026-06-01T00:00:00+07:00');
    expect(currentTime().toISOString()).toBe('2026-05-31T17:00:00.000Z');
  });

  it('ignores NEWS_NOW in production', () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('NEWS_NOW', '2000-01-01T00:00:00Z');
    expect(Math.abs(currentTime().getTime() - Date.now())).toBeLessThan(5_000);
  });

  it('ignores a malformed NEWS_NOW', () => {
    vi.stubEnv('NODE_ENV', 'test');
    vi.stubEnv('NEWS_NOW', 'next tuesday');
    expect(Math.abs(currentTime().getTime() - Date.now())).toBeLessThan(5_000);
  });
});
