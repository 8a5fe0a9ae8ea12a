/**
 * The build the deploy tests share: the fixture publication (tests/fixtures/site) in a copy
 * of the app, built once by global-setup.ts with the standalone output, the standalone folder
 * completed the way Next.js's docs say (public/ and .next/static copied in), and copied to a
 * temp folder per server so each runs on its own, as on a machine that has nothing but it.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { nextStartCommand, startServer, standaloneCommand, type RunningServer } from '../../scripts/lib/server';
import { namedWorkspaceDir } from '../../scripts/lib/workspace';

export const WORKSPACE = namedWorkspaceDir('deploy');
export const DIST_DIR = path.join(WORKSPACE, '.next');
export const STANDALONE_DIR = path.join(DIST_DIR, 'standalone');

/** `cp -r public <standalone>/ && cp -r .next/static <standalone>/.next/` */
export function completeStandalone(): void {
  const publicTarget = path.join(STANDALONE_DIR, 'public');
  const staticTarget = path.join(STANDALONE_DIR, '.next', 'static');
  rmSync(publicTarget, { recursive: true, force: true });
  rmSync(staticTarget, { recursive: true, force: true });
  cpSync(path.join(WORKSPACE, 'public'), publicTarget, { recursive: true });
  cpSync(path.join(DIST_DIR, 'static'), staticTarget, { recursive: true });
}

export interface StandaloneInstance extends RunningServer {
  dir: string;
}

/** Copies the standalone folder to a temp folder and starts `node server.js` there. */
export async function startStandalone(label: string): Promise<StandaloneInstance> {
  if (!existsSync(path.join(STANDALONE_DIR, 'server.js'))) {
    throw new Error(`${STANDALONE_DIR}/server.js is missing: the deploy tests' global setup builds it (npm run test:deploy)`);
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), `nowletus-standalone-${label}-`));
  cpSync(STANDALONE_DIR, dir, { recursive: true, verbatimSymlinks: true });
  try {
    const server = await startServer({ cwd: dir, command: standaloneCommand(path.join(dir, 'server.js')) });
    return {
      ...server,
      dir,
      stop: async () => {
        await server.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** `next start` in the build's own workspace, where content/ sits beside the build. */
export function startInWorkspace(): Promise<RunningServer> {
  return startServer({ cwd: WORKSPACE, command: nextStartCommand(WORKSPACE) });
}
