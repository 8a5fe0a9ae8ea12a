import type { Category } from '@/lib/articles';
import { categoryUrl } from '@/lib/urls';

export function CategoryChip({ category, link = true }: { category: Category; link?: boolean }) {
  const className =
    'inline-block rounded-full bg-brand-50 px-2.5 py-0.5 text-xs font-bold tracking-wider text-brand-700 uppercase dark:bg-brand-700/25 dark:text-brand-300';
  const label = category.slug.toUpperCase();
  return link ? (
    <a href={categoryUrl(category.slug)} className={`${className} relative z-10 hover:bg-brand-100 dark:hover:bg-brand-700/40`}>
      {label}
    </a>
  ) : (
    <span className={className}>{label}</span>
  );
}
