/**
 * One Lighthouse run through its Node API, in a plain Node process: code loaded through tsx
 * gets esbuild's `__name` helpers, which break the functions Lighthouse sends into the page.
 *
 * Usage: node scripts/bench/lighthouse-run.mjs <url> <output.json> <chromium path> <categories,…> [chromium flags…]
 * Writes the Lighthouse result (LHR) JSON to <output.json>. LIGHTHOUSE_THROTTLING=devtools
 * throttles the real page load instead of simulating it (Lighthouse's default, "simulate").
 */
import { writeFileSync } from 'node:fs';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

const [url, output, chromePath, categories, ...chromeFlags] = process.argv.slice(2);
if (!url || !output || !chromePath || !categories) {
  console.error('usage: lighthouse-run.mjs <url> <output.json> <chromium path> <categories> [flags…]');
  process.exit(2);
}

const chrome = await launch({ chromePath, chromeFlags, logLevel: 'silent' });
try {
  const throttlingMethod = process.env.LIGHTHOUSE_THROTTLING === 'devtools' ? 'devtools' : 'simulate';
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories.split(','), throttlingMethod });
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  writeFileSync(output, JSON.stringify(result.lhr));
} finally {
  chrome.kill();
}
