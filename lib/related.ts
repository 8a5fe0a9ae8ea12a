import type { Article } from './content/model';

function sharedTags(a: Article, b: Article): number {
  const tags = new Set(a.tags.map((tag) => tag.slug));
  return b.tags.filter((tag) => tags.has(tag.slug)).length;
}

/**
 * "More in this category": up to `limit` articles, the same category's first, ranked by shared
 * tags then recency, then topped up from other categories by the same ranking. `candidates`
 * must already be the visible articles; the article itself is never included. Deterministic:
 * ties fall back to the slug.
 */
export function relatedArticles(article: Article, candidates: readonly Article[], limit: number): Article[] {
  const rank = (a: Article, b: Article) =>
    sharedTags(article, b) - sharedTags(article, a) || b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug);
  const others = candidates.filter((candidate) => candidate.slug !== article.slug);
  const sameCategory = others.filter((candidate) => candidate.category.slug === article.category.slug).sort(rank);
  const elsewhere = others.filter((candidate) => candidate.category.slug !== article.category.slug).sort(rank);
  return [...sameCategory, ...elsewhere].slice(0, limit);
}
