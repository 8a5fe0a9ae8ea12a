import type { Article, Language } from '@/lib/content/model';
import { articleStrings } from '@/lib/i18n';
import { ArticleCard } from './article-card';

/** "More in this category": the rail under an article, in the article's language. */
export function RelatedArticles({ articles, lang }: { articles: readonly Article[]; lang: Language }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="container-page mt-16">
      <h2 id="related-heading" className="font-serif text-2xl font-bold tracking-tight">{articleStrings(lang).moreInCategory}</h2>
      <div className="mt-6 grid gap-x-8 gap-y-10 sm:grid-cols-2 lg:grid-cols-3">
        {articles.map((article) => (
          <ArticleCard key={article.slug} article={article} lang={lang} />
        ))}
      </div>
    </section>
  );
}
