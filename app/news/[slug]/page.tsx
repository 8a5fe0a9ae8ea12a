import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article-view';
import { ExploreTopics } from '@/components/explore-topics';
import { JsonLd } from '@/components/json-ld';
import { RelatedArticles } from '@/components/related-articles';
import { articleStaticParams, getArticle, getArticleBody, getArticleStatus, getRelatedArticles } from '@/lib/articles';
import { articleCrumbs } from '@/lib/breadcrumbs';
import { articleMetadata } from '@/lib/seo';
import { currentEdition } from '@/lib/edition';
import { breadcrumbListJsonLd, newsArticleJsonLd } from '@/lib/structured-data';

// Scheduled articles go live on a running server: pages are regenerated at most an hour apart.
export const revalidate = 3600;

interface Props {
  params: Promise<{ slug: string }>;
}

export const generateStaticParams = async () => articleStaticParams(await currentEdition());

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle(await currentEdition(), (await params).slug);
  return article ? articleMetadata(article) : {};
}

export default async function ArticlePage({ params }: Props) {
  const edition = await currentEdition();
  const article = getArticle(edition, (await params).slug);
  if (!article) notFound();
  return (
    <>
      <JsonLd data={[newsArticleJsonLd(article), breadcrumbListJsonLd(articleCrumbs(article))]} />
      <ArticleView article={article} body={getArticleBody(edition, article)} status={getArticleStatus(article)} />
      <RelatedArticles articles={getRelatedArticles(edition, article)} />
      <ExploreTopics />
    </>
  );
}
