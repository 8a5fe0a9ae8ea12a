import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article-view';
import { ExploreTopics } from '@/components/explore-topics';
import { JsonLd } from '@/components/json-ld';
import { RelatedArticles } from '@/components/related-articles';
import {
  articleStaticParams,
  getAdjacentArticles,
  getArticle,
  getArticleBody,
  getArticleStatus,
  getLanguageVersions,
  getRelatedArticles,
} from '@/lib/articles';
import { articleCrumbs } from '@/lib/breadcrumbs';
import type { Language } from '@/lib/content/model';
import { currentEdition } from '@/lib/edition';
import { articleMetadata } from '@/lib/seo';
import { breadcrumbListJsonLd, newsArticleJsonLd } from '@/lib/structured-data';

interface ArticleRouteProps {
  params: Promise<{ slug: string }>;
}

/** What each language's article route exports (one route per <html lang>, lib/languages.ts). */
export function articleRoute(lang: Language) {
  return {
    generateStaticParams: async () => articleStaticParams(await currentEdition(), lang),
    generateMetadata: async ({ params }: ArticleRouteProps): Promise<Metadata> => {
      const edition = await currentEdition();
      const article = getArticle(edition, (await params).slug);
      return article ? articleMetadata(article, getLanguageVersions(edition, article)) : {};
    },
    Page: async function ArticlePage({ params }: ArticleRouteProps) {
      const edition = await currentEdition();
      const article = getArticle(edition, (await params).slug);
      // A scheduled article before its moment (its URL is known to the build, its page not yet).
      if (!article) notFound();
      const otherLanguages = getLanguageVersions(edition, article).filter((version) => version !== article);
      return (
        <>
          <JsonLd data={[newsArticleJsonLd(article), breadcrumbListJsonLd(articleCrumbs(article))]} />
          <ArticleView
            article={article}
            body={getArticleBody(edition, article)}
            status={getArticleStatus(article)}
            adjacent={getAdjacentArticles(edition, article)}
            otherLanguages={otherLanguages}
          />
          <RelatedArticles articles={getRelatedArticles(edition, article)} lang={article.lang} />
          <ExploreTopics />
        </>
      );
    },
  };
}
