import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders, type SecurityOptions } from '@/lib/security';
import { cspDirectives } from '../support/csp';

const production: SecurityOptions = { adsEnabled: false, development: false, https: true };

function header(options: SecurityOptions, name: string): string | undefined {
  return securityHeaders(options).find((entry) => entry.key.toLowerCase() === name.toLowerCase())?.value;
}

describe('securityHeaders: HSTS', () => {
  it('sends Strict-Transport-Security in production over https', () => {
    const hsts = header(production, 'Strict-Transport-Security');
    expect(hsts).toBeDefined();
    expect(hsts).toMatch(/max-age=(\d+)/);
    // At least six months, as HSTS preload lists and audits expect.
    expect(Number(/max-age=(\d+)/.exec(hsts ?? '')?.[1])).toBeGreaterThanOrEqual(15_552_000);
  });

  it('does not send it when the site is served over plain http', () => {
    expect(header({ ...production, https: false }, 'Strict-Transport-Security')).toBeUndefined();
  });

  it('does not send it in development, even over https', () => {
    expect(header({ ...production, development: true }, 'Strict-Transport-Security')).toBeUndefined();
  });
});

describe('securityHeaders: the fixed set', () => {
  for (const options of [production, { ...production, adsEnabled: true }, { ...production, development: true, https: false }]) {
    it(`always sends the baseline headers (${JSON.stringify(options)})`, () => {
      expect(header(options, 'X-Content-Type-Options')).toBe('nosniff');
      expect(header(options, 'Referrer-Policy')).toBe('strict-origin-when-cross-origin');
      expect(header(options, 'Permissions-Policy')).toMatch(/camera=\(\)/);
      expect(header(options, 'Content-Security-Policy')).toBe(contentSecurityPolicy(options));
    });
  }

  it('names each header once', () => {
    const keys = securityHeaders({ ...production, adsEnabled: true }).map((entry) => entry.key.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('contentSecurityPolicy', () => {
  it('locks down the defaults', () => {
    const csp = cspDirectives(contentSecurityPolicy(production));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
  });

  it('names no Google host when ads are off', () => {
    const policy = contentSecurityPolicy(production);
    expect(policy).not.toMatch(/google|doubleclick|gstatic/);
    expect(cspDirectives(policy).get('frame-src')).toEqual(["'none'"]);
  });

  it('allows the AdSense script and frame hosts when ads are on', () => {
    const csp = cspDirectives(contentSecurityPolicy({ ...production, adsEnabled: true }));
    expect(csp.get('script-src')).toContain('https://pagead2.googlesyndication.com');
    const frames = csp.get('frame-src') ?? [];
    expect(frames).toContain('https://*.doubleclick.net');
    expect(frames).toContain('https://*.googlesyndication.com');
    expect(frames).not.toContain("'none'");
    expect(csp.get('connect-src')).toContain('https://pagead2.googlesyndication.com');
    // Ads never loosen the defaults.
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
  });

  it("adds 'unsafe-eval' (for the dev server's tooling) only in development", () => {
    expect(cspDirectives(contentSecurityPolicy({ ...production, development: true })).get('script-src')).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy(production)).not.toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ ...production, adsEnabled: true })).not.toContain("'unsafe-eval'");
  });
});
