/**
 * The builds the deploy tests serve: a copy of the app with the fixture publication
 * (tests/fixtures/site) as its site, built with the standalone output, the standalone folder
 * completed the way Next.js's docs say (public/ and .next/static copied in), and copied to a
 * temp folder per server so each runs on its own, as on a machine that has nothing but it.
 *
 * The fixture build (global-setup.ts) is shared by every test file but the schedule test,
 * which builds its own with one article more (schedule.test.ts).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBuild } from '../../scripts/lib/build';
import { nextStartCommand, startServer, standaloneCommand, type RunningServer } from '../../scripts/lib/server';
import { createWorkspace, FIXTURE_SITE, namedWorkspaceDir, type Workspace } from '../../scripts/lib/workspace';

export interface DeployBuild {
  /** The copy of the app that is built. */
  workspace: string;
  distDir: string;
  standaloneDir: string;
}

export function deployBuild(name: string): DeployBuild {
  const workspace = namedWorkspaceDir(name);
  const distDir = path.join(workspace, '.next');
  return { workspace, distDir, standaloneDir: path.join(distDir, 'standalone') };
}

export const FIXTURE_BUILD = deployBuild('deploy');
export const WORKSPACE = FIXTURE_BUILD.workspace;
export const DIST_DIR = FIXTURE_BUILD.distDir;
export const STANDALONE_DIR = FIXTURE_BUILD.standaloneDir;

/** Written beside a build: how long it took, so a later build can be timed against it. */
function recordFile(build: DeployBuild): string {
  return path.join(build.workspace, 'deploy-build.json');
}

/** The wall time of the build's last run, when it was recorded. */
export function recordedBuildMs(build: DeployBuild): number | null {
  const file = recordFile(build);
  if (!existsSync(file)) return null;
  const { wallMs } = JSON.parse(readFileSync(file, 'utf8')) as { wallMs?: unknown };
  return typeof wallMs === 'number' ? wallMs : null;
}

/**
 * A fresh copy of the app with the fixture site (`prepare` may change its content), built
 * with NEXT_STANDALONE=true and completed. Returns the build's wall time.
 */
export async function buildStandalone(build: DeployBuild, prepare?: (workspace: Workspace) => void): Promise<number> {
  const workspace = createWorkspace(path.basename(build.workspace), { dir: build.workspace, site: FIXTURE_SITE });
  prepare?.(workspace);
  const { wallMs } = await runBuild({ cwd: build.workspace, env: { NEXT_STANDALONE: 'true' } });
  writeFileSync(recordFile(build), JSON.stringify({ wallMs }));
  if (!existsSync(path.join(build.standaloneDir, 'server.js'))) {
    throw new Error(`no ${build.standaloneDir}/server.js after the build: does next.config.ts still set output: 'standalone' when NEXT_STANDALONE=true?`);
  }
  completeStandalone(build);
  return wallMs;
}

/** `cp -r public <standalone>/ && cp -r .next/static <standalone>/.next/` */
export function completeStandalone(build: DeployBuild = FIXTURE_BUILD): void {
  const publicTarget = path.join(build.standaloneDir, 'public');
  const staticTarget = path.join(build.standaloneDir, '.next', 'static');
  rmSync(publicTarget, { recursive: true, force: true });
  rmSync(staticTarget, { recursive: true, force: true });
  cpSync(path.join(build.workspace, 'public'), publicTarget, { recursive: true });
  cpSync(path.join(build.distDir, 'static'), staticTarget, { recursive: true });
}

export interface StandaloneInstance extends RunningServer {
  /** The server's own copy of the standalone folder (its cache included). */
  dir: string;
  /** Ends the server at once (SIGKILL to its process group), as a crash would; keeps its folder. */
  kill(): Promise<void>;
  /** Stops the server, keeps its folder and cache, and starts it again there on the same port. */
  restart(): Promise<StandaloneInstance>;
  /** Stops the server and removes its folder. */
  stop(): Promise<void>;
}

async function launch(dir: string, port?: number): Promise<StandaloneInstance> {
  const server = await startServer({ cwd: dir, port, command: standaloneCommand(path.join(dir, 'server.js')) });
  return {
    ...server,
    dir,
    kill: async () => {
      try {
        process.kill(-server.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      await server.stop();
    },
    restart: async () => {
      await server.stop();
      return launch(dir, server.port);
    },
    stop: async () => {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Copies the build's standalone folder to a temp folder and starts `node server.js` there. The
 * copy keeps the files' modification times, as `cp -a`, `rsync -a`, tar and Docker's COPY do:
 * Next.js dates a prerendered page by its file's time, and the edition cache compares that with
 * the moments (docs/deploy-and-bench.md, "Deploying a build").
 */
export async function startStandalone(label: string, build: DeployBuild = FIXTURE_BUILD): Promise<StandaloneInstance> {
  if (!existsSync(path.join(build.standaloneDir, 'server.js'))) {
    throw new Error(`${build.standaloneDir}/server.js is missing: the deploy tests build it (npm run test:deploy)`);
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), `nowletus-standalone-${label}-`));
  cpSync(build.standaloneDir, dir, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
  try {
    return await launch(dir);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** `next start` in the fixture build's own workspace, where content/ sits beside the build. */
export function startInWorkspace(): Promise<RunningServer> {
  return startServer({ cwd: WORKSPACE, command: nextStartCommand(WORKSPACE) });
}
