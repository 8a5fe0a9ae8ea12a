export function SkipLink() {
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50 focus:rounded focus:bg-zinc-900 focus:px-4 focus:py-2 focus:text-white dark:focus:bg-white dark:focus:text-zinc-900"
    >
      Skip to content
    </a>
  );
}
