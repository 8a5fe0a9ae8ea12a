import type { Article } from '@/lib/articles';
import { ArticleCard } from './article-card';

export function RelatedArticles({ articles }: { articles: Article[] }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="container-page mt-16">
      <h2 id="related-heading" className="font-serif text-2xl font-bold tracking-tight">More in this category</h2>
      <div className="mt-6 grid gap-x-8 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
        {articles.map((article) => (
          <ArticleCard key={article.slug} article={article} />
        ))}
      </div>
    </section>
  );
}
