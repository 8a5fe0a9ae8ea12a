import { afterEach, describe, expect, it, vi } from 'vitest';
import { getArticle } from '@/lib/articles';
import { currentTime } from '@/lib/clock';
import { isPublished, publicationStatus } from '@/lib/content/visibility';
import { currentEdition, editionAt } from '@/lib/edition';
import { getListing } from '@/lib/listings';
import { DRAFT, justBefore, PUBLISHED, SCHEDULED, SCHEDULED_MOMENT, sitePublication } from './helpers/site-fixture';

/** The fixture site, with the clock moved around the scheduled article's moment (2099-06-01T09:00:00+07:00). */
const before = justBefore(SCHEDULED_MOMENT);
const at = (moment: Date) => editionAt(sitePublication(), moment);
const slugs = (moment: Date) => at(moment).articles.map((article) => article.slug);

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('scheduled publishing', () => {
  it('keeps an article out of reach until its moment, to the millisecond', () => {
    expect(getArticle(at(before), SCHEDULED)).toBeNull();
    expect(getArticle(at(SCHEDULED_MOMENT), SCHEDULED)?.slug).toBe(SCHEDULED);
  });

  it('lists the article only from its moment on, at the top', () => {
    expect(slugs(before)).not.toContain(SCHEDULED);
    expect(slugs(SCHEDULED_MOMENT)).toContain(SCHEDULED);
    expect(slugs(SCHEDULED_MOMENT)[0]).toBe(SCHEDULED);
    expect(getListing(at(before), 'news', {})?.items[0]?.slug).toBe('the-winter-release-calendar');
    expect(getListing(at(SCHEDULED_MOMENT), 'news', {})?.items[0]?.slug).toBe(SCHEDULED);
  });

  it('never publishes a draft, whatever the time', () => {
    const far = new Date('2100-01-01T00:00:00Z');
    expect(getArticle(at(far), DRAFT)).toBeNull();
    expect(at(far).articles.some((article) => article.draft)).toBe(false);
  });

  it('names the state for the preview banner', () => {
    const article = getArticle(at(SCHEDULED_MOMENT), SCHEDULED)!;
    expect(publicationStatus(article, before)).toBe('scheduled');
    expect(publicationStatus(article, SCHEDULED_MOMENT)).toBe('published');
    expect(isPublished({ draft: true, date: new Date(0) }, SCHEDULED_MOMENT)).toBe(false);
  });

  it('uses the real clock for listings by default', async () => {
    const edition = await currentEdition();
    expect(edition.routes.from).toBeLessThanOrEqual(Date.now());
    expect(edition.routes.until).toBeGreaterThan(Date.now());
    // The real clock is past every published article of the fixture and before 2099.
    expect(getListing(edition, 'news', {})?.totalItems).toBe(PUBLISHED.length);
  });

  it('follows a pinned clock, and lets the article in when the pin passes its moment', async () => {
    vi.stubEnv('NODE_ENV', 'test');
    vi.stubEnv('NEWS_NOW', before.toISOString());
    expect(getArticle(await currentEdition(), SCHEDULED)).toBeNull();
    vi.stubEnv('NEWS_NOW', '2099-06-01T09:00:00+07:00');
    expect(getArticle(await currentEdition(), SCHEDULED)?.slug).toBe(SCHEDULED);
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
