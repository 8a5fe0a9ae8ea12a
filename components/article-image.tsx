import { getImageProps } from 'next/image';
import { preload as preloadResource } from 'react-dom';
import type { Article } from '@/lib/articles';
import { Cover } from './cover';

interface ArticleImageProps {
  article: Article;
  /**
   * How wide the layout draws it: a `sizes` hint (a candidate for every screen width), or at
   * most `width` CSS pixels (two candidates, 1x and 2x: a card's srcset a fifth as long).
   */
  sizes: string | { width: number };
  /** Load first: the page's largest image above the fold. */
  preload?: boolean;
  /** Rounding and shape; shared by the picture and the generated cover. */
  className: string;
}

/** The image's size at `width` CSS pixels, keeping its proportions. */
function scaled(image: { width: number; height: number }, width: number) {
  return { width, height: Math.round((image.height * width) / image.width) };
}

/** An article's hero image, or its generated cover when it has none: never a broken image. */
export function ArticleImage({ article, sizes, preload = false, className }: ArticleImageProps) {
  if (!article.image) return <Cover label={article.category.name} seed={article.slug} className={className} />;
  // getImageProps gives the optimised srcset without next/image's client component: a plain
  // server-rendered <img> ships no JavaScript. The preload hint goes through React, as next/image does.
  const drawn = typeof sizes === 'string' ? { width: article.image.width, height: article.image.height, sizes } : scaled(article.image, sizes.width);
  const { props } = getImageProps({
    src: article.image.src,
    alt: article.image.alt,
    ...drawn,
    preload,
    className: `w-full bg-zinc-100 object-cover dark:bg-zinc-800 ${className}`,
  });
  if (preload && props.srcSet) {
    preloadResource(props.src, { as: 'image', imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: 'high' });
  }
  // eslint-disable-next-line @next/next/no-img-element -- sized and optimised through getImageProps
  return <img {...props} alt={article.image.alt} />;
}
