import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SearchResults } from '@/components/search-results';
import { compileContent } from '@/lib/content/loader';
import { editionAt } from '@/lib/edition';
import { publicationOf } from '@/lib/publication';
import {
  buildSearchIndex,
  foldTerm,
  getSearchIndex,
  MAX_QUERY_LENGTH,
  normaliseQuery,
  parseResultsPage,
  searchArticles,
  searchPublished,
  type SearchOptions,
  type TextSegment,
} from '@/lib/search';
import { searchUrl } from '@/lib/urls';
import { parseHtml } from './helpers/html';
import {
  FIXTURE_NOW,
  fixtureArticle,
  fixtureContent,
  fixtureEdition,
  fixturePublication,
  fixtureText,
  SEO_FIXTURE,
  syntheticArticles,
  UNPUBLISHED_SLUGS,
} from './helpers/seo-fixture';

/** The publication's index holds the scheduled article too; a search shows what is visible at FIXTURE_NOW. */
const index = getSearchIndex(fixturePublication());
const visible = (slug: string) => fixtureEdition().routes.hasArticle(slug);
const search = (query: string, options: Partial<SearchOptions> = {}) => searchArticles(index, query, { visible, ...options });
const slugs = (query: string, page = 1, pageSize = 9) => search(query, { page, pageSize }).hits.map((hit) => hit.article.slug);
const marked = (segments: readonly TextSegment[]) => segments.filter((segment) => segment.highlight).map((segment) => segment.text);

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
    const [hit] = search('thanh pho').hits;
    expect(hit?.article.slug).toBe('studio-in-saigon');
    expect(marked(hit?.snippet ?? [])).toEqual(['Thành', 'phố']);
    expect(hit?.snippet.map((segment) => segment.text).join('')).toContain('Officially it is Thành phố Hồ Chí Minh');

    const [typo] = search('monorpeo').hits;
    expect(marked(typo?.title ?? [])).toEqual(['monorepo']);
  });

  it('matches every word first, and falls back to any word when that finds nothing', () => {
    expect(slugs('monorepo strict')).toEqual(['typescript-notes']);
    expect(slugs('monorepo zebra').length).toBeGreaterThan(0);
  });

  it('paginates results and reads an out-of-range page as page 1', () => {
    const all = slugs('the', 1, 100);
    expect(all.length).toBeGreaterThanOrEqual(3);
    const second = search('the', { page: 2, pageSize: 1 });
    expect(second).toMatchObject({ page: 2, totalPages: all.length, total: all.length });
    expect(second.hits.map((hit) => hit.article.slug)).toEqual([all[1]]);
    expect(search('the', { page: 99, pageSize: 1 }).page).toBe(1);
    expect(search('the', { page: 99, pageSize: 1 }).hits.map((hit) => hit.article.slug)).toEqual([all[0]]);
  });

  it('returns nothing for empty or punctuation-only queries', () => {
    for (const query of ['', '   ', '!!!', '<>']) expect(search(query)).toMatchObject({ total: 0, hits: [], totalPages: 0 });
  });

  it('caps the query and copes with very long ones', () => {
    const long = Array.from({ length: 120 }, (_, i) => `word${i}`).join(' ');
    const results = search(`monorepo ${long}`);
    expect(results.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });

  it('echoes a hostile query as text, never as markup', () => {
    const query = '<script>alert(1)</script>';
    const results = search(query);
    expect(results.query).toBe(query);
    const html = renderToStaticMarkup(createElement(SearchResults, { results: { ...results, total: 0, hits: [] } }));
    expect(html).not.toContain('<script>');
    expect(parseHtml(html).querySelectorAll('script')).toHaveLength(0);
    expect(parseHtml(html).text).toContain('No results for “<script>alert(1)</script>”');
  });

  it('renders hits with marks that contain only the matched words', () => {
    const html = renderToStaticMarkup(createElement(SearchResults, { results: search('sài gòn') }));
    const root = parseHtml(html);
    expect(root.querySelectorAll('mark').map((mark) => mark.text)).toEqual(['Sài', 'Gòn']);
    expect(root.querySelector('a[href="/news/studio-in-saigon"]')).not.toBeNull();
  });
});

describe('snippets', () => {
  const filler = (word: string, count: number) => Array.from({ length: count }, () => word).join(' ');
  const article = fixtureArticle('monorepo-tools');
  /** A one-article index whose body is `body`, searched for `query`: the hit's snippet. */
  const snippetOf = (body: string, query: string) => {
    const one = buildSearchIndex([{ ...article, title: 'Plain title', description: 'Plain summary.' }], () => body);
    return searchArticles(one, query, { visible: () => true }).hits[0]?.snippet ?? [];
  };
  const text = (segments: readonly TextSegment[]) => segments.map((segment) => segment.text).join('');

  it('starts at the first match of a one-word query', () => {
    const segments = snippetOf(`${filler('lorem', 60)} zebra ${filler('ipsum', 60)} zebra ${filler('dolor', 60)}`, 'zebra');
    expect(marked(segments)).toEqual(['zebra']);
    expect(text(segments)).toContain('lorem zebra ipsum');
  });

  it('moves on to where the query words appear together, even far down the body', () => {
    const body = `apple ${filler('lorem', 80)} banana ${filler('ipsum', 80)} apple and banana together ${filler('dolor', 80)}`;
    const segments = snippetOf(body, 'apple banana');
    expect(marked(segments)).toEqual(['apple', 'banana']);
    expect(text(segments)).toContain('apple and banana together');
  });

  it('keeps the earliest of equally good windows', () => {
    const body = `${filler('lorem', 10)} apple banana ${filler('ipsum', 80)} apple banana again ${filler('dolor', 80)}`;
    expect(text(snippetOf(body, 'apple banana'))).not.toContain('again');
  });

  it('prefers the window with more distinct query words over an earlier one with fewer', () => {
    const body = `apple apple apple ${filler('lorem', 80)} banana cherry apple ${filler('ipsum', 80)}`;
    expect(marked(snippetOf(body, 'apple banana cherry'))).toEqual(['banana', 'cherry', 'apple']);
  });
});

