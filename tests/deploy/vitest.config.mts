import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Deployment tests (`npm run test:deploy`, part of `npm test`): one standalone production
 * build of the fixture publication (global-setup.ts), then the standalone server alone, two of
 * them behind nginx, nginx's page cache rule by rule, a restart after content/ is wrecked, a
 * flood of invented URLs, and the schedule test, which builds its own copy with an article
 * going live a little after its build. Files run one after the other: each starts its own
 * servers, and the schedule test's timing must not compete with another file for the CPU.
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
