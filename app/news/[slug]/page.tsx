import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article-view';
import { ExploreTopics } from '@/components/explore-topics';
import { JsonLd } from '@/components/json-ld';
import { RelatedArticles } from '@/components/related-articles';
import { getArticle, getPublishedArticles, getRelatedArticles, publicationStatus } from '@/lib/articles';
import { articleCrumbs } from '@/lib/breadcrumbs';
import { articleMetadata } from '@/lib/seo';
import { breadcrumbListJsonLd, newsArticleJsonLd } from '@/lib/structured-data';

// Scheduled articles go live on a running server: pages are regenerated at most an hour apart.
export const revalidate = 3600;

interface Props {
  params: Promise<{ slug: string }>;
}

export function generateStaticParams() {
  return getPublishedArticles().map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  return article ? articleMetadata(article) : {};
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  return (
    <>
      <JsonLd data={[newsArticleJsonLd(article), breadcrumbListJsonLd(articleCrumbs(article))]} />
      <ArticleView article={article} status={publicationStatus(article)} />
      <RelatedArticles articles={getRelatedArticles(article)} />
      <ExploreTopics />
    </>
  );
}
