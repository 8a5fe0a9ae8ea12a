/**
 * Turns deploy/nginx/nginx.conf (the documented production example) into a config the test
 * can run: the directives marked "test:" in the file get the test's ports and temp paths.
 * Each replacement must match exactly once, so the test fails loudly if the example changes
 * shape instead of silently testing something else.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const NGINX_TEMPLATE = path.resolve(import.meta.dirname, '..', '..', 'deploy', 'nginx', 'nginx.conf');

export interface NginxTestSettings {
  listenPort: number;
  upstreamPorts: [number, number];
  /** Folder for the pid file, logs, caches and temp files. */
  dir: string;
}

function replaceOnce(config: string, pattern: RegExp, replacement: string): string {
  const matches = config.match(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)) ?? [];
  if (matches.length !== 1) {
    throw new Error(`${NGINX_TEMPLATE}: expected exactly one match of ${pattern} to adapt for the test, found ${matches.length}`);
  }
  return config.replace(pattern, replacement);
}

export function renderTestConfig(settings: NginxTestSettings, template = readFileSync(NGINX_TEMPLATE, 'utf8')): string {
  const file = (name: string) => path.join(settings.dir, name);
  const [first, second] = settings.upstreamPorts;
  let config = template;
  // Workers run as the test's own user, so they can use the temp folder (as root, nginx
  // would otherwise switch them to its unprivileged default user).
  config = replaceOnce(config, /^user\s+[^;]+;\n/m, process.getuid?.() === 0 ? `user ${os.userInfo().username};\n` : '');
  config = replaceOnce(config, /^pid\s+[^;]+;/m, `pid ${file('nginx.pid')};`);
  config = replaceOnce(config, /^error_log\s+\S+/m, `error_log ${file('error.log')}`);
  config = replaceOnce(config, /access_log\s+\S+\s+news;/, `access_log ${file('access.log')} news;`);
  config = replaceOnce(config, /proxy_cache_path\s+\S+news-static/, `proxy_cache_path ${file('static-cache')}`);
  config = replaceOnce(config, /proxy_cache_path\s+\S+news-pages/, `proxy_cache_path ${file('page-cache')}`);
  config = replaceOnce(config, /server 127\.0\.0\.1:3001 /, `server 127.0.0.1:${first} `);
  config = replaceOnce(config, /server 127\.0\.0\.1:3002 /, `server 127.0.0.1:${second} `);
  config = replaceOnce(config, /listen 80;/, `listen 127.0.0.1:${settings.listenPort};`);
  // Debian's build keeps its temp files under /var/lib/nginx; an unprivileged run needs its own.
  const temps = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${file(`${kind}-temp`)};`).join('\n');
  config = replaceOnce(config, /^http \{\n/m, `http {\n${temps}\n`);
  return config;
}
