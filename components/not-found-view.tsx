import type { Article } from '@/lib/content/model';
import { categoriesUrl, newsUrl } from '@/lib/urls';
import { ArticleGrid } from './article-grid';
import { SearchBox } from './search-box';

/** The designed 404: what happened, a search, the way back, and the latest stories. */
export function NotFoundView({ latest }: { latest: readonly Article[] }) {
  return (
    <div className="container-page py-16">
      <div className="mx-auto max-w-2xl text-center">
        <p className="text-sm font-bold tracking-widest text-brand-700 uppercase dark:text-brand-300">404</p>
        <h1 className="mt-3 font-serif text-4xl font-bold tracking-tight">Page not found</h1>
        <p className="mt-4 text-zinc-600 dark:text-zinc-400">
          The page you asked for does not exist or is no longer published. Try a search, or start from the{' '}
          <a href={newsUrl()} className="font-medium underline">latest news</a> or the{' '}
          <a href={categoriesUrl()} className="font-medium underline">list of topics</a>.
        </p>
        <SearchBox id="not-found-search" label="Search articles" className="mx-auto mt-8 max-w-md" />
      </div>
      {latest.length > 0 && (
        <section aria-labelledby="latest-heading" className="mt-16">
          <h2 id="latest-heading" className="mb-6 font-serif text-2xl font-bold tracking-tight">Latest articles</h2>
          <ArticleGrid articles={latest} headingLevel="h3" />
        </section>
      )}
    </div>
  );
}
