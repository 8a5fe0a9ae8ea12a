/**
 * Runs `next build` in a project folder, in its own process group (so an interrupted run can
 * stop it and all its workers), with the standard production environment.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { onInterrupt, sleep } from './util';

export interface BuildOptions {
  cwd: string;
  /** NEXT_DIST_DIR relative to cwd; default .next. */
  distDir?: string;
  env?: Record<string, string>;
  /** Called with each line of Next.js's progress (compile, publish, collect, generate, errors). */
  onProgress?: (line: string) => void;
  /** Called once the build process exists, with its pid (to watch its process tree). */
  onSpawn?: (pid: number) => void;
}

export interface BuildResult {
  wallMs: number;
  /** Everything the build printed, stdout and stderr interleaved. */
  log: string;
  /** Absolute path of the build output. */
  distDir: string;
}

const PROGRESS = /Compiled|Published|Collecting|Generating static pages|Finalizing|Failed|[Ee]rror/;

/** Builds the project in `options.cwd`; throws with the last 40 lines of the log when the build fails. */
export async function runBuild(options: BuildOptions): Promise<BuildResult> {
  const distDir = options.distDir ?? '.next';
  const nextBin = path.join(options.cwd, 'node_modules', 'next', 'dist', 'bin', 'next');
  // An inherited NODE_ENV (e.g. "test" under vitest) would change the build: pin the standard one.
  const env = { ...process.env, NODE_ENV: 'production' as const, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: distDir, ...options.env };
  const started = performance.now();
  const child = spawn(process.execPath, [nextBin, 'build'], { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  const forget = onInterrupt(async () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
      await Promise.race([closed, sleep(5000)]);
    } catch {
      // already gone
    }
  });
  options.onSpawn?.(child.pid!);
  let log = '';
  let pending = '';
  const onData = (chunk: Buffer) => {
    log += chunk.toString();
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (PROGRESS.test(line)) options.onProgress?.(line.trim());
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const code = await closed;
  forget();
  if (code !== 0) throw new Error(`next build failed (exit ${code}) in ${options.cwd}:\n${log.split('\n').slice(-40).join('\n')}`);
  return { wallMs: performance.now() - started, log, distDir: path.join(options.cwd, distDir) };
}
