/**
 * Where named workspaces live (os.tmpdir()/nowletus-<name>). Its own module, free of
 * import.meta, so Playwright's CommonJS loader can import it into the browser tests.
 */
import os from 'node:os';
import path from 'node:path';

/** The fixed folder of a named workspace, so a test can find the build a server runs. */
export function namedWorkspaceDir(name: string): string {
  return path.join(os.tmpdir(), `nowletus-${name}`);
}
