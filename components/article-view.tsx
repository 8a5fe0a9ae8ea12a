import { articleAdPlacements } from '@/lib/ads';
import type { Article, ArticleBody as Body, PublicationStatus } from '@/lib/articles';
import { articleCrumbs } from '@/lib/breadcrumbs';
import { blocksHtml } from '@/lib/content/model';
import { absoluteUrl, articleUrl, newsUrl } from '@/lib/urls';
import { AdSlot } from './ad-slot';
import { ArticleBody } from './article-body';
import { ArticleMeta } from './article-meta';
import { Breadcrumbs } from './breadcrumbs';
import { HeroImage } from './hero-image';
import { PreviewBanner } from './preview-banner';
import { Share } from './share';

interface ArticleViewProps {
  article: Article;
  body: Body;
  status: PublicationStatus;
}

/** The article itself, from "Back to news" to the end-of-article ad (SPEC.md section 3). */
export function ArticleView({ article, body, status }: ArticleViewProps) {
  const ads = articleAdPlacements(article, body);
  const split = ads.inBody ? ads.inBody.afterBlock + 1 : body.blocks.length;
  return (
    <article className="container-page max-w-4xl pt-8">
      <PreviewBanner article={article} status={status} />
      <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2">
        <a href={newsUrl()} className="text-sm font-medium text-zinc-600 hover:text-brand-700 dark:text-zinc-400 dark:hover:text-brand-300">
          <span aria-hidden="true">← </span>Back to news
        </a>
        <div className="hidden sm:block">
          <Breadcrumbs crumbs={articleCrumbs(article)} />
        </div>
      </div>
      <header className="mt-6 flex flex-col gap-5">
        <ArticleMeta article={article} />
        <h1 className="font-serif text-3xl leading-tight font-bold tracking-tight text-balance sm:text-5xl">{article.title}</h1>
        <Share url={absoluteUrl(articleUrl(article.slug))} title={article.title} />
      </header>
      <div className="mt-8">
        <HeroImage article={article} />
      </div>
      {ads.top && <AdSlot slot={ads.top} placement="top of article" />}
      <p className="mt-8 text-xl leading-relaxed text-zinc-700 dark:text-zinc-300" data-testid="lede">{article.description}</p>
      <div className="mt-8">
        <ArticleBody html={blocksHtml(body.blocks.slice(0, split))} />
        {ads.inBody && <AdSlot slot={ads.inBody.slot} placement="within the article" />}
        {split < body.blocks.length && <ArticleBody html={blocksHtml(body.blocks.slice(split))} />}
      </div>
      {article.source && (
        <p className="mt-10 border-t border-zinc-200 pt-4 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
          Source:{' '}
          {article.source.url ? (
            <a href={article.source.url} rel="noopener" className="font-medium underline underline-offset-2 hover:text-zinc-900 dark:hover:text-zinc-100">
              {article.source.name}
            </a>
          ) : (
            <span className="font-medium">{article.source.name}</span>
          )}
        </p>
      )}
      {ads.end && <AdSlot slot={ads.end} placement="end of article" />}
    </article>
  );
}
