'use client';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="container-page max-w-2xl py-20 text-center">
      <h1 className="font-serif text-4xl font-bold tracking-tight">Something went wrong</h1>
      <p className="mt-4 text-zinc-600 dark:text-zinc-400">This page could not be shown. Please try again in a moment.</p>
      <div className="mt-8 flex justify-center gap-3">
        <button type="button" onClick={reset} className="rounded-full bg-zinc-900 px-5 py-2.5 text-sm font-semibold text-white dark:bg-white dark:text-zinc-900">
          Try again
        </button>
        <a href="/" className="rounded-full border border-zinc-300 px-5 py-2.5 text-sm font-semibold dark:border-zinc-700">
          Go to the home page
        </a>
      </div>
    </div>
  );
}
