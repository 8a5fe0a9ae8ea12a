import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ALLOWED_METHODS,
  contentSecurityPolicy,
  errorStatus,
  PUBLIC_FILE_POLICY,
  publicFileHeaders,
  READ_METHODS,
  securityHeaders,
  type SecurityOptions,
} from '@/lib/security';
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

describe('publicFileHeaders: what a file under public/images is served with', () => {
  const policy = cspDirectives(PUBLIC_FILE_POLICY);

  it('sandboxes the file as a document: no script, an opaque origin', () => {
    expect(policy.get('sandbox')).toEqual([]);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    // Nothing names a script source, so default-src 'none' forbids every script.
    for (const directive of ['script-src', 'script-src-elem', 'script-src-attr']) expect(policy.has(directive), directive).toBe(false);
    expect(policy.get('sandbox') ?? ['allow-scripts'], 'no sandbox exception').not.toContain('allow-scripts');
  });

  it('can still be framed by nothing and draw only its own images', () => {
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
  });

  it('is one Content-Security-Policy header, replacing the site policy', () => {
    expect(publicFileHeaders()).toEqual([{ key: 'Content-Security-Policy', value: PUBLIC_FILE_POLICY }]);
  });
});

describe('errorStatus: the answer to a request the site could not serve', () => {
  const failed = { status: 500, method: 'GET', routerState: undefined };
  const tree = (value: unknown) => encodeURIComponent(JSON.stringify(value));

  it('takes only GET and HEAD, and names them in Allow', () => {
    expect(READ_METHODS).toEqual(['GET', 'HEAD']);
    expect(ALLOWED_METHODS).toBe('GET, HEAD');
  });

  it('keeps statuses below 500 as they are', () => {
    for (const status of [400, 404, 405, 416]) expect(errorStatus({ ...failed, status, method: 'TRACE' })).toBe(status);
  });

  it('answers a failure caused by a method no URL takes with 405', () => {
    for (const method of ['TRACE', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND', 'POST']) {
      expect(errorStatus({ ...failed, method }), method).toBe(405);
    }
  });

  it('answers a failure caused by a router state header the renderer cannot parse with 400', () => {
    for (const routerState of ['garbage', '%7B', '%E0%A4%A', tree(['']), tree({ children: [] }), ['a', 'b'], 'x'.repeat(40_001)]) {
      expect(errorStatus({ ...failed, routerState }), String(routerState).slice(0, 20)).toBe(400);
    }
  });

  it('leaves a real server failure a 500, readable router state or none', () => {
    expect(errorStatus(failed)).toBe(500);
    expect(errorStatus({ ...failed, method: 'HEAD' })).toBe(500);
    expect(errorStatus({ ...failed, method: undefined })).toBe(500);
    expect(errorStatus({ ...failed, routerState: tree(['', { children: ['search', {}] }]) })).toBe(500);
    expect(errorStatus({ ...failed, status: 503 })).toBe(503);
  });
});

describe('siteSecurityOptions: the options next.config.ts and the error page both use', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  /** The options as a fresh server would read them from this environment. */
  async function optionsWith(env: Record<string, string | undefined>): Promise<SecurityOptions> {
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    vi.resetModules();
    return (await import('@/lib/security')).siteSecurityOptions();
  }

  it('reads an https origin, an ad client and a newsletter from the configuration', async () => {
    const options = await optionsWith({ SITE_URL: 'https://news.example.com', NEXT_PUBLIC_ADSENSE_CLIENT: 'ca-pub-1', NEWSLETTER_ACTION: 'https://newsletter.example.com/subscribe' });
    expect(options).toEqual({ adsEnabled: true, development: false, https: true, newsletterAction: 'https://newsletter.example.com/subscribe' });
  });

  it('is plain http with neither when nothing is set', async () => {
    const options = await optionsWith({ SITE_URL: undefined, NEXT_PUBLIC_ADSENSE_CLIENT: undefined, NEWSLETTER_ACTION: undefined });
    expect(options).toEqual({ adsEnabled: false, development: false, https: false, newsletterAction: null });
    expect(securityHeaders(options).map((entry) => entry.key)).not.toContain('Strict-Transport-Security');
  });

  it('is development only under the development server', async () => {
    expect((await optionsWith({ NODE_ENV: 'development' })).development).toBe(true);
  });
});
