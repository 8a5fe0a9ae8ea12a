/**
 * The standalone build the deploy tests share: built once by global-setup.ts into
 * .next-deploy, completed the way Next.js's docs say (public/ and <distDir>/static copied
 * into the standalone folder), and copied to a temp folder per server so each runs on its
 * own, as on a machine that has nothing but that folder.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, standaloneCommand, type RunningServer } from '../../scripts/bench/server';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');
export const DIST_DIR = '.next-deploy';
export const STANDALONE_DIR = path.join(PROJECT_ROOT, DIST_DIR, 'standalone');

/** `cp -r public <standalone>/ && cp -r <distDir>/static <standalone>/<distDir>/` */
export function completeStandalone(): void {
  const publicTarget = path.join(STANDALONE_DIR, 'public');
  const staticTarget = path.join(STANDALONE_DIR, DIST_DIR, 'static');
  rmSync(publicTarget, { recursive: true, force: true });
  rmSync(staticTarget, { recursive: true, force: true });
  cpSync(path.join(PROJECT_ROOT, 'public'), publicTarget, { recursive: true });
  cpSync(path.join(PROJECT_ROOT, DIST_DIR, 'static'), staticTarget, { recursive: true });
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
