import { siteConfig } from '@/lib/config';
import { siteYear } from '@/lib/dates';
import { categoriesUrl, newsUrl } from '@/lib/urls';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-zinc-200 py-10 text-sm text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
      <div className="container-page flex flex-col gap-4 sm:flex-row sm:items-center sm:justify-between">
        <p>
          © {siteYear(new Date())} {siteConfig.name}. All rights reserved.
        </p>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            <li><a href={newsUrl()} className="hover:text-zinc-900 dark:hover:text-zinc-100">All news</a></li>
            <li><a href={categoriesUrl()} className="hover:text-zinc-900 dark:hover:text-zinc-100">Topics</a></li>
            {siteConfig.social.map((link) => (
              <li key={link.url}>
                <a href={link.url} rel="me noopener" className="hover:text-zinc-900 dark:hover:text-zinc-100">{link.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
