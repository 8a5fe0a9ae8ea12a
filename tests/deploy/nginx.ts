/**
 * nginx for the deploy tests: deploy/nginx/nginx.conf adapted by nginx-config.ts (ports, temp
 * paths), checked with `nginx -t`, then run in the foreground in its own temp folder in front
 * of two upstreams. NGINX_BIN overrides where the binary is looked for.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type RunningServer } from '../../scripts/lib/server';
import { freePort } from '../../scripts/lib/util';
import { NGINX_TEMPLATE, renderTestConfig } from './nginx-config';

const NGINX_CANDIDATES = process.env.NGINX_BIN ? [process.env.NGINX_BIN] : ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'];

export interface RunningNginx extends RunningServer {
  /** The folder holding its config, logs and caches. */
  dir: string;
  /** The access log's lines so far (format `news` of nginx.conf). */
  accessLog(): string[];
}

function nginxBinary(): string {
  const binary = NGINX_CANDIDATES.find((file) => existsSync(file));
  if (!binary) {
    throw new Error(`nginx is not installed (looked for ${NGINX_CANDIDATES.join(', ')}), so the nginx deploy tests cannot run. Install it: apt-get install -y nginx`);
  }
  return binary;
}

/** Starts nginx from the production example in front of the two upstream ports. */
export async function startNginx(upstreamPorts: [number, number]): Promise<RunningNginx> {
  const binary = nginxBinary();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nowletus-nginx-'));
  try {
    const listenPort = await freePort();
    const configFile = path.join(dir, 'nginx.conf');
    writeFileSync(configFile, renderTestConfig({ listenPort, upstreamPorts, dir }));
    const args = ['-c', configFile, '-p', `${dir}/`, '-e', path.join(dir, 'startup-error.log')];
    try {
      execFileSync(binary, [...args, '-t'], { stdio: 'pipe' });
    } catch (error) {
      const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
      throw new Error(`nginx -t rejects the config generated from ${NGINX_TEMPLATE}:\n${stderr}`);
    }
    const server = await startServer({ cwd: dir, port: listenPort, command: () => ({ file: binary, args: [...args, '-g', 'daemon off;'] }) });
    const accessLog = () => {
      const file = path.join(dir, 'access.log');
      return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
    };
    return {
      ...server,
      dir,
      accessLog,
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
