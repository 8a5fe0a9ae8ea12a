import Image from 'next/image';
import type { Article } from '@/lib/articles';
import { Cover } from './cover';

export function HeroImage({ article }: { article: Article }) {
  if (!article.image) {
    return <Cover label={article.category.name} seed={article.slug} className="rounded-xl" />;
  }
  return (
    <figure>
      <Image
        src={article.image.src}
        alt={article.image.alt}
        width={article.image.width}
        height={article.image.height}
        preload
        sizes="(min-width: 1024px) 896px, 100vw"
        className="h-auto w-full rounded-xl bg-zinc-100 dark:bg-zinc-800"
      />
    </figure>
  );
}
