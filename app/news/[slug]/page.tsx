import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article-view';
import { ExploreTopics } from '@/components/explore-topics';
import { RelatedArticles } from '@/components/related-articles';
import { getArticle, getPublishedArticles, getRelatedArticles } from '@/lib/articles';
import { pageMetadata } from '@/lib/seo';
import { articleUrl } from '@/lib/urls';

interface Props {
  params: Promise<{ slug: string }>;
}

export function generateStaticParams() {
  return getPublishedArticles().map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  return pageMetadata({ title: article.title, description: article.description, path: articleUrl(article.slug) });
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  return (
    <>
      <ArticleView article={article} />
      <RelatedArticles articles={getRelatedArticles(article)} />
      <ExploreTopics />
    </>
  );
}
