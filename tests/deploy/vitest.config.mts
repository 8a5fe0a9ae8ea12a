import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Deployment smoke tests (`npm run test:deploy`, not part of `npm test`): one production build
 * with NEXT_DIST_DIR=.next-deploy, then the standalone server alone and two of them behind
 * nginx. Files run one after the other: each starts its own servers.
 */
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname, '..', '..') } },
  test: {
    root: path.resolve(import.meta.dirname, '..', '..'),
    include: ['tests/deploy/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/deploy/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
