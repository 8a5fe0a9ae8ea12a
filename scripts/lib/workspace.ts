/**
 * A copy of the project with a site of its own: the app's code, plus the content/ and
 * public/ of a chosen site folder (the project itself, the test fixture, synthetic articles).
 * Browser tests, deploy tests and the bench build and serve such copies, so they never touch
 * the working tree's build folders, and the editorial content never reaches a test.
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

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');

/** The test suite's own publication (tests/fixtures/site/README.md lists its facts). */
export const FIXTURE_SITE = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'site');

/** What a production build needs besides a site: tests, scripts and docs stay behind. */
const APP_ENTRIES = [
  'app',
  'components',
  'lib',
  'pages',
  'proxy.ts',
  'next.config.ts',
  'tailwind.config.ts',
  'postcss.config.mjs',
  'tsconfig.json',
  'package.json',
  // The build's publishing step (next.config.ts runs it).
  'scripts/publish.ts',
];

export interface Workspace {
  dir: string;
  contentDir: string;
  publicDir: string;
  remove(): void;
}

export interface WorkspaceOptions {
  /** Folder holding content/ and public/; default: the project itself. */
  site?: string;
  /** Use this folder (emptied first) instead of a new temp folder. */
  dir?: string;
  projectRoot?: string;
}

function linkNodeModules(from: string, to: string): void {
  try {
    execFileSync('cp', ['-al', from, to], { stdio: 'pipe' });
  } catch {
    rmSync(to, { recursive: true, force: true });
    cpSync(from, to, { recursive: true, verbatimSymlinks: true });
  }
}

/** Copies the app and a site to a new temp folder (or `options.dir`). */
export function createWorkspace(label: string, options: WorkspaceOptions = {}): Workspace {
  const projectRoot = options.projectRoot ?? PROJECT_ROOT;
  const site = options.site ?? projectRoot;
  let dir: string;
  if (options.dir) {
    rmSync(options.dir, { recursive: true, force: true });
    mkdirSync(options.dir, { recursive: true });
    dir = options.dir;
  } else {
    dir = mkdtempSync(path.join(os.tmpdir(), `nowletus-${label}-`));
  }
  for (const entry of APP_ENTRIES) {
    const from = path.join(projectRoot, entry);
    if (existsSync(from)) cpSync(from, path.join(dir, entry), { recursive: true });
  }
  for (const entry of ['content', 'public']) {
    const from = path.join(site, entry);
    if (existsSync(from)) cpSync(from, path.join(dir, entry), { recursive: true });
  }
  mkdirSync(path.join(dir, 'content', 'articles'), { recursive: true });
  mkdirSync(path.join(dir, 'public'), { recursive: true });
  linkNodeModules(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'));
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

export { namedWorkspaceDir } from './workspace-dir';
