import Link from 'next/link';
import { newsUrl } from '@/lib/urls';

export default function NotFound() {
  return (
    <div className="container-page max-w-2xl py-20 text-center">
      <p className="text-sm font-bold tracking-widest text-brand-700 uppercase dark:text-brand-300">404</p>
      <h1 className="mt-3 font-serif text-4xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-4 text-zinc-600 dark:text-zinc-400">The page you asked for does not exist or is no longer published.</p>
      <Link href={newsUrl()} className="mt-8 inline-block rounded-full bg-zinc-900 px-5 py-2.5 text-sm font-semibold text-white dark:bg-white dark:text-zinc-900">
        Read the latest news
      </Link>
    </div>
  );
}
