import { isPublished } from '@/lib/articles';
import { loadContent, type Article, type Content } from '@/lib/content/loader';

/** A small site for the search, feed, sitemap and SEO tests: 4 published articles, a draft, a scheduled one. */
export const SEO_FIXTURE = { contentDir: 'tests/fixtures/seo/content', publicDir: 'tests/fixtures/seo/public' };

/** The moment the fixture is viewed at: after every published article, before the scheduled one. */
export const FIXTURE_NOW = new Date('2026-06-01T00:00:00Z');

export const PUBLISHED_SLUGS = ['studio-in-saigon', 'monorepo-tools', 'typescript-notes', 'script-in-title'];
export const UNPUBLISHED_SLUGS = ['draft-idea', 'future-launch'];

export function fixtureContent(): Content {
  return loadContent(SEO_FIXTURE);
}

/** What readers see at FIXTURE_NOW, newest first (as getPublishedArticles returns it). */
export function publishedFixture(): Article[] {
  return fixtureContent().articles.filter((article) => isPublished(article, FIXTURE_NOW));
}

export function fixtureArticle(slug: string): Article {
  const article = fixtureContent().articles.find((candidate) => candidate.slug === slug);
  if (!article) throw new Error(`fixture article ${slug} is missing`);
  return article;
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
