import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { siteConfig } from './config';
import type { Article } from './content/model';
import type { Edition } from './edition';
import { pageCount } from './pagination';
import type { Publication } from './publication';

import { normaliseQuery } from './search-query';

export { MAX_QUERY_LENGTH, normaliseQuery, parseResultsPage } from './search-query';

/** Words of a query that are searched; the rest only cost time (each one is a fuzzy lookup). */
export const MAX_QUERY_TERMS = 12;
const SNIPPET_LENGTH = 180;
const SNIPPET_LEAD = 60;

/** A run of text, highlighted when it is a matched word; rendered by React, never as HTML. */
export interface TextSegment {
  text: string;
  highlight: boolean;
}

export interface SearchHit {
  readonly article: Article;
  readonly title: readonly TextSegment[];
  readonly snippet: readonly TextSegment[];
}

/** One page of answers. */
export interface SearchResults {
  readonly query: string;
  /** 1-based page actually shown (a bad or out-of-range request shows page 1). */
  readonly page: number;
  readonly totalPages: number;
  readonly total: number;
  readonly hits: readonly SearchHit[];
}

interface IndexedDocument {
  id: string;
  title: string;
  description: string;
  body: string;
}

/**
 * The full-text index of a publication: every article it may ever show, scheduled ones
 * included, so it is built once (at build) and a query filters by what is visible now.
 */
export interface SearchIndex {
  engine: MiniSearch<IndexedDocument>;
  articles: Map<string, Article>;
  /** The body text of an indexed article, for snippets. */
  text: (slug: string) => string;
}

const WORD = /[^\n\r\p{Z}\p{P}]+/gu;
const ASCII = /^[\x00-\x7f]*$/;
const SEPARATOR = /[\n\r\p{Z}\p{P}]+/u;

/**
 * Folds a word for matching: lower case, no diacritics, đ as d. "Thành" and "thanh" index
 * and search as the same term, so Vietnamese is found when typed without its marks.
 */
export function foldTerm(term: string): string {
  if (ASCII.test(term)) return term.toLowerCase(); // most words; NFD is the costly part of indexing
  return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/đ/g, 'd');
}

function tokenize(text: string): string[] {
  return text.split(SEPARATOR).filter(Boolean);
}

function engineOptions(): Options<IndexedDocument> {
  return {
    fields: ['title', 'description', 'body'],
    tokenize,
    processTerm: (term) => foldTerm(term) || null,
    searchOptions: {
      boost: { title: 3, description: 2, body: 1 },
      prefix: (term) => term.length >= 3,
      fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
      maxFuzzy: 2,
    },
  };
}

/** Builds the full-text index of `articles`: title over description over body. */
export function buildSearchIndex(articles: readonly Article[], text: (slug: string) => string): SearchIndex {
  const engine = new MiniSearch<IndexedDocument>(engineOptions());
  engine.addAll(articles.map((article) => ({ id: article.slug, title: article.title, description: article.description, body: text(article.slug) })));
  return { engine, articles: new Map(articles.map((article) => [article.slug, article])), text };
}

/** The index as JSON, for the build's artifact. */
export function serializeSearchIndex(index: SearchIndex): string {
  return JSON.stringify(index.engine);
}

/** An index serialised by serializeSearchIndex, over the same `articles`. */
export function loadSearchIndex(json: string, articles: readonly Article[], text: (slug: string) => string): SearchIndex {
  const engine = MiniSearch.loadJSON<IndexedDocument>(json, engineOptions());
  return { engine, articles: new Map(articles.map((article) => [article.slug, article])), text };
}

/**
 * Which query word a document word answers, or null: the same word, a completion of a query
 * word of 3+ letters, or one of the typo matches MiniSearch reported for this result.
 * `answers` counts the different values it can return: a snippet holding that many is the best.
 */
interface Matcher {
  (folded: string): string | null;
  readonly answers: number;
}

function matcherFor(queryTerms: readonly string[], matchedTerms: readonly string[]): Matcher {
  const answers = (word: string, term: string) => word === term || (term.length >= 3 && word.startsWith(term));
  // A typo match only counts for a query word with no exact or prefix match, so "thanh" does not light up "than".
  const typoOnly = queryTerms.filter((term) => !matchedTerms.some((word) => answers(word, term)));
  const typos = new Set(typoOnly.length ? matchedTerms.filter((word) => !queryTerms.some((term) => answers(word, term))) : []);
  const match = (folded: string) => queryTerms.find((term) => answers(folded, term)) ?? (typos.has(folded) ? `~${folded}` : null);
  return Object.assign(match, { answers: new Set(queryTerms).size + typos.size });
}

/** Splits `text` into plain and highlighted runs; a word is highlighted when it answers a query word. */
export function highlight(text: string, matcher: Matcher): TextSegment[] {
  const segments: TextSegment[] = [];
  const push = (value: string, marked: boolean) => {
    if (!value) return;
    const last = segments[segments.length - 1];
    if (last && last.highlight === marked) last.text += value;
    else segments.push({ text: value, highlight: marked });
  };
  let cursor = 0;
  for (const match of text.matchAll(WORD)) {
    if (matcher(foldTerm(match[0])) === null) continue;
    push(text.slice(cursor, match.index), false);
    push(match[0], true);
    cursor = match.index + match[0].length;
  }
  push(text.slice(cursor), false);
  return segments;
}

