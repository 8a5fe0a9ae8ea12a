import { MAX_QUERY_LENGTH } from '@/lib/search';
import { searchUrl } from '@/lib/urls';

interface SearchBoxProps {
  id: string;
  /** Names the search landmark; pages with two search forms need different names. */
  label: string;
  defaultValue?: string;
  className?: string;
  /** The search page's own form: a visible label, a larger field and an example query. */
  prominent?: boolean;
}

const buttonClass =
  'rounded-md bg-zinc-900 text-sm font-semibold text-white hover:bg-brand-700 dark:bg-white dark:text-zinc-900 dark:hover:bg-brand-300';
const inputClass =
  'w-full min-w-0 rounded-md border border-zinc-300 bg-white placeholder:text-zinc-500 dark:border-zinc-700 dark:bg-zinc-900';

/** A plain GET form to /search: search works without JavaScript. */
export function SearchBox({ id, label, defaultValue, className = '', prominent = false }: SearchBoxProps) {
  const field = (
    <>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={MAX_QUERY_LENGTH}
        autoComplete={prominent ? 'off' : undefined}
        placeholder={prominent ? 'Try “monorepo” or “typography”' : 'Search articles'}
        className={`${inputClass} ${prominent ? 'px-3 py-2 text-base' : 'px-3 py-1.5 text-sm'}`}
      />
      <button type="submit" className={`${buttonClass} ${prominent ? 'px-4 py-2' : 'px-3 py-1.5'}`}>
        Search
      </button>
    </>
  );
  return (
    <form role="search" aria-label={label} action={searchUrl()} method="get" className={`flex gap-2 ${prominent ? 'flex-col' : 'items-center'} ${className}`}>
      <label htmlFor={id} className={prominent ? 'text-sm font-medium text-zinc-700 dark:text-zinc-300' : 'sr-only'}>
        Search articles
      </label>
      {prominent ? <div className="flex gap-2">{field}</div> : field}
    </form>
  );
}
