import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Whatever asks for the publication (getPublication, currentEdition, checkContent without a
    // folder) reads the tests' own fixture site, never the editorial content/.
    env: { CONTENT_DIR: 'tests/fixtures/site/content' },
  },
});
