/**
 * A throwaway copy of the project under the system's temp folder, so benchmark builds never
 * touch the working tree's .next folders or content.
 *
 * node_modules is hard-linked file by file (`cp -al`: a second or so, no extra disk), not
 * symlinked: Turbopack refuses to resolve `next` through a symlink that leaves the project
 * folder ("Could not find the Next.js package"). When hard links are impossible (another
 * file system) it falls back to a full copy.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** What a production build needs; tests, scripts and docs stay behind. */
const PROJECT_ENTRIES = [
  'app',
  'components',
  'lib',
  'public',
  'content',
  'proxy.ts',
  'instrumentation.ts',
  'next.config.ts',
  'tailwind.config.ts',
  'postcss.config.mjs',
  'tsconfig.json',
  'package.json',
];

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');

export interface Workspace {
  dir: string;
  contentDir: string;
  publicDir: string;
  remove(): void;
}

function linkNodeModules(from: string, to: string): void {
  try {
    execFileSync('cp', ['-al', from, to], { stdio: 'pipe' });
  } catch {
    rmSync(to, { recursive: true, force: true });
    cpSync(from, to, { recursive: true, verbatimSymlinks: true });
  }
}

/** Copies `entries` of the project (default: what a production build needs) to a new temp folder. */
export function createWorkspace(label: string, { projectRoot = PROJECT_ROOT, entries = PROJECT_ENTRIES } = {}): Workspace {
  const dir = mkdtempSync(path.join(os.tmpdir(), `nowletus-${label}-`));
  for (const entry of entries) {
    const from = path.join(projectRoot, entry);
    if (existsSync(from)) cpSync(from, path.join(dir, entry), { recursive: true });
  }
  linkNodeModules(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'));
  if (entries.includes('content')) mkdirSync(path.join(dir, 'content', 'articles'), { recursive: true });
  return {
    dir,
    contentDir: path.join(dir, 'content'),
    publicDir: path.join(dir, 'public'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Empties the workspace's content/articles, keeping categories.yml and authors.yml. */
export function clearArticles(workspace: Workspace): void {
  const articlesDir = path.join(workspace.contentDir, 'articles');
  rmSync(articlesDir, { recursive: true, force: true });
  mkdirSync(articlesDir, { recursive: true });
}
