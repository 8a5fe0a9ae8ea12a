import { searchUrl } from '@/lib/urls';

interface SearchBoxProps {
  id: string;
  /** Names the search landmark; pages with two search forms need different names. */
  label: string;
  defaultValue?: string;
  className?: string;
}

/** A plain GET form: search works without JavaScript. */
export function SearchBox({ id, label, defaultValue, className = '' }: SearchBoxProps) {
  return (
    <form role="search" aria-label={label} action={searchUrl()} method="get" className={`flex items-center gap-2 ${className}`}>
      <label htmlFor={id} className="sr-only">Search articles</label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={200}
        placeholder="Search articles"
        className="w-full min-w-0 rounded-md border border-zinc-300 bg-white px-3 py-1.5 text-sm placeholder:text-zinc-500 dark:border-zinc-700 dark:bg-zinc-900"
      />
      <button type="submit" className="rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-700 dark:bg-white dark:text-zinc-900 dark:hover:bg-brand-300">
        Search
      </button>
    </form>
  );
}
