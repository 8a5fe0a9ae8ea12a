/**
 * Articles in a language other than the site's own are rendered under a root layout of their
 * own, so their page says <html lang="vi">. They keep their public URL (/news/<slug>): a
 * rewrite sends it to the internal route /<lang>/news/<slug>, and a redirect sends anyone who
 * types the internal URL to the public one. A build writes those rewrites with the content
 * gate's (lib/content-gate.ts) into its route manifest; `next dev` uses languageRewrites.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { siteConfig } from './config';
import { LANGUAGES, type Language } from './content/model';
import { alternationsOf } from './url-alternation';

/** The languages that have their own internal article route: every one but the site's. */
export const OTHER_LANGUAGES = LANGUAGES.filter((lang) => lang !== siteConfig.language);

/**
 * Article slugs of each other language, read from the frontmatter of a content folder's files:
 * what `next dev` knows when it starts (a new Vietnamese article needs a restart of the
 * development server for its <html lang>).
 */
export function slugsByLanguageInFolder(contentDir: string): Map<Language, string[]> {
  const articlesDir = path.join(contentDir, 'articles');
  const slugs = new Map<Language, string[]>();
  if (!existsSync(articlesDir)) return slugs;
  for (const name of readdirSync(articlesDir).filter((file) => file.endsWith('.md'))) {
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(path.join(articlesDir, name), 'utf8'))?.[1] ?? '';
    const lang = /^lang:\s*["']?([a-z]+)["']?\s*$/m.exec(frontmatter)?.[1] as Language | undefined;
    if (lang && (OTHER_LANGUAGES as readonly string[]).includes(lang)) slugs.set(lang, [...(slugs.get(lang) ?? []), name.slice(0, -3)]);
  }
  return slugs;
}

interface Rewrite {
  source: string;
  destination: string;
}

/** In development: /news/<slug> of each article in another language, to its internal route (a rule per few hundred slugs). */
export function languageRewrites(slugs: Map<Language, string[]>): Rewrite[] {
  return [...slugs].flatMap(([lang, list]) =>
    alternationsOf(list).map((alternation) => ({ source: `/news/:slug(${alternation})`, destination: `/${lang}/news/:slug` })),
  );
}

/** The internal routes are not addresses: each sends readers to the public URL. */
export function languageRedirects(): (Rewrite & { permanent: true })[] {
  return OTHER_LANGUAGES.map((lang) => ({ source: `/${lang}/news/:slug`, destination: '/news/:slug', permanent: true }));
}
