/**
 * The publication of the content folder itself, for `next dev`, tests and scripts: compiled
 * in memory, and compiled again when a file changes, so an editor sees a save on reload.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { publicationOf, type Publication } from '../publication';
import { compileContent, resolveContentOptions } from './loader';

// On globalThis: a development server loads this module once per bundle layer.
const CACHE_KEY = Symbol.for('nowletus.watched-publication');
interface Watched {
  contentDir: string;
  signature: string;
  checkedAt: number;
  publication: Publication;
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

/** The content folder's publication; throws a ContentError when it has errors. */
export function watchedPublication(): Publication {
  const { contentDir, publicDir } = resolveContentOptions();
  const cached = globalCache[CACHE_KEY];
  const now = Date.now();
  if (cached?.contentDir === contentDir && now - cached.checkedAt < RECHECK_MS) return cached.publication;
  const signature = folderSignature(contentDir, publicDir);
  if (cached?.contentDir === contentDir && cached.signature === signature) {
    cached.checkedAt = now;
    return cached.publication;
  }
  const publication = publicationOf(compileContent({ contentDir, publicDir }));
  globalCache[CACHE_KEY] = { contentDir, signature, checkedAt: now, publication };
  return publication;
}
