import { ArticleCard } from '@/components/article-card';
import { ExploreTopics } from '@/components/explore-topics';
import { getPublishedArticles } from '@/lib/articles';
import { siteConfig } from '@/lib/config';

export default function NewsPage() {
  const articles = getPublishedArticles();
  return (
    <>
      <div className="container-page pt-10">
        <h1 className="font-serif text-4xl font-bold tracking-tight">{siteConfig.name} News</h1>
        <p className="mt-2 text-lg text-zinc-600 dark:text-zinc-400">{siteConfig.description}</p>
        <div className="mt-10 grid gap-x-8 gap-y-12 sm:grid-cols-2 lg:grid-cols-3">
          {articles.map((article) => (
            <ArticleCard key={article.slug} article={article} headingLevel="h2" />
          ))}
        </div>
      </div>
      <ExploreTopics />
    </>
  );
}
