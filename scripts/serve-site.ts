/**
 * `tsx scripts/serve-site.ts --name NAME --port PORT [--site DIR] [--dev]`
 *
 * Serves a site the way a deployment would, from a copy of the app: copies the app and the
 * site folder's content/ and public/ (default: the test fixture) into the workspace
 * NAME (os.tmpdir()/nowletus-NAME), then runs `next build && next start` there, or `next dev`
 * with --dev. Stays in the foreground until it is stopped; Playwright's web servers run it.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createWorkspace, FIXTURE_SITE, namedWorkspaceDir } from './lib/workspace';

const { values } = parseArgs({
  options: {
    name: { type: 'string' },
    port: { type: 'string' },
    site: { type: 'string', default: FIXTURE_SITE },
    dev: { type: 'boolean', default: false },
  },
});
if (!values.name || !values.port) {
  console.error('usage: tsx scripts/serve-site.ts --name NAME --port PORT [--site DIR] [--dev]');
  process.exit(2);
}

const workspace = createWorkspace(values.name, { dir: namedWorkspaceDir(values.name), site: path.resolve(values.site) });
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const next = path.join(workspace.dir, 'node_modules', 'next', 'dist', 'bin', 'next');
const serve = ['--hostname', '127.0.0.1', '--port', values.port];

function run(args: string[]): Promise<number> {
  const child = spawn(process.execPath, [next, ...args], { cwd: workspace.dir, env, stdio: 'inherit' });
  const stop = () => child.kill('SIGTERM');
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

async function main(): Promise<number> {
  if (values.dev) return run(['dev', ...serve]);
  return (await run(['build'])) || run(['start', ...serve]);
}

void main().then((code) => process.exit(code));
