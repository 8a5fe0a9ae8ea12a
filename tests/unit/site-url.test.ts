/**
 * SITE_URL: an absolute http(s) origin or nothing. A wrong one stops `next build`, `next dev`
 * and `next start` at once, naming SITE_URL, before anything is built or served.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ORIGIN, siteOrigin } from '@/lib/site-origin';

describe('siteOrigin', () => {
  it('reduces an absolute http(s) URL to its origin', () => {
    expect(siteOrigin('https://news.example.com')).toBe('https://news.example.com');
    expect(siteOrigin('https://news.example.com/some/path/?q=1')).toBe('https://news.example.com');
    expect(siteOrigin(' http://localhost:4000 ')).toBe('http://localhost:4000');
  });

  it('falls back to localhost when unset', () => {
    expect(siteOrigin(undefined)).toBe(DEFAULT_ORIGIN);
    expect(siteOrigin('')).toBe(DEFAULT_ORIGIN);
  });

  it('refuses anything else, naming SITE_URL and the value', () => {
    for (const value of ['news.example.com', '/news', 'ftp://example.com', 'javascript:alert(1)', 'https://', 'https://user:pw@example.com']) {
      expect(() => siteOrigin(value), value).toThrow(`SITE_URL must be the site's public origin, an absolute http(s) URL such as https://news.example.com (got "${value}")`);
    }
  });
});

describe('a wrong SITE_URL', () => {
  for (const args of [['build'], ['start', '--port', '3999'], ['dev', '--port', '3998']]) {
    it(`stops next ${args[0]} before it does anything, with one line naming it`, () => {
      const result = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', ...args], {
        env: { ...process.env, SITE_URL: 'news.example.com', NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: '.next-site-url-test' },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('✗ SITE_URL must be the site\'s public origin, an absolute http(s) URL such as https://news.example.com (got "news.example.com")');
      expect(result.stderr).not.toMatch(/^\s+at /m);
    });
  }
});
