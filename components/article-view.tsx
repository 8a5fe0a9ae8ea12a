import type { AdjacentArticles, Article, ArticleBody as Body, PublicationStatus } from '@/lib/articles';
import { articleBodyParts } from '@/lib/article-layout';
import { articleCrumbs } from '@/lib/breadcrumbs';
import { siteConfig } from '@/lib/config';
import { isoDay } from '@/lib/dates';
import { articleStrings, formatDateIn } from '@/lib/i18n';
import { absoluteUrl, articleUrl, authorUrl, newsUrl } from '@/lib/urls';
import { AdSlot } from './ad-slot';
import { ArticleBody } from './article-body';
import { ArticleMeta } from './article-meta';
import { ArticleNav } from './article-nav';
import { Breadcrumbs } from './breadcrumbs';
import { HeroImage } from './hero-image';
import { NewsletterForm } from './newsletter-form';
import { PreviewBanner } from './preview-banner';
import { Share } from './share';
import { TableOfContents } from './table-of-contents';

interface ArticleViewProps {
  article: Article;
  body: Body;
  status: PublicationStatus;
  adjacent: AdjacentArticles;
  /** The article in its other languages (translations or the original). */
  otherLanguages: Article[];
}

/** The article itself, from "Back to news" to the end of the article (SPEC.md section 3). */
export function ArticleView({ article, body, status, adjacent, otherLanguages }: ArticleViewProps) {
  const strings = articleStrings(article.lang);
  const parts = articleBodyParts(article, body);
  const endSlot = article.ads ? siteConfig.ads.slots.articleEnd : null;
  return (
    <article className="container-page max-w-4xl pt-8">
      <PreviewBanner article={article} status={status} />
      <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2">
        <a href={newsUrl()} className="text-sm font-medium text-zinc-600 hover:text-brand-700 dark:text-zinc-400 dark:hover:text-brand-300">
          <span aria-hidden="true">← </span>{strings.backToNews}
        </a>
        <div className="hidden sm:block">
          <Breadcrumbs crumbs={articleCrumbs(article)} />
        </div>
      </div>
      <header className="mt-5 flex flex-col gap-4">
        {/* On narrow screens the line wraps: the dots before Updated and the byline show from sm up, so none opens a line. */}
        <ArticleMeta article={article} lang={article.lang}>
          {article.updated && (
            <span className="whitespace-nowrap" data-testid="updated">
              <span aria-hidden="true" className="mr-3 hidden sm:inline">·</span>
              {strings.updated} <time dateTime={isoDay(article.updated)}>{formatDateIn(article.lang, article.updated)}</time>
            </span>
          )}
          {article.author && (
            <span className="whitespace-nowrap" data-testid="byline">
              <span aria-hidden="true" className="mr-3 hidden sm:inline">·</span>
              {strings.by}{' '}
              <a href={authorUrl(article.author.slug)} rel="author" className="font-semibold text-zinc-900 underline-offset-2 hover:underline dark:text-zinc-100">
                {article.author.name}
              </a>
            </span>
          )}
        </ArticleMeta>
        <h1 className="font-serif text-3xl leading-tight font-bold tracking-tight text-balance sm:text-5xl">{article.title}</h1>
        {otherLanguages.length > 0 && (
          <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="other-languages">
            {strings.inOtherLanguage}{' '}
            {otherLanguages.map((version, index) => (
              <span key={version.slug}>
                {index > 0 && ', '}
                <a href={articleUrl(version.slug)} hrefLang={version.lang} lang={version.lang} className="font-semibold text-brand-700 underline underline-offset-2 dark:text-brand-300">
                  {articleStrings(version.lang).languageName}
                </a>
              </span>
            ))}
          </p>
        )}
        <Share url={absoluteUrl(articleUrl(article.slug))} title={article.title} labels={strings.share} />
      </header>
      <div className="mt-6">
        <HeroImage article={article} />
      </div>
      <p className="mt-6 text-xl leading-relaxed text-zinc-700 dark:text-zinc-300" data-testid="lede">{article.description}</p>
      <div className="mt-8">
        {parts.map((part, index) => {
          switch (part.kind) {
            case 'html':
              return <ArticleBody key={index} html={part.html} />;
            case 'contents':
              return <TableOfContents key={index} headings={part.headings} label={strings.contents} />;
            case 'ad':
              return <AdSlot key={index} slot={part.slot} placement={part.placement} />;
          }
        })}
      </div>
      {article.source && (
        <p className="mt-10 border-t border-zinc-200 pt-4 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
          {strings.source}{' '}
          {article.source.url ? (
            <a href={article.source.url} rel="noopener" className="font-medium underline underline-offset-2 hover:text-zinc-900 dark:hover:text-zinc-100">
              {article.source.name}
            </a>
          ) : (
            <span className="font-medium">{article.source.name}</span>
          )}
        </p>
      )}
      {endSlot && <AdSlot slot={endSlot} placement="end of article" />}
      <ArticleNav {...adjacent} labels={strings} />
      {siteConfig.newsletter && <NewsletterForm newsletter={siteConfig.newsletter} id="newsletter-article" />}
    </article>
  );
}
