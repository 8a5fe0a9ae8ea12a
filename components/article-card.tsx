import type { Article, Language } from '@/lib/content/model';
import { siteConfig } from '@/lib/config';
import { articleUrl } from '@/lib/urls';
import { ArticleImage } from './article-image';
import { ArticleMeta } from './article-meta';

interface ArticleCardProps {
  article: Article;
  headingLevel?: 'h2' | 'h3';
  /** The language of the page the card is on. */
  lang?: Language;
}

/** A card whose whole area links to the article; the category chip stays its own link. */
export function ArticleCard({ article, headingLevel: Heading = 'h3', lang = siteConfig.language }: ArticleCardProps) {
  // A title and excerpt in another language than the page's are marked as such.
  const ownLanguage = article.lang !== lang ? article.lang : undefined;
  return (
    <article className="group relative flex flex-col gap-3" data-testid="article-card">
      <ArticleImage
        article={article}
        // At most ~500 CSS px wide (a phone's full width, a tablet's half, a desktop's third).
        sizes={{ width: 480 }}
        className="aspect-[16/9] rounded-lg"
      />
      <ArticleMeta article={article} lang={lang} />
      <Heading className="font-serif text-xl leading-snug font-bold tracking-tight" lang={ownLanguage}>
        <a href={articleUrl(article.slug)} className="after:absolute after:inset-0 group-hover:text-brand-700 dark:group-hover:text-brand-300">
          {article.title}
        </a>
      </Heading>
      <p className="line-clamp-3 text-zinc-600 dark:text-zinc-400" lang={ownLanguage}>{article.description}</p>
    </article>
  );
}
