import { readFileSync } from 'node:fs';
import type { ContentOptions } from '@/lib/content/loader';

export const VALID = 'tests/fixtures/content/valid';
export const BROKEN = 'tests/fixtures/content/broken';

/** Loader options for a fixture folder holding content/ and (optionally) public/. */
export function fixtureOptions(folder: string): Required<ContentOptions> {
  return { contentDir: `${folder}/content`, publicDir: `${folder}/public` };
}

/** A broken case's article path, relative to the repository root as problems report it. */
export function brokenArticle(name: string, file = 'x.md'): string {
  return `${BROKEN}/${name}/content/articles/${file}`;
}

/** The text of a 1-based line of a file. */
export function lineOf(file: string, line: number): string {
  return readFileSync(file, 'utf8').split(/\r?\n/)[line - 1] ?? '';
}
