import { Fragment } from 'react';
import { adRowAfter } from '@/lib/ads';
import type { Article } from '@/lib/articles';
import { siteConfig } from '@/lib/config';
import { AdSlot } from './ad-slot';
import { ArticleCard } from './article-card';

interface ArticleGridProps {
  articles: readonly Article[];
  headingLevel?: 'h2' | 'h3';
  /** Put a listing ad row after every `siteConfig.ads.listingEvery` cards. */
  withAds?: boolean;
}

export function ArticleGrid({ articles, headingLevel = 'h2', withAds = false }: ArticleGridProps) {
  return (
    <div className="grid gap-x-8 gap-y-12 sm:grid-cols-2 lg:grid-cols-3">
      {articles.map((article, index) => (
        <Fragment key={article.slug}>
          <ArticleCard article={article} headingLevel={headingLevel} />
          {withAds && adRowAfter(index, articles.length) && (
            <AdSlot slot={siteConfig.ads.slots.listing} placement={`after story ${index + 1}`} className="sm:col-span-2 lg:col-span-3" />
          )}
        </Fragment>
      ))}
    </div>
  );
}
