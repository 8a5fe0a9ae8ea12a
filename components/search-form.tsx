import { MAX_QUERY_LENGTH } from '@/lib/search';
import { searchUrl } from '@/lib/urls';

/** The search page's own form: a plain GET to /search, so it works without JavaScript. */
export function SearchForm({ query }: { query: string }) {
  return (
    <form role="search" aria-label="Search the archive" action={searchUrl()} method="get" className="mt-6 flex max-w-2xl flex-col gap-2">
      <label htmlFor="search-page-q" className="text-sm font-medium text-zinc-700 dark:text-zinc-300">
        Search articles
      </label>
      <div className="flex gap-2">
        <input
          id="search-page-q"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          className="w-full min-w-0 rounded-md border border-zinc-300 bg-white px-3 py-2 text-base placeholder:text-zinc-500 dark:border-zinc-700 dark:bg-zinc-900"
          placeholder="Try “monorepo” or “typography”"
        />
        <button
          type="submit"
          className="rounded-md bg-zinc-900 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 dark:bg-white dark:text-zinc-900 dark:hover:bg-brand-300"
        >
          Search
        </button>
      </div>
    </form>
  );
}
