import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ['.next*/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench-results/**', 'next-env.d.ts'],
  },
  {
    // Navigation is plain <a>: every page is prerendered HTML, so a document load is cheap,
    // while next/link adds ~4.4 KB gzip to every page and prefetches the RSC payload of each
    // link in view (SPEC section 6: no client JavaScript beyond the framework and Share).
    files: ['app/**/*.tsx', 'components/**/*.tsx', 'pages/**/*.tsx'],
    rules: {
      '@next/next/no-html-link-for-pages': 'off',
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'next/link', message: 'Use a plain <a>: see eslint.config.mjs for why.' }] },
      ],
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/components/*', '../components/*'], message: 'lib/ never imports React components.' }] },
      ],
    },
  },
];

export default config;
