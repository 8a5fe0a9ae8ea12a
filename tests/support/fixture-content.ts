/**
 * The fixture publication as the tests' expectations see it: compiled with the loader from
 * tests/fixtures/site, the articles readers see at a moment, newest first.
 */
import path from 'node:path';
import { compileContent } from '../../lib/content/loader';
import type { Article, CompiledContent } from '../../lib/content/model';
import { isPublished } from '../../lib/content/visibility';

export const FIXTURE_CONTENT_DIR = path.resolve(import.meta.dirname, '..', 'fixtures', 'site', 'content');

let compiled: CompiledContent | null = null;

export function fixtureContent(): CompiledContent {
  compiled ??= compileContent({ contentDir: FIXTURE_CONTENT_DIR });
  return compiled;
}

/** The fixture's articles that readers see at `now`, newest first. */
export function fixturePublished(now = new Date()): Article[] {
  return fixtureContent().articles.filter((article) => isPublished(article, now));
}
