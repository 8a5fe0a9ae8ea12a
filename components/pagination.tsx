import { pageWindow } from '@/lib/pagination';

interface PaginationProps {
  page: number;
  totalPages: number;
  pageUrl: (page: number) => string;
}

const itemClass = 'inline-flex min-w-10 items-center justify-center rounded-md border px-3 py-2 text-sm font-medium';
const linkClass = `${itemClass} border-zinc-300 hover:border-zinc-500 hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-900`;

export function Pagination({ page, totalPages, pageUrl }: PaginationProps) {
  if (totalPages <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-14 flex flex-wrap items-center justify-center gap-2">
      {page > 1 && (
        <a href={pageUrl(page - 1)} rel="prev" className={linkClass}>
          <span aria-hidden="true">←&nbsp;</span>Previous
        </a>
      )}
      <ol className="flex flex-wrap items-center gap-2">
        {pageWindow(page, totalPages).map((number, index) =>
          number === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-zinc-500">…</li>
          ) : (
            <li key={number}>
              {number === page ? (
                <span aria-current="page" className={`${itemClass} border-zinc-900 bg-zinc-900 text-white dark:border-white dark:bg-white dark:text-zinc-900`}>
                  <span className="sr-only">Page </span>{number}
                </span>
              ) : (
                <a href={pageUrl(number)} className={linkClass}>
                  <span className="sr-only">Page </span>{number}
                </a>
              )}
            </li>
          ),
        )}
      </ol>
      {page < totalPages && (
        <a href={pageUrl(page + 1)} rel="next" className={linkClass}>
          Next<span aria-hidden="true">&nbsp;→</span>
        </a>
      )}
    </nav>
  );
}
