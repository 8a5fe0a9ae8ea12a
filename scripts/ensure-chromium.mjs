// Browser tests drive Debian's Chromium, never a browser Playwright downloads itself.
// When it is missing: install it if we are root with apt, otherwise say exactly what to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const executable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(executable)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log(`Chromium not found at ${executable}: installing Debian's chromium package…`);
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } else {
    console.error(
      `Chromium was not found at ${executable}. The browser tests use Debian's Chromium; install it with:\n\n` +
        '  sudo apt-get update && sudo apt-get install -y chromium\n\n' +
        'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.',
    );
    process.exit(1);
  }
}
