import type { Category } from '@/lib/content/model';
import { siteConfig } from '@/lib/config';
import { categoryUrl, homeUrl, newsUrl } from '@/lib/urls';
import { SearchBox } from './search-box';

interface SiteHeaderProps {
  categories: readonly Category[];
}

export function SiteHeader({ categories }: SiteHeaderProps) {
  const links = [{ href: newsUrl(), label: 'News' }, ...categories.map((c) => ({ href: categoryUrl(c.slug), label: c.name }))];
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="container-page flex items-center justify-between gap-6 py-4">
        <a href={homeUrl()} className="group flex flex-col leading-tight">
          <span className="text-lg font-black tracking-tight">{siteConfig.name}</span>
          <span className="text-xs font-medium text-zinc-600 group-hover:text-zinc-900 dark:text-zinc-400 dark:group-hover:text-zinc-100">
            {siteConfig.tagline}
          </span>
        </a>
        <SearchBox id="header-search" label="Site search" className="hidden w-72 md:flex" />
        {/* A native disclosure: the compact menu opens and closes without JavaScript. */}
        <details className="relative md:hidden">
          <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium dark:border-zinc-700 [&::-webkit-details-marker]:hidden">
            <span aria-hidden="true" className="text-base leading-none">☰</span>
            Menu
          </summary>
          <div className="absolute right-0 z-20 mt-2 w-72 rounded-lg border border-zinc-200 bg-white p-3 shadow-lg dark:border-zinc-800 dark:bg-zinc-900">
            <SearchBox id="menu-search" label="Site search (menu)" />
            <nav aria-label="Sections" className="mt-3">
              <ul className="flex flex-col text-sm font-medium">
                {links.map((link) => (
                  <li key={link.href}>
                    <a href={link.href} className="block rounded px-3 py-2 hover:bg-zinc-100 dark:hover:bg-zinc-800">
                      {link.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </details>
      </div>
      <nav aria-label="Main" className="container-page hidden pb-3 md:block">
        <ul className="flex flex-wrap items-center gap-x-6 gap-y-1 text-sm font-medium">
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href} className="text-zinc-700 hover:text-brand-700 dark:text-zinc-300 dark:hover:text-brand-300">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
