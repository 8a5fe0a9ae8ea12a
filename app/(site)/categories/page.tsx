import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { categoriesCrumbs } from '@/lib/breadcrumbs';
import { currentEdition } from '@/lib/edition';
import { getCategoriesWithCounts } from '@/lib/listings';
import { pageMetadata } from '@/lib/seo';
import { breadcrumbListJsonLd } from '@/lib/structured-data';
import { categoriesUrl, categoryUrl } from '@/lib/urls';

export const metadata = pageMetadata({
  title: 'Explore topics',
  description: 'Discover all categories: every section of the publication with what it covers.',
  path: categoriesUrl(),
});

export default async function CategoriesPage() {
  const sections = getCategoriesWithCounts(await currentEdition());
  return (
    <div className="container-page pt-8">
      <JsonLd data={breadcrumbListJsonLd(categoriesCrumbs())} />
      <Breadcrumbs crumbs={categoriesCrumbs()} />
      <header className="mt-6">
        <h1 className="font-serif text-4xl font-bold tracking-tight sm:text-5xl">Explore topics</h1>
        <p className="mt-3 text-lg text-zinc-600 dark:text-zinc-400">Discover all categories</p>
      </header>
      <ul className="mt-10 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
        {sections.map(({ category, count }) => (
          <li key={category.slug} className="group relative rounded-xl border border-zinc-200 p-6 hover:border-zinc-400 dark:border-zinc-800 dark:hover:border-zinc-600">
            <h2 className="font-serif text-xl font-bold">
              <a href={categoryUrl(category.slug)} className="after:absolute after:inset-0 group-hover:text-brand-700 dark:group-hover:text-brand-300">
                {category.name}
              </a>
            </h2>
            <p className="mt-2 text-zinc-600 dark:text-zinc-400">{category.description}</p>
            <p className="mt-4 text-sm font-semibold text-zinc-700 dark:text-zinc-300">
              {count} {count === 1 ? 'article' : 'articles'}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
