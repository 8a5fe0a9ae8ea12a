// The browser and deploy tests use Debian's Chromium and nginx, never a browser Playwright
// downloads itself. When one is missing: install it if we are root with apt, otherwise say
// exactly what to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = process.argv.slice(2);
const tools = {
  chromium: { binary: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', pkg: 'chromium', env: 'CHROMIUM_PATH' },
  nginx: { binary: process.env.NGINX_BIN ?? '/usr/sbin/nginx', pkg: 'nginx', env: 'NGINX_BIN' },
};

const missing = wanted.map((name) => ({ name, ...tools[name] })).filter((tool) => !existsSync(tool.binary));
if (missing.length === 0) process.exit(0);

const packages = missing.map((tool) => tool.pkg).join(' ');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log(`Not found: ${missing.map((tool) => tool.binary).join(', ')}. Installing Debian's ${packages}…`);
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`, { stdio: 'inherit' });
} else {
  console.error(
    `Not found: ${missing.map((tool) => `${tool.binary} (set ${tool.env} to use another)`).join(', ')}.\n` +
      `The tests use Debian's packages; install them with:\n\n  sudo apt-get update && sudo apt-get install -y ${packages}\n`,
  );
  process.exit(1);
}
