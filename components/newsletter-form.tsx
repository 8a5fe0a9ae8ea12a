import type { NewsletterConfig } from '@/lib/config';
import { siteConfig } from '@/lib/config';

/** The newsletter sign-up: a plain form posted to the provider, so it works without JavaScript. */
export function NewsletterForm({ newsletter, id }: { newsletter: NewsletterConfig; id: string }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="not-prose my-12 rounded-2xl bg-zinc-100 p-6 sm:p-8 dark:bg-zinc-900" data-testid="newsletter">
      <h2 id={`${id}-heading`} className="font-serif text-2xl font-bold tracking-tight">The {siteConfig.name} newsletter</h2>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">New stories in your inbox, a few times a month. Unsubscribe at any time.</p>
      <form action={newsletter.action} method="post" className="mt-4 flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex flex-1 flex-col gap-1">
          <label htmlFor={`${id}-email`} className="text-sm font-medium text-zinc-700 dark:text-zinc-300">Email address</label>
          <input
            id={`${id}-email`}
            name={newsletter.emailField}
            type="email"
            required
            autoComplete="email"
            className="w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-base dark:border-zinc-700 dark:bg-zinc-950"
          />
        </div>
        <button type="submit" className="rounded-md bg-zinc-900 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700 dark:bg-white dark:text-zinc-900 dark:hover:bg-brand-300">
          Subscribe
        </button>
      </form>
    </section>
  );
}
