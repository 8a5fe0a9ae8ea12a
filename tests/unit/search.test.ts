import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SearchResults } from '@/components/search-results';
import {
  buildSearchIndex,
  foldTerm,
  getSearchIndex,
  MAX_QUERY_LENGTH,
  normaliseQuery,
  parseResultsPage,
  searchArticles,
  type TextSegment,
} from '@/lib/search';
import { parseHtml } from './helpers/html';
import { fixtureArticle, fixtureContent, publishedFixture, syntheticArticles, UNPUBLISHED_SLUGS } from './helpers/seo-fixture';
import { searchUrl } from '@/lib/urls';

const index = buildSearchIndex(publishedFixture());
const slugs = (query: string, page = 1, pageSize = 9) => searchArticles(index, query, page, pageSize).hits.map((hit) => hit.article.slug);
const marked = (segments: TextSegment[]) => segments.filter((segment) => segment.highlight).map((segment) => segment.text);

describe('foldTerm', () => {
  it('drops case and diacritics, and reads đ as d', () => {
    expect('Thành phố Hồ Chí Minh'.split(' ').map(foldTerm)).toEqual(['thanh', 'pho', 'ho', 'chi', 'minh']);
    expect(foldTerm('Đà')).toBe('da');
    expect(foldTerm('Nẵng')).toBe('nang');
    expect(foldTerm('Ho\u0302\u0300')).toBe('ho'); // decomposed input (macOS file names, some keyboards)
  });
});

describe('normaliseQuery', () => {
  it('takes the first of repeated parameters and ignores non-strings', () => {
    expect(normaliseQuery(['monorepo', 'other'])).toBe('monorepo');
    expect(normaliseQuery(undefined)).toBe('');
    expect(normaliseQuery(42)).toBe('');
    expect(normaliseQuery({ q: 'x' })).toBe('');
  });

  it(`caps the length at ${MAX_QUERY_LENGTH} characters without splitting a character`, () => {
    expect(normaliseQuery('a'.repeat(5000))).toHaveLength(MAX_QUERY_LENGTH);
    const emoji = normaliseQuery('a' + '😀'.repeat(300));
    expect(Array.from(emoji)).toHaveLength(MAX_QUERY_LENGTH);
    expect(emoji.endsWith('😀')).toBe(true);
  });

  it('collapses whitespace and removes control characters and lone surrogates', () => {
    expect(normaliseQuery('  mono\u0000repo\n\t tools ')).toBe('mono repo tools');
    expect(normaliseQuery('bad\uD800half')).toBe('badhalf');
    expect(() => encodeURIComponent(normaliseQuery('x\uDC00y'))).not.toThrow();
  });
});

describe('parseResultsPage', () => {
  it('accepts plain positive integers and reads anything else as page 1', () => {
    expect(parseResultsPage('2')).toBe(2);
    expect(parseResultsPage(['3', '4'])).toBe(3);
    for (const bad of ['0', '-1', '1e3', '2.5', 'two', '', '9999999', undefined]) expect(parseResultsPage(bad)).toBe(1);
  });
});

describe('searchUrl', () => {
  it('encodes the query and adds the page after the first', () => {
    expect(searchUrl('a&b c', 1)).toBe('/search?q=a%26b%20c');
    expect(searchUrl('a&b c', 3)).toBe('/search?q=a%26b%20c&page=3');
  });
});

