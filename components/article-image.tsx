import { getImageProps } from 'next/image';
import { preload as preloadResource } from 'react-dom';
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
  // getImageProps gives the optimised srcset without next/image's client component: a plain
  // server-rendered <img> ships no JavaScript. The preload hint goes through React, as next/image does.
  const { props } = getImageProps({
    src: article.image.src,
    alt: article.image.alt,
    width: article.image.width,
    height: article.image.height,
    sizes,
    preload,
    className: `w-full bg-zinc-100 object-cover dark:bg-zinc-800 ${className}`,
  });
  if (preload && props.srcSet) {
    preloadResource(props.src, { as: 'image', imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: 'high' });
  }
  // eslint-disable-next-line @next/next/no-img-element -- sized and optimised through getImageProps
  return <img {...props} alt={article.image.alt} />;
}
