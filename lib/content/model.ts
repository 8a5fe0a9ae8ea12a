/**
 * The content model: what an editor's files become once the build has validated and rendered
 * them, and what every page, feed and index reads. Nothing here knows where it came from (the
 * content folder in development, the build's artifact in production).
 */
import type { Author, Category } from './schema';

export type { Author, Category } from './schema';

/** The languages articles are written in. */
export const LANGUAGES = ['en', 'vi'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in English, for messages to editors. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', vi: 'Vietnamese' };

export interface Tag {
  slug: string;
  /** The spelling the first article to use the tag gave it. */
  label: string;
}

export interface ArticleImage {
  /** Site path under /images/. */
  src: string;
  alt: string;
  width: number;
  height: number;
}

export interface Source {
  name: string;
  url: string | null;
}

/** An article as lists, cards, feeds and metadata see it; its body is read separately. */
export interface Article {
  slug: string;
  title: string;
  /** The standfirst: lede, card excerpt and meta description. */
  description: string;
  /** The publication moment. */
  date: Date;
  updated: Date | null;
  category: Category;
  author: Author | null;
  tags: Tag[];
  image: ArticleImage | null;
  source: Source | null;
  featured: boolean;
  draft: boolean;
  ads: boolean;
  /** The language it is written in. */
  lang: Language;
  /** The slug of the article this one translates, or null for an original. */
  translationOf: string | null;
  words: number;
  readingMinutes: number;
}

/** One top-level block of a rendered body: a paragraph, heading, list, table, figure… */
export interface BodyBlock {
  /** Sanitised HTML of the block. */
  html: string;
  /** Whether the block is a plain paragraph (ads and other inserts go between paragraphs). */
  paragraph: boolean;
  words: number;
}

export interface Heading {
  depth: 2 | 3;
  /** The id the heading carries, for `#fragment` links. */
  id: string;
  text: string;
}

/** An article's rendered body. */
export interface ArticleBody {
  blocks: BodyBlock[];
  headings: Heading[];
  /** The readable text, one block per line: search and snippets. */
  text: string;
}

/** Everything one compiled content folder holds. */
export interface CompiledContent {
  /** Sections in display order. */
  categories: Category[];
  authors: Author[];
  /** Every valid article, drafts and scheduled ones included, newest first. */
  articles: Article[];
  bodies: ReadonlyMap<string, ArticleBody>;
}

/** Newest first; ties broken by slug so every list is deterministic. */
export function byNewest(a: Pick<Article, 'date' | 'slug'>, b: Pick<Article, 'date' | 'slug'>): number {
  return b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug);
}

/** The moment an article last changed: its update, else its publication. */
export function lastChange(article: Pick<Article, 'date' | 'updated'>): Date {
  return article.updated ?? article.date;
}

/** Body blocks as one HTML string. */
export function blocksHtml(blocks: readonly BodyBlock[]): string {
  return blocks.map((block) => block.html).join('\n');
}
