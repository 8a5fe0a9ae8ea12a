import Image from 'next/image';
import Link from 'next/link';
import type { Article } from '@/lib/articles';
import { articleUrl } from '@/lib/urls';
import { ArticleMeta } from './article-meta';
import { Cover } from './cover';

/** The home page's lead: the largest image on the site, loaded first. */
export function LeadStory({ article }: { article: Article }) {
  return (
    <article className="group relative grid items-center gap-8 lg:grid-cols-[3fr_2fr]" data-testid="lead-story">
      {article.image ? (
        <Image
          src={article.image.src}
          alt={article.image.alt}
          width={article.image.width}
          height={article.image.height}
          preload
          sizes="(min-width: 1152px) 660px, (min-width: 1024px) 58vw, 100vw"
          className="aspect-[16/9] w-full rounded-xl bg-zinc-100 object-cover dark:bg-zinc-800"
        />
      ) : (
        <Cover label={article.category.name} seed={article.slug} className="rounded-xl" />
      )}
      <div className="flex flex-col gap-4">
        <ArticleMeta article={article} />
        <h2 className="font-serif text-3xl leading-tight font-bold tracking-tight text-balance sm:text-4xl">
          <Link href={articleUrl(article.slug)} className="after:absolute after:inset-0 group-hover:text-brand-700 dark:group-hover:text-brand-300">
            {article.title}
          </Link>
        </h2>
        <p className="text-lg text-zinc-600 dark:text-zinc-400">{article.description}</p>
      </div>
    </article>
  );
}