describe('getSearchIndex and searchPublished', () => {
  it('builds one index per publication, from its bodies, and keeps it', () => {
    const publication = fixturePublication();
    expect(getSearchIndex(publication)).toBe(index);
    expect([...index.articles.keys()].sort()).toEqual(['future-launch', 'monorepo-tools', 'script-in-title', 'studio-in-saigon', 'typescript-notes']);
    expect(index.text('studio-in-saigon')).toContain('Officially it is Thành phố Hồ Chí Minh');
  });

  it('finds a scheduled article from its moment on, with the same index', () => {
    expect(searchPublished(fixtureEdition(), 'scheduled announcement').hits).toEqual([]);
    const live = fixtureEdition(new Date('2027-01-01T00:00:00+07:00'));
    expect(searchPublished(live, 'scheduled announcement').hits.map((hit) => hit.article.slug)).toEqual(['future-launch']);
    expect(getSearchIndex(live.publication)).toBe(index);
    // Without a visibility rule the index answers for every article it holds.
    expect(searchArticles(index, 'scheduled announcement', { visible: () => true }).hits.map((hit) => hit.article.slug)).toEqual(['future-launch']);
  });

  it('never finds a draft, at any moment', () => {
    const far = fixtureEdition(new Date('2999-01-01T00:00:00Z'));
    for (const query of ['secrets', 'unfinished', 'draft']) {
      expect(searchPublished(far, query).hits.map((hit) => hit.article.slug)).not.toContain('draft-idea');
    }
    expect(index.articles.has('draft-idea')).toBe(false);
  });

  it('pages results like searchArticles', () => {
    expect(searchPublished(fixtureEdition(), 'monorepo', 1)).toEqual(search('monorepo'));
  });

  it('builds a new index for a new publication: an edit or a withdrawal shows', () => {
    const content = fixtureContent();
    const edited = publicationOf(
      { ...content, articles: content.articles.map((article) => (article.slug === 'studio-in-saigon' ? { ...article, title: 'Renamed studio story' } : article)) },
      { preview: false },
    );
    const rebuilt = getSearchIndex(edited);
    expect(rebuilt).not.toBe(index);
    expect(searchPublished(editionAt(edited, FIXTURE_NOW), 'renamed').hits.map((hit) => hit.article.slug)).toEqual(['studio-in-saigon']);
    expect(searchPublished(fixtureEdition(), 'renamed').total).toBe(0);

    const withdrawn = publicationOf({ ...content, articles: content.articles.filter((article) => article.slug !== 'typescript-notes') }, { preview: false });
    expect(getSearchIndex(withdrawn)).not.toBe(index);
    expect(searchPublished(editionAt(withdrawn, FIXTURE_NOW), 'strict').total).toBe(0);
    expect(searchPublished(fixtureEdition(), 'strict').total).toBe(1);
  });

  it('answers the same normalised query and page alike', () => {
    const edition = fixtureEdition();
    const first = searchPublished(edition, 'monorepo');
    expect(first.total).toBeGreaterThan(0);
    expect(searchPublished(edition, '  monorepo\u0000 ')).toEqual(first);
    expect(searchPublished(edition, 'Monorepo').hits).toEqual(first.hits); // the query itself is echoed as typed
  });

  it('answers from the edition it is asked: an article going live shows in the next one at once', () => {
    expect(searchPublished(fixtureEdition(), 'scheduled announcement').total).toBe(0);
    expect(searchPublished(fixtureEdition(new Date('2027-01-01T00:00:00+07:00')), 'scheduled announcement').total).toBe(1);
  });

  it('answers the same for the same content compiled twice', () => {
    const again = publicationOf(compileContent(SEO_FIXTURE, FIXTURE_NOW), { preview: false });
    const results = searchPublished(editionAt(again, FIXTURE_NOW), 'monorepo');
    expect(results).toEqual(search('monorepo'));
  });

  it('indexes a thousand articles', () => {
    const many = syntheticArticles(fixtureArticle('monorepo-tools'), 1000);
    const big = buildSearchIndex(many, fixtureText);
    expect(searchArticles(big, 'monorepo tooling 999', { visible: () => true }).hits[0]?.article.slug).toBe('monorepo-tools-999');
    expect(searchArticles(big, 'pnpm workspaces', { visible: () => true }).total).toBe(1000); // the body text of the template
  });
});
