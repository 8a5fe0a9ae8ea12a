import type { Article } from '@/lib/articles';
import { ArticleImage } from './article-image';

export function HeroImage({ article }: { article: Article }) {
  const image = (
    <ArticleImage article={article} preload sizes="(min-width: 1024px) 896px, 100vw" className="h-auto rounded-xl" />
  );
  return article.image ? <figure>{image}</figure> : image;
}
