import { afterEach, describe, expect, it, vi } from 'vitest';
import { getArticleStatus } from '@/lib/articles';
import type { Article, Category, Tag } from '@/lib/content/model';
import { isPublished } from '@/lib/content/visibility';
import { relatedArticles } from '@/lib/related';

const category = (slug: string): Category => ({ slug, name: slug, description: `The ${slug} section.` });
const devTools = category('dev-tools');
const design = category('design');
const studio = category('studio');

const tags = (...slugs: string[]): Tag[] => slugs.map((slug) => ({ slug, label: slug }));

/** A complete, type-correct Article with neutral defaults; tests override what they exercise. */
function article(slug: string, overrides: Partial<Article> = {}): Article {
  return {
    slug,
    title: `Title of ${slug}`,
    description: `Description of ${slug}.`,
    date: new Date('2026-01-01T00:00:00Z'),
    updated: null,
    category: devTools,
    author: null,
    tags: [],
    image: null,
    source: null,
    featured: false,
    draft: false,
    ads: true,
    lang: 'en',
    translationOf: null,
    words: 1,
    readingMinutes: 1,
    ...overrides,
  };
}

const day = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
const slugs = (articles: readonly Article[]) => articles.map((item) => item.slug);

describe('relatedArticles', () => {
  const current = article('current', { tags: tags('typescript', 'cli', 'testing'), date: day('2026-03-01') });

  it('puts every same-category article first, then tops up from other categories to the limit', () => {
    const candidates = [
      article('same-a', { date: day('2026-01-01') }),
      article('same-b', { date: day('2026-01-02') }),
      article('same-c', { date: day('2026-01-03') }),
      // Shares every tag and is newer, but lives in another category.
      article('other-best', { category: design, tags: tags('typescript', 'cli', 'testing'), date: day('2026-02-28') }),
    ];
    expect(slugs(relatedArticles(current, candidates, 6))).toEqual(['same-c', 'same-b', 'same-a', 'other-best']);
    expect(slugs(relatedArticles(current, candidates, 3))).toEqual(['same-c', 'same-b', 'same-a']);
  });

  it('ranks by shared tags, then recency, then slug', () => {
    const candidates = [
      article('zero-old-b', { date: day('2025-06-01') }),
      article('zero-old-a', { date: day('2025-06-01') }),
      article('zero-newest', { date: day('2026-02-20') }),
      article('one-tag-older', { tags: tags('cli'), date: day('2025-12-01') }),
      article('one-tag-newer', { tags: tags('testing', 'design'), date: day('2026-01-15') }),
      article('two-tags-oldest', { tags: tags('typescript', 'cli'), date: day('2024-01-01') }),
    ];
    expect(slugs(relatedArticles(current, candidates, 6))).toEqual([
      'two-tags-oldest',
      'one-tag-newer',
      'one-tag-older',
      'zero-newest',
      'zero-old-a',
      'zero-old-b',
    ]);
  });

  it('tops up from other categories by shared tags then recency, up to the limit', () => {
    const candidates = [
      article('same-only', { date: day('2025-01-01') }),
      article('other-no-tags-new', { category: design, date: day('2026-02-27') }),
      article('other-one-tag', { category: studio, tags: tags('cli'), date: day('2025-05-01') }),
      article('other-two-tags', { category: design, tags: tags('cli', 'testing'), date: day('2024-05-01') }),
      article('other-no-tags-old', { category: studio, date: day('2024-01-01') }),
    ];
    expect(slugs(relatedArticles(current, candidates, 6))).toEqual(['same-only', 'other-two-tags', 'other-one-tag', 'other-no-tags-new', 'other-no-tags-old']);
    expect(slugs(relatedArticles(current, candidates, 3))).toEqual(['same-only', 'other-two-tags', 'other-one-tag']);
  });

  it('puts same-category articles before top-ups even when top-ups share more tags', () => {
    const candidates = [
      article('same-old', { date: day('2020-01-01') }),
      article('same-older', { date: day('2019-01-01') }),
      article('other-match', { category: design, tags: tags('typescript', 'cli', 'testing'), date: day('2026-02-01') }),
    ];
    expect(slugs(relatedArticles(current, candidates, 6))).toEqual(['same-old', 'same-older', 'other-match']);
  });

  it('tops up entirely from other categories when the category has no others', () => {
    const candidates = [
      article('design-a', { category: design, date: day('2026-01-01') }),
      article('design-b', { category: design, date: day('2026-01-03') }),
      article('studio-c', { category: studio, date: day('2026-01-02') }),
      article('studio-d', { category: studio, date: day('2025-01-02') }),
    ];
    expect(slugs(relatedArticles(current, candidates, 6))).toEqual(['design-b', 'studio-c', 'design-a', 'studio-d']);
  });

  it('returns what there is when fewer candidates than the limit exist', () => {
    expect(slugs(relatedArticles(current, [article('only', { category: design })], 6))).toEqual(['only']);
    expect(relatedArticles(current, [], 6)).toEqual([]);
  });

  it('never includes the article itself', () => {
    const twin = article('current', { category: design, tags: current.tags });
    const candidates = [current, twin, article('same-a'), article('other', { category: design })];
    const related = relatedArticles(current, candidates, 6);
    expect(slugs(related)).not.toContain('current');
    expect(slugs(related)).toEqual(['same-a', 'other']);
  });

  it('respects the limit', () => {
    const many = Array.from({ length: 8 }, (_, index) => article(`same-${index}`, { date: day(`2026-01-0${index + 1}`) }));
    expect(slugs(relatedArticles(current, many, 6))).toEqual(['same-7', 'same-6', 'same-5', 'same-4', 'same-3', 'same-2']);
    expect(relatedArticles(current, many, 2)).toHaveLength(2);
    expect(relatedArticles(current, [article('same-a'), article('other', { category: design })], 1)).toHaveLength(1);
    expect(relatedArticles(current, many, 0)).toEqual([]);
  });

  it('is deterministic whatever the order of the candidates, and does not reorder them', () => {
    const candidates = [
      article('b', { date: day('2026-01-01') }),
      article('a', { date: day('2026-01-01') }),
      article('c', { tags: tags('cli'), date: day('2025-01-01') }),
      article('x', { category: design, date: day('2026-01-01') }),
      article('w', { category: design, date: day('2026-01-01') }),
    ];
    const expected = ['c', 'a', 'b', 'w', 'x'];
    const before = slugs(candidates);
    expect(slugs(relatedArticles(current, candidates, 6))).toEqual(expected);
    expect(slugs(relatedArticles(current, [...candidates].reverse(), 6))).toEqual(expected);
    expect(slugs(relatedArticles(current, [...candidates.slice(2), ...candidates.slice(0, 2)], 6))).toEqual(expected);
    expect(slugs(candidates)).toEqual(before);

    const smallCategory = candidates.filter((item) => item.slug !== 'b' && item.slug !== 'c');
    expect(slugs(relatedArticles(current, smallCategory, 6))).toEqual(['a', 'w', 'x']);
    expect(slugs(relatedArticles(current, [...smallCategory].reverse(), 6))).toEqual(['a', 'w', 'x']);
  });
});

