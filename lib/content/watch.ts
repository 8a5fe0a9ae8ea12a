/**
 * The publication of the content folder itself, for `next dev`, tests and scripts: compiled
 * in memory, and compiled again when a file changes, so an editor sees a save on reload.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { publicationOf, type Publication } from '../publication';
import { checkContent, resolveContentOptions } from './loader';
import type { CompiledContent } from './model';
import { ContentError } from './problems';

/** The content folder as it is now. */
export interface WatchedContent {
  /**
   * The publication of the files; while they have errors, that of the last version without
   * any (an empty publication when there has been none), so pages can still be rendered.
   */
  publication: Publication;
  /** Every problem of the files as they are now when any is an error, or null. */
  error: ContentError | null;
}

// On globalThis: a development server loads this module once per bundle layer.
const CACHE_KEY = Symbol.for('nowletus.watched-publication');
interface Watched extends WatchedContent {
  contentDir: string;
  signature: string;
  checkedAt: number;
}
const globalCache = globalThis as typeof globalThis & { [CACHE_KEY]?: Watched };

/** How long the compiled content is trusted before the files are looked at again. */
const RECHECK_MS = 250;

function filesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * A cheap fingerprint of what the content is compiled from: names and modification times of
 * the articles, the two lists and the images (their sizes and existence are checked).
 */
function folderSignature(contentDir: string, publicDir: string): string {
  return [...filesIn(path.join(contentDir, 'articles')), path.join(contentDir, 'categories.yml'), path.join(contentDir, 'authors.yml'), ...filesIn(path.join(publicDir, 'images'))]
    .map((file) => (existsSync(file) ? `${file}:${statSync(file).mtimeMs}` : file))
    .join('|');
}

const EMPTY_CONTENT: CompiledContent = { categories: [], authors: [], articles: [], bodies: new Map() };

/**
 * The content folder compiled, again only when a file has changed since (checked at most every
 * 250 ms). A version with errors never replaces the last good publication, and a fixed one
 * replaces the errors on the next call.
 */
export function watchedContent(): WatchedContent {
  const { contentDir, publicDir } = resolveContentOptions();
  const cached = globalCache[CACHE_KEY]?.contentDir === contentDir ? globalCache[CACHE_KEY] : undefined;
  const now = Date.now();
  if (cached && now - cached.checkedAt < RECHECK_MS) return cached;
  // Taken before the files are read: a save during the compile changes it, and is compiled next time.
  const signature = folderSignature(contentDir, publicDir);
  if (cached?.signature === signature) {
    cached.checkedAt = now;
    return cached;
  }
  const { content, problems } = checkContent({ contentDir, publicDir });
  const watched: Watched = content
    ? { contentDir, signature, checkedAt: now, publication: publicationOf(content), error: null }
    : { contentDir, signature, checkedAt: now, publication: cached?.publication ?? publicationOf(EMPTY_CONTENT), error: new ContentError(problems) };
  // Said once per change in the terminal too, where the editor ran `npm run dev`. Written to the
  // stream itself: the dev server replays a render's console.error in the browser, where the
  // framework's overlay would count it as an error of the site's code.
  if (process.env.NODE_ENV === 'development') {
    if (watched.error) process.stderr.write(`\n${watched.error.message}\n\n`);
    else if (cached?.error) process.stdout.write('✓ The content has no errors again.\n');
  }
  globalCache[CACHE_KEY] = watched;
  return watched;
}
