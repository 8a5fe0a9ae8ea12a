import { categoriesUrl } from '@/lib/urls';

export function ExploreTopics() {
  return (
    <section aria-labelledby="explore-topics" className="container-page mt-16">
      <div className="flex flex-col items-start gap-4 rounded-2xl bg-zinc-100 p-8 sm:flex-row sm:items-center sm:justify-between dark:bg-zinc-900">
        <div>
          <h2 id="explore-topics" className="font-serif text-2xl font-bold tracking-tight">Explore topics</h2>
          <p className="mt-1 text-zinc-600 dark:text-zinc-400">Tools, design, engineering and the studio: every section in one place.</p>
        </div>
        <a href={categoriesUrl()} className="rounded-full bg-zinc-900 px-5 py-2.5 text-sm font-semibold text-white hover:bg-brand-700 dark:bg-white dark:text-zinc-900 dark:hover:bg-brand-300">
          Discover all categories
        </a>
      </div>
    </section>
  );
}