describe('searchArticles', () => {
  it('ranks a title match above a body match', () => {
    const found = slugs('monorepo');
    expect(found[0]).toBe('monorepo-tools');
    expect(found).toContain('typescript-notes'); // "monorepo" only in its body
    expect(found.indexOf('monorepo-tools')).toBeLessThan(found.indexOf('typescript-notes'));
  });

  it('ranks a description match above a body-only match', () => {
    // "typescript" is in monorepo-tools's description and tags, and in typescript-notes's title.
    expect(slugs('typescript')[0]).toBe('typescript-notes');
  });

  it('finds Vietnamese text typed without its diacritics, and with them', () => {
    expect(slugs('thanh pho ho chi minh')[0]).toBe('studio-in-saigon');
    expect(slugs('da nang')).toEqual(['studio-in-saigon']);
    expect(slugs('Sài Gòn')).toEqual(['studio-in-saigon']);
    expect(slugs('SAI GON')).toEqual(['studio-in-saigon']);
  });

  it('tolerates a typo', () => {
    expect(slugs('typscript')).toEqual(expect.arrayContaining(['typescript-notes', 'monorepo-tools']));
    expect(slugs('monorpeo')).toContain('monorepo-tools');
  });

  it('completes a prefix', () => {
    expect(slugs('monor')).toContain('monorepo-tools');
    expect(slugs('strict typ')).toEqual(['typescript-notes']);
  });

  it('never returns drafts or scheduled articles', () => {
    const found = [...slugs('monorepo'), ...slugs('secrets'), ...slugs('scheduled announcement'), ...slugs('unfinished')];
    for (const slug of UNPUBLISHED_SLUGS) expect(found).not.toContain(slug);
  });

  it('highlights the matched words in the title and a body snippet around them', () => {
    const [hit] = searchArticles(index, 'thanh pho').hits;
    expect(hit?.article.slug).toBe('studio-in-saigon');
    expect(marked(hit?.snippet ?? [])).toEqual(['Thành', 'phố']);
    expect(hit?.snippet.map((segment) => segment.text).join('')).toContain('Officially it is Thành phố Hồ Chí Minh');

    const [typo] = searchArticles(index, 'monorpeo').hits;
    expect(marked(typo?.title ?? [])).toEqual(['monorepo']);
  });

  it('matches every word first, and falls back to any word when that finds nothing', () => {
    expect(slugs('monorepo strict')).toEqual(['typescript-notes']);
    expect(slugs('monorepo zebra').length).toBeGreaterThan(0);
  });

  it('paginates results and reads an out-of-range page as page 1', () => {
    const all = slugs('the', 1, 100);
    expect(all.length).toBeGreaterThanOrEqual(3);
    const second = searchArticles(index, 'the', 2, 1);
    expect(second).toMatchObject({ page: 2, totalPages: all.length, total: all.length });
    expect(second.hits.map((hit) => hit.article.slug)).toEqual([all[1]]);
    expect(searchArticles(index, 'the', 99, 1).page).toBe(1);
    expect(searchArticles(index, 'the', 99, 1).hits.map((hit) => hit.article.slug)).toEqual([all[0]]);
  });

  it('returns nothing for empty or punctuation-only queries', () => {
    for (const query of ['', '   ', '!!!', '<>']) expect(searchArticles(index, query)).toMatchObject({ total: 0, hits: [], totalPages: 0 });
  });

  it('caps the query and copes with very long ones', () => {
    const long = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');
    const results = searchArticles(index, `monorepo ${long}`);
    expect(results.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });

  it('echoes a hostile query as text, never as markup', () => {
    const query = '<script>alert(1)</script>';
    const results = searchArticles(index, query);
    expect(results.query).toBe(query);
    const html = renderToStaticMarkup(createElement(SearchResults, { results: { ...results, total: 0, hits: [] } }));
    expect(html).not.toContain('<script>');
    expect(parseHtml(html).querySelectorAll('script')).toHaveLength(0);
    expect(parseHtml(html).text).toContain('No results for “<script>alert(1)</script>”');
  });

  it('renders hits with marks that contain only the matched words', () => {
    const html = renderToStaticMarkup(createElement(SearchResults, { results: searchArticles(index, 'sài gòn') }));
    const root = parseHtml(html);
    expect(root.querySelectorAll('mark').map((mark) => mark.text)).toEqual(['Sài', 'Gòn']);
    expect(root.querySelector('a[href="/news/studio-in-saigon"]')).not.toBeNull();
  });
});

describe('getSearchIndex', () => {
  it('reuses the index while the published set is unchanged', () => {
    const published = publishedFixture();
    const first = getSearchIndex(published);
    expect(getSearchIndex([...published])).toBe(first);
    expect(getSearchIndex([...published].reverse())).toBe(first);
  });

  it('adds a scheduled article when it goes live, and rebuilds when one is edited or withdrawn', () => {
    const published = publishedFixture();
    const first = getSearchIndex(published);
    const scheduled = fixtureContent().articles.find((article) => article.slug === 'future-launch')!;
    expect(slugs('scheduled announcement')).toEqual([]);

    const live = getSearchIndex([scheduled, ...published]);
    expect(live).toBe(first);
    expect(searchArticles(live, 'scheduled announcement').hits.map((hit) => hit.article.slug)).toEqual(['future-launch']);

    const edited = published.map((article) => (article.slug === 'studio-in-saigon' ? { ...article, title: 'Renamed studio story' } : article));
    const rebuilt = getSearchIndex(edited);
    expect(rebuilt).not.toBe(first);
    expect(searchArticles(rebuilt, 'renamed').hits.map((hit) => hit.article.slug)).toEqual(['studio-in-saigon']);
    expect(searchArticles(rebuilt, 'scheduled announcement').total).toBe(0);

    const withdrawn = getSearchIndex(edited.filter((article) => article.slug !== 'typescript-notes'));
    expect(withdrawn).not.toBe(rebuilt);
    expect(searchArticles(withdrawn, 'strict').total).toBe(0);
  });

  it('indexes a thousand articles', () => {
    const many = syntheticArticles(fixtureArticle('monorepo-tools'), 1000);
    const big = buildSearchIndex(many);
    expect(searchArticles(big, 'monorepo tooling 999').hits[0]?.article.slug).toBe('monorepo-tools-999');
  });
});
