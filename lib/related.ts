import type { Article } from './content/model';

/** The minimum rail length: below it, same-category picks are topped up from elsewhere. */
export const RELATED_MINIMUM = 3;

function sharedTags(a: Article, b: Article): number {
  const tags = new Set(a.tags.map((tag) => tag.slug));
  return b.tags.filter((tag) => tags.has(tag.slug)).length;
}

/**
 * "More in this category": same-category articles ranked by shared tags then recency; when
 * the category has fewer than three others, topped up from other categories by the same
 * ranking. `candidates` must already be the visible articles; the article itself is never
 * included. Deterministic: ties fall back to the slug.
 */
export function relatedArticles(article: Article, candidates: readonly Article[], limit: number): Article[] {
  const rank = (a: Article, b: Article) =>
    sharedTags(article, b) - sharedTags(article, a) || b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug);
  const others = candidates.filter((candidate) => candidate.slug !== article.slug);
  const sameCategory = others.filter((candidate) => candidate.category.slug === article.category.slug).sort(rank);
  const picks = sameCategory.slice(0, limit);
  if (picks.length >= RELATED_MINIMUM) return picks;
  const topUp = others.filter((candidate) => candidate.category.slug !== article.category.slug).sort(rank);
  return [...picks, ...topUp].slice(0, Math.min(limit, RELATED_MINIMUM));
}
