import type { Article } from '@/lib/articles';
import { siteConfig } from '@/lib/config';
import { articleUrl } from '@/lib/urls';
import { ArticleImage } from './article-image';
import { ArticleMeta } from './article-meta';

/** The home page's lead: the largest image on the site, loaded first. */
export function LeadStory({ article }: { article: Article }) {
  return (
    <article
      className="group relative grid items-center gap-8 lg:grid-cols-[3fr_2fr]"
      data-testid="lead-story"
      lang={article.lang !== siteConfig.language ? article.lang : undefined}
    >
      <ArticleImage
        article={article}
        preload
        sizes="(min-width: 1152px) 660px, (min-width: 1024px) 58vw, 100vw"
        className="aspect-[16/9] rounded-xl"
      />
      <div className="flex flex-col gap-4">
        <ArticleMeta article={article} />
        <h2 className="font-serif text-3xl leading-tight font-bold tracking-tight text-balance sm:text-4xl">
          <a href={articleUrl(article.slug)} className="after:absolute after:inset-0 group-hover:text-brand-700 dark:group-hover:text-brand-300">
            {article.title}
          </a>
        </h2>
        <p className="text-lg text-zinc-600 dark:text-zinc-400">{article.description}</p>
      </div>
    </article>
  );
}
