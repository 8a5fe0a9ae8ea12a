/**
 * Builds the fixture publication once for the deploy tests (standalone.ts: a copy of the app
 * with tests/fixtures/site as its site, `next build` with NEXT_STANDALONE=true, the standalone
 * folder completed). DEPLOY_REUSE_BUILD=1 keeps an existing build (quick local reruns); the
 * schedule test always builds its own, since its article must still be ahead of the clock.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildStandalone, completeStandalone, FIXTURE_BUILD } from './standalone';

export default async function setup(): Promise<void> {
  const reuse = process.env.DEPLOY_REUSE_BUILD === '1' && existsSync(path.join(FIXTURE_BUILD.standaloneDir, 'server.js'));
  if (reuse) {
    completeStandalone(FIXTURE_BUILD);
    return;
  }
  console.log(`deploy tests: building the fixture site in ${FIXTURE_BUILD.workspace}…`);
  const wallMs = await buildStandalone(FIXTURE_BUILD);
  console.log(`deploy tests: built in ${(wallMs / 1000).toFixed(0)} s`);
}
