import { expect, test, type Page } from '@playwright/test';
import { cspDirectives } from '../support/csp';
import { LONG_ARTICLE } from '../support/site';

/**
 * Runs in the 'ads-on' project: a build with NEXT_PUBLIC_ADSENSE_CLIENT set. The policy must
 * let the AdSense tag load and frame its units, and still keep every other door shut.
 */

for (const path of ['/', LONG_ARTICLE.path, '/news', '/this-page-does-not-exist']) {
  test(`the CSP on ${path} allows the ad network and nothing looser`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBeLessThan(500);
    const csp = response.headers()['content-security-policy'] ?? '';
    const policy = cspDirectives(csp);

    expect(policy.get('script-src')).toContain('https://pagead2.googlesyndication.com');
    const frames = policy.get('frame-src') ?? [];
    expect(frames).not.toContain("'none'");
    expect(frames).toEqual(expect.arrayContaining(['https://*.googlesyndication.com', 'https://*.doubleclick.net']));
    expect(policy.get('connect-src')).toContain('https://pagead2.googlesyndication.com');

    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('script-src')).not.toContain("'unsafe-eval'");
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
  });
}

test.describe('the CSP in the browser', () => {
  /** Collects every CSP violation the page reports, from its first script on. */
  async function watchViolations(page: Page) {
    await page.addInitScript(() => {
      const found: string[] = [];
      Object.defineProperty(window, '__cspViolations', { value: found });
      document.addEventListener('securitypolicyviolation', (event) => found.push(`${event.effectiveDirective} ${event.blockedURI}`));
    });
    // The ad network is unreachable here: stand-ins that do what the real tag does first,
    // load the script, frame an ad and call home.
    await page.route(/^https:\/\/[^/]*(googlesyndication\.com|doubleclick\.net)\//, (route) => {
      const url = route.request().url();
      if (url.includes('adsbygoogle.js')) {
        return route.fulfill({
          status: 200,
          contentType: 'text/javascript',
          body: `const frame = document.createElement('iframe');
frame.src = 'https://googleads.g.doubleclick.net/pagead/ads?client=test';
document.body.appendChild(frame);
fetch('https://pagead2.googlesyndication.com/pagead/ping?x=1').catch(() => {});`,
        });
      }
      return route.fulfill({ status: 200, contentType: url.includes('/ads?') ? 'text/html' : 'text/plain', body: '' });
    });
  }

  const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

  test('loading the ad script, framing an ad and calling home break no directive', async ({ page }) => {
    await watchViolations(page);
    await page.goto(LONG_ARTICLE.path);
    const notice = page.getByRole('region', { name: 'Advertising consent' });
    await notice.getByRole('button', { name: 'Accept' }).click();
    await expect(page.locator('script[src*="pagead2.googlesyndication.com"]')).toHaveCount(1);
    await expect(page.locator('iframe[src^="https://googleads.g.doubleclick.net/"]')).toHaveCount(1);
    await page.waitForLoadState('networkidle');
    expect(await violations(page)).toEqual([]);
  });

  test('a script from any other host is still blocked (the watcher works)', async ({ page }) => {
    await watchViolations(page);
    await page.route('https://evil.example/**', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: 'window.__evil = 1;' }));
    await page.goto('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.src = 'https://evil.example/x.js';
      document.head.appendChild(script);
    });
    await expect.poll(() => violations(page)).toContainEqual(expect.stringMatching(/^script-src(-elem)? https:\/\/evil\.example/));
    expect(await page.evaluate(() => (window as unknown as { __evil?: number }).__evil)).toBeUndefined();
  });
});
