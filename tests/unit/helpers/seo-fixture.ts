import type { Article, ArticleBody, CompiledContent } from '@/lib/content/model';
import { compileContent } from '@/lib/content/loader';
import { isPublished } from '@/lib/content/visibility';
import { editionAt, type Edition } from '@/lib/edition';
import type { FeedSource } from '@/lib/feeds';
import { publicationOf, type Publication } from '@/lib/publication';

/** A small site for the search, feed, sitemap and SEO tests: 4 published articles, a draft, a scheduled one. */
export const SEO_FIXTURE = { contentDir: 'tests/fixtures/seo/content', publicDir: 'tests/fixtures/seo/public' };

/** The moment the fixture is viewed at: after every published article, before the scheduled one. */
export const FIXTURE_NOW = new Date('2026-06-01T00:00:00Z');

export const PUBLISHED_SLUGS = ['studio-in-saigon', 'monorepo-tools', 'typescript-notes', 'script-in-title'];
export const UNPUBLISHED_SLUGS = ['draft-idea', 'future-launch'];

let compiled: CompiledContent | null = null;
let publication: Publication | null = null;

/** The fixture compiled once per test file, drafts and the scheduled article included. */
export function fixtureContent(): CompiledContent {
  compiled ??= compileContent(SEO_FIXTURE, FIXTURE_NOW);
  return compiled;
}

/** The fixture's publication as a production build sees it (no drafts). */
export function fixturePublication(): Publication {
  publication ??= publicationOf(fixtureContent(), { preview: false, compiledAt: FIXTURE_NOW });
  return publication;
}

/** What readers see at `now` (default FIXTURE_NOW). */
export function fixtureEdition(now: Date = FIXTURE_NOW): Edition {
  return editionAt(fixturePublication(), now);
}

/** What readers see at FIXTURE_NOW, newest first. */
export function publishedFixture(): Article[] {
  return fixtureContent().articles.filter((article) => isPublished(article, FIXTURE_NOW));
}

export function fixtureArticle(slug: string): Article {
  const article = fixtureContent().articles.find((candidate) => candidate.slug === slug);
  if (!article) throw new Error(`fixture article ${slug} is missing`);
  return article;
}

export function fixtureBody(slug: string): ArticleBody {
  const body = fixtureContent().bodies.get(slug);
  if (!body) throw new Error(`fixture article ${slug} has no body`);
  return body;
}

/** Feed input: `articles` with their bodies from the fixture (synthetic copies share their template's body). */
export function feedSource(articles: readonly Article[]): FeedSource {
  return { articles, body: (slug) => fixtureContent().bodies.get(syntheticTemplate(slug)) ?? null };
}

/** The body text of a fixture article or of a synthetic copy of one, for search indexes. */
export function fixtureText(slug: string): string {
  return fixtureContent().bodies.get(syntheticTemplate(slug))?.text ?? '';
}

/** `monorepo-tools-12` -> `monorepo-tools`; fixture slugs are returned as they are. */
function syntheticTemplate(slug: string): string {
  return fixtureContent().bodies.has(slug) ? slug : slug.replace(/-\d+$/, '');
}

/** `count` copies of an article with their own slugs, a day apart going back from `newest`. */
export function syntheticArticles(template: Article, count: number, newest = new Date('2026-05-01T00:00:00Z')): Article[] {
  return Array.from({ length: count }, (_, index) => ({
    ...template,
    slug: `${template.slug}-${index + 1}`,
    title: `${template.title} ${index + 1}`,
    date: new Date(newest.getTime() - index * 86_400_000),
    updated: null,
  }));
}
