import type { Article } from '@/lib/articles';
import { ArticleImage } from './article-image';

/** The article's hero: 16:9, cropped to 2:1 on wide screens so the lede shows above the fold. */
export function HeroImage({ article }: { article: Article }) {
  const image = (
    <ArticleImage article={article} preload sizes="(min-width: 1024px) 896px, 100vw" className="h-auto rounded-xl lg:aspect-[2/1]" />
  );
  return article.image ? <figure>{image}</figure> : image;
}
