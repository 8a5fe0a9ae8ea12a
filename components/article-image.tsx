import Image from 'next/image';
import type { Article } from '@/lib/articles';
import { Cover } from './cover';

interface ArticleImageProps {
  article: Article;
  /** The `sizes` hint for the layout the image sits in. */
  sizes: string;
  /** Load first: the page's largest image above the fold. */
  preload?: boolean;
  /** Rounding and shape; shared by the picture and the generated cover. */
  className: string;
}

/** An article's hero image, or its generated cover when it has none: never a broken image. */
export function ArticleImage({ article, sizes, preload = false, className }: ArticleImageProps) {
  if (!article.image) return <Cover label={article.category.name} seed={article.slug} className={className} />;
  return (
    <Image
      src={article.image.src}
      alt={article.image.alt}
      width={article.image.width}
      height={article.image.height}
      preload={preload}
      sizes={sizes}
      className={`w-full bg-zinc-100 object-cover dark:bg-zinc-800 ${className}`}
    />
  );
}
