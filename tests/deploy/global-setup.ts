/**
 * Builds the fixture publication once for the deploy tests: a copy of the app with
 * tests/fixtures/site as its site, `next build` with NEXT_STANDALONE=true, then the standalone
 * folder completed. DEPLOY_REUSE_BUILD=1 keeps an existing build (quick local reruns).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runBuild } from '../../scripts/lib/build';
import { createWorkspace, FIXTURE_SITE } from '../../scripts/lib/workspace';
import { completeStandalone, STANDALONE_DIR, WORKSPACE } from './standalone';

export default async function setup(): Promise<void> {
  const reuse = process.env.DEPLOY_REUSE_BUILD === '1' && existsSync(path.join(STANDALONE_DIR, 'server.js'));
  if (!reuse) {
    createWorkspace('deploy', { dir: WORKSPACE, site: FIXTURE_SITE });
    console.log(`deploy tests: building the fixture site in ${WORKSPACE}…`);
    const build = await runBuild({ cwd: WORKSPACE, env: { NEXT_STANDALONE: 'true' } });
    console.log(`deploy tests: built in ${(build.wallMs / 1000).toFixed(0)} s`);
  }
  if (!existsSync(path.join(STANDALONE_DIR, 'server.js'))) {
    throw new Error(`no ${STANDALONE_DIR}/server.js after the build: does next.config.ts still set output: 'standalone' when NEXT_STANDALONE=true?`);
  }
  completeStandalone();
}
