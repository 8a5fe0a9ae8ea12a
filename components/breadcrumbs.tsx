import type { Crumb } from '@/lib/breadcrumbs';

export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-zinc-600 dark:text-zinc-400">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {crumbs.map((crumb, index) => {
          const current = index === crumbs.length - 1;
          return (
            <li key={crumb.path} className="flex min-w-0 items-center gap-2">
              {index > 0 && <span aria-hidden="true">/</span>}
              {current ? (
                <span aria-current="page" className="max-w-[40ch] truncate font-medium text-zinc-900 dark:text-zinc-100">
                  {crumb.name}
                </span>
              ) : (
                <a href={crumb.path} className="hover:text-brand-700 hover:underline dark:hover:text-brand-300">
                  {crumb.name}
                </a>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
