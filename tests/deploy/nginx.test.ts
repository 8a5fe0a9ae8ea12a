/**
 * Two standalone instances behind nginx, configured from deploy/nginx/nginx.conf: every page
 * comes back with the same status and the same bytes whichever instance answers, both
 * instances answer (round-robin), static files are cached as immutable, and one instance
 * going down does not fail requests.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'next/dist/compiled/node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../scripts/lib/server';
import { freePort } from '../../scripts/lib/util';
import { fixtureContent, fixturePublished } from '../support/fixture-content';
import { NGINX_TEMPLATE, renderTestConfig } from './nginx-config';
import { startStandalone, type StandaloneInstance } from './standalone';

/** NGINX_BIN overrides where the nginx binary is looked for. */
const NGINX = (process.env.NGINX_BIN ? [process.env.NGINX_BIN] : ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx']).find((file) => existsSync(file)) ?? null;
const FETCHES_PER_PAGE = 8;

const newest = fixturePublished()[0]!;
const category = fixtureContent().categories[0]!;
const pages = [
  '/',
  `/news/${newest.slug}`,
  '/news',
  '/news/page/2',
  `/category/${category.slug}`,
  '/categories',
  '/feed.xml',
  '/sitemap.xml',
  '/robots.txt',
  '/news/no-such-article',
  `/search?q=${encodeURIComponent(newest.title.split(' ')[0]!)}`,
];

interface Snapshot {
  status: number;
  contentType: string | null;
  sha256: string;
}

async function snapshot(url: string): Promise<Snapshot> {
  const response = await fetch(url, { redirect: 'manual' });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, contentType: response.headers.get('content-type'), sha256: createHash('sha256').update(body).digest('hex') };
}

let instances: StandaloneInstance[] = [];
let nginx: RunningServer | null = null;
let dir = '';

function accessLog(): string[] {
  const file = path.join(dir, 'access.log');
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
}

beforeAll(async () => {
  if (!NGINX) {
    throw new Error(`nginx is not installed (looked for ${process.env.NGINX_BIN ?? '/usr/sbin/nginx'}), so the nginx deploy test cannot run. Install it: apt-get install -y nginx`);
  }
  instances = await Promise.all([startStandalone('a'), startStandalone('b')]);
  dir = mkdtempSync(path.join(os.tmpdir(), 'nowletus-nginx-'));
  const listenPort = await freePort();
  const configFile = path.join(dir, 'nginx.conf');
  writeFileSync(configFile, renderTestConfig({ listenPort, upstreamPorts: [instances[0]!.port, instances[1]!.port], dir }));
  const args = ['-c', configFile, '-p', `${dir}/`, '-e', path.join(dir, 'startup-error.log')];
  try {
    execFileSync(NGINX, [...args, '-t'], { stdio: 'pipe' });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
    throw new Error(`nginx -t rejects the config generated from ${NGINX_TEMPLATE}:\n${stderr}`);
  }
  nginx = await startServer({ cwd: dir, port: listenPort, command: () => ({ file: NGINX, args: [...args, '-g', 'daemon off;'] }) });
});

afterAll(async () => {
  await nginx?.stop();
  await Promise.all(instances.map((instance) => instance.stop()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('two standalone instances behind nginx', () => {
  it('give the same status and the same bytes for every page, however often it is asked', async () => {
    for (const page of pages) {
      const direct = await Promise.all(instances.map((instance) => snapshot(`${instance.url}${page}`)));
      expect(direct[1], `${page}: instance b differs from instance a`).toEqual(direct[0]);
      for (let round = 0; round < FETCHES_PER_PAGE; round++) {
        expect(await snapshot(`${nginx!.url}${page}`), `${page}, fetch ${round + 1} through nginx`).toEqual(direct[0]);
      }
      expect(direct[0]!.status, page).toBe(page === '/news/no-such-article' ? 404 : 200);
    }
  });

  it('spread requests over both instances (round-robin)', () => {
    const upstreams = accessLog()
      .map((line) => /upstream=(\S+)/.exec(line)?.[1])
      .filter((value): value is string => Boolean(value) && value !== '-');
    const counts = instances.map((instance) => upstreams.filter((value) => value === `127.0.0.1:${instance.port}`).length);
    expect(upstreams.length).toBeGreaterThanOrEqual(pages.length * FETCHES_PER_PAGE);
    for (const count of counts) expect(count).toBeGreaterThanOrEqual(upstreams.length / 4);
  });

  it('cache /_next/static files as immutable and answer repeats from its own cache', async () => {
    const home = await fetch(`${nginx!.url}/`).then((response) => response.text());
    const src = parse(home).querySelector('script[src^="/_next/static/"]')?.getAttribute('src');
    expect(src).toBeDefined();
    const first = await fetch(`${nginx!.url}${src}`);
    await first.arrayBuffer();
    const second = await fetch(`${nginx!.url}${src}`);
    await second.arrayBuffer();
    expect(second.status).toBe(200);
    expect(second.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(second.headers.get('x-cache-status')).toBe('HIT');
  });

  it('compress HTML for clients that accept gzip', async () => {
    const response = await fetch(`${nginx!.url}/`, { headers: { 'accept-encoding': 'gzip' } });
    await response.arrayBuffer();
    expect(response.headers.get('content-encoding')).toBe('gzip');
  });

  it('keep answering when one instance goes down', async () => {
    await instances[1]!.stop();
    for (let round = 0; round < 6; round++) {
      const { status } = await snapshot(`${nginx!.url}/news/${newest.slug}`);
      expect(status, `request ${round + 1} with instance b down`).toBe(200);
    }
  });
});