/**
 * The offset of the earliest SNIPPET_LENGTH window that answers the most distinct query words.
 * One pass with a sliding window (a window starts at a matched word and holds the matches
 * that follow within the span); it stops at the first window that answers every query word,
 * which no later one can beat, so a one-word query reads a body only up to its first match.
 */
function bestWindow(text: string, matcher: Matcher): number | null {
  const span = SNIPPET_LENGTH - SNIPPET_LEAD;
  const found: { at: number; term: string }[] = [];
  const inWindow = new Map<string, number>();
  let [first, bestAt, bestScore] = [0, 0, 0];
  /** Scores the window starting at found[first] and slides past it; true when nothing can beat it. */
  const closeWindow = () => {
    const { at, term } = found[first++]!;
    if (inWindow.size > bestScore) [bestAt, bestScore] = [at, inWindow.size];
    const left = inWindow.get(term)! - 1;
    if (left === 0) inWindow.delete(term);
    else inWindow.set(term, left);
    return bestScore === matcher.answers;
  };
  for (const match of text.matchAll(WORD)) {
    const term = matcher(foldTerm(match[0]));
    if (term === null) continue;
    while (first < found.length && found[first]!.at + span <= match.index) if (closeWindow()) return bestAt;
    found.push({ at: match.index, term });
    inWindow.set(term, (inWindow.get(term) ?? 0) + 1);
    if (found.length >= 400) break;
  }
  while (first < found.length) if (closeWindow()) return bestAt;
  return bestScore > 0 ? bestAt : null;
}

/** About SNIPPET_LENGTH characters of `text` around its best match, cut on word boundaries. */
export function snippet(text: string, matcher: Matcher): TextSegment[] | null {
  const first = bestWindow(text, matcher);
  if (first === null) return null;
  let start = Math.max(0, first - SNIPPET_LEAD);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space !== -1 && space < first ? space + 1 : first;
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > first ? space : end;
  }
  const segments = highlight(text.slice(start, end).trim(), matcher);
  if (start > 0) segments.unshift({ text: '… ', highlight: false });
  if (end < text.length) segments.push({ text: ' …', highlight: false });
  return segments;
}

function hit(index: SearchIndex, result: SearchResult, queryTerms: readonly string[]): SearchHit | null {
  const article = index.articles.get(String(result.id));
  if (!article) return null;
  const matcher = matcherFor(queryTerms, result.terms);
  const body = index.text(article.slug);
  return {
    article,
    title: highlight(article.title, matcher),
    snippet: snippet(body, matcher) ?? snippet(article.description, matcher) ?? highlight(article.description, matcher),
  };
}

export interface SearchOptions {
  page?: number;
  pageSize?: number;
  /** Which indexed articles readers may see now (the index holds scheduled ones too). */
  visible: (slug: string) => boolean;
}

/**
 * Searches `index` and returns one page of hits with highlighted title and snippet. Every
 * word must match (allowing prefixes and small typos); when that finds nothing, any word may.
 */
export function searchArticles(index: SearchIndex, rawQuery: string, options: SearchOptions): SearchResults {
  const { page = 1, pageSize = siteConfig.pageSize, visible } = options;
  const query = normaliseQuery(rawQuery);
  const terms = tokenize(query).map(foldTerm).filter(Boolean).slice(0, MAX_QUERY_TERMS);
  if (terms.length === 0) return { query, page: 1, totalPages: 0, total: 0, hits: [] };
  const text = terms.join(' ');
  const find = (combineWith: 'AND' | 'OR') => index.engine.search(text, { combineWith, filter: (result) => visible(String(result.id)) });
  let results = find('AND');
  if (results.length === 0 && terms.length > 1) results = find('OR');

  const totalPages = results.length === 0 ? 0 : pageCount(results.length, pageSize);
  const shown = page >= 1 && page <= totalPages ? page : 1;
  const hits = results
    .slice((shown - 1) * pageSize, shown * pageSize)
    .map((result) => hit(index, result, terms))
    .filter((found): found is SearchHit => found !== null);
  return { query, page: shown, totalPages, total: results.length, hits };
}

const indexes = new WeakMap<Publication, SearchIndex>();

/** The publication's index: the build's own when it has one, else built from the bodies. Once per process. */
export function getSearchIndex(publication: Publication): SearchIndex {
  let index = indexes.get(publication);
  if (!index) {
    const text = (slug: string) => publication.body(slug)?.text ?? '';
    const json = publication.serializedSearchIndex();
    index = json ? loadSearchIndex(json, publication.articles, text) : buildSearchIndex(publication.articles, text);
    indexes.set(publication, index);
  }
  return index;
}

/**
 * Searches what readers can see now. A query's results page is rendered once and then cached
 * (proxy.ts, lib/edition-cache.mjs), so this runs once per query, page and edition.
 */
export function searchPublished(edition: Edition, query: string, page = 1): SearchResults {
  return searchArticles(getSearchIndex(edition.publication), normaliseQuery(query), { page, visible: (slug) => edition.routes.hasArticle(slug) });
}
