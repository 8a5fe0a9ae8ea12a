/**
 * Starts a production server (`next start`, or a standalone `server.js`) on 127.0.0.1 and a
 * free port, waits until it answers, and stops it again by its own process group.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort, sleep } from './util';

export interface RunningServer {
  url: string;
  port: number;
  pid: number;
  /** Everything the server printed so far. */
  output(): string;
  /** Throws, with the server's last output, when the server has exited. */
  assertAlive(): void;
  /** How the server ended ("exit code 1", "signal SIGKILL") with its last output, or null while it runs. */
  exitReport(): string | null;
  stop(): Promise<void>;
}

export interface ServerOptions {
  cwd: string;
  /** Default: `node node_modules/next/dist/bin/next start --hostname 127.0.0.1 --port <port>`. */
  command?: (port: number) => { file: string; args: string[] };
  env?: Record<string, string>;
  port?: number;
  /** Path fetched to decide the server is ready; any HTTP answer counts. */
  readyPath?: string;
  timeoutMs?: number;
}

export function nextStartCommand(cwd: string) {
  return (port: number) => ({
    file: process.execPath,
    args: [path.join(cwd, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '--hostname', '127.0.0.1', '--port', String(port)],
  });
}

/** `node <standalone>/server.js`; PORT and HOSTNAME come from the environment (see startServer). */
export function standaloneCommand(serverJs: string) {
  return () => ({ file: process.execPath, args: [serverJs] });
}

async function waitUntilReady(url: string, child: ChildProcess, timeoutMs: number, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`server exited (${child.exitCode ?? child.signalCode}) before answering:\n${output()}`);
    }
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000), redirect: 'manual' });
      return;
    } catch {
      await sleep(200);
    }
  }
  throw new Error(`server did not answer ${url} within ${timeoutMs} ms:\n${output()}`);
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  const { file, args } = (options.command ?? nextStartCommand(options.cwd))(port);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    PORT: String(port),
    HOSTNAME: '127.0.0.1',
    ...options.env,
  };
  // Its own process group, so stop() ends the server and anything it started, and nothing else.
  const child = spawn(file, args, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const signalGroup = (signal: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // already gone
      }
    };
    signalGroup('SIGTERM');
    const stopped = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
    if (!stopped) {
      signalGroup('SIGKILL');
      await exited;
    }
  };

  try {
    await waitUntilReady(`${url}${options.readyPath ?? '/'}`, child, options.timeoutMs ?? 60_000, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  const exitReport = () => {
    if (child.exitCode === null && child.signalCode === null) return null;
    const how = child.signalCode ? `signal ${child.signalCode}` : `exit code ${child.exitCode}`;
    return `the server on ${url} ended (${how}); its last output:\n${log.split('\n').slice(-30).join('\n')}`;
  };
  const assertAlive = () => {
    const report = exitReport();
    if (report) throw new Error(report);
  };
  return { url, port, pid: child.pid!, output: () => log, assertAlive, exitReport, stop };
}
