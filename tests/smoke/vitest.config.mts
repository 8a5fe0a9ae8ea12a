import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '..', '..');

/**
 * `npm run test:smoke`: the editorial content, built and served as it will be published,
 * checked for structure only (what is reachable, listed and fed), never for what it says.
 */
export default defineConfig({
  resolve: { alias: { '@': root } },
  test: {
    root,
    include: ['tests/smoke/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/smoke/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
