/**
 * Builds the site once for the deploy tests: `next build` with NEXT_DIST_DIR=.next-deploy and
 * NEXT_STANDALONE=true (output: 'standalone'), then completes the standalone folder. DEPLOY_REUSE_BUILD=1 skips
 * the build when .next-deploy/standalone already exists (for quick local reruns).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runBuild } from '../../scripts/bench/build';
import { completeStandalone, DIST_DIR, PROJECT_ROOT, STANDALONE_DIR } from './standalone';

export default async function setup(): Promise<void> {
  const reuse = process.env.DEPLOY_REUSE_BUILD === '1' && existsSync(path.join(STANDALONE_DIR, 'server.js'));
  if (!reuse) {
    console.log(`deploy tests: next build into ${DIST_DIR} (a few minutes)…`);
    const build = await runBuild({
      cwd: PROJECT_ROOT,
      distDir: DIST_DIR,
      env: { NEXT_STANDALONE: 'true' },
      onProgress: (line) => console.log(`  ${line}`),
    });
    console.log(`deploy tests: built in ${(build.wallMs / 1000).toFixed(0)} s`);
  }
  if (!existsSync(path.join(STANDALONE_DIR, 'server.js'))) {
    throw new Error(`no ${STANDALONE_DIR}/server.js after the build: does next.config.ts still set output: 'standalone' when NEXT_STANDALONE=true?`);
  }
  completeStandalone();
}