describe('isPublished', () => {
  const now = new Date('2026-03-01T10:00:00.000Z');

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('includes a non-draft article dated before now', () => {
    expect(isPublished(article('past', { date: new Date('2026-02-28T00:00:00Z') }), now)).toBe(true);
  });

  it('includes an article dated exactly now', () => {
    expect(isPublished(article('now', { date: new Date(now.getTime()) }), now)).toBe(true);
  });

  it('excludes an article dated a millisecond after now (scheduled)', () => {
    expect(isPublished(article('soon', { date: new Date(now.getTime() + 1) }), now)).toBe(false);
    expect(isPublished(article('far', { date: new Date('2099-01-01T00:00:00Z') }), now)).toBe(false);
  });

  it('excludes drafts, even long past their date', () => {
    expect(isPublished(article('draft', { draft: true, date: new Date('2020-01-01T00:00:00Z') }), now)).toBe(false);
  });

  it('uses the pinned clock (NEWS_NOW) for the preview banner when no moment is given', () => {
    const scheduled = article('scheduled', { date: new Date('2098-06-01T00:00:00Z') });
    vi.stubEnv('NODE_ENV', 'test');
    vi.stubEnv('NEWS_NOW', '2098-01-01T00:00:00Z');
    expect(getArticleStatus(scheduled)).toBe('scheduled');
    vi.stubEnv('NEWS_NOW', '2099-01-01T00:00:00Z');
    expect(getArticleStatus(scheduled)).toBe('published');
    expect(getArticleStatus(article('draft', { draft: true, date: new Date('2020-01-01T00:00:00Z') }))).toBe('draft');
  });
});
