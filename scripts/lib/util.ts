/** Small helpers shared by the bench, the deploy tests and the servers they start. */
import { createServer } from 'node:net';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('could not find a free port'))));
    });
  });
}

/** Fetches a URL and returns status, body text and headers; never throws on an HTTP error status. */
export async function fetchText(url: string, init: RequestInit = {}): Promise<{ status: number; body: string; headers: Headers }> {
  const response = await fetch(url, { redirect: 'manual', ...init });
  return { status: response.status, body: await response.text(), headers: response.headers };
}

const cleanups = new Set<() => unknown>();
let hooked = false;

/** Runs the registered cleanups, the last registered first, each once, ignoring their failures. */
export async function cleanUp(): Promise<void> {
  for (const cleanup of [...cleanups].reverse()) {
    cleanups.delete(cleanup);
    await Promise.resolve().then(cleanup).catch(() => undefined);
  }
}

/**
 * Registers work to undo if the run is interrupted (Ctrl-C, SIGTERM) or fails (see cleanUp):
 * stop servers and builds, remove temp folders. Returns a function that unregisters it.
 */
export function onInterrupt(cleanup: () => unknown): () => void {
  if (!hooked) {
    hooked = true;
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        process.stderr.write(`\n${signal}: cleaning up…\n`);
        void cleanUp().then(() => process.exit(130));
      });
    }
  }
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}
