import { expect, test, type Page } from '@playwright/test';
// Relative, not '@/lib/...': Playwright's loader does not read the tsconfig path aliases.
import { blocksHtml } from '../../lib/content/model';
import { renderMarkdown } from '../../lib/markdown';
import { XSS_PAYLOADS } from '../fixtures/xss/payloads';

/**
 * Every payload of the corpus goes through renderMarkdown (the sanitiser the article body
 * uses), then into a real Chromium page that traps alert/confirm/prompt/print in every frame.
 * The harness then does what a curious reader does: clicks every link and button, focuses
 * every field, hovers everything. Nothing may run. Positive controls put the same kind of
 * markup in unsanitised, proving the harness notices when something does run.
 *
 * The page is served from a stand-in origin through page.route, so relative URLs resolve the
 * way they would on the site; every other request (images, frames, link targets) is answered
 * with 204 No Content, which leaves the page in place instead of navigating.
 */

const ORIGIN = 'http://xss-harness.test';
const SETTLE_MS = 200;

/** Replaces the functions an XSS proof calls with counters; runs in every frame. */
function installTraps() {
  const global = window as unknown as { __xss: number; __xssHit?: (kind: string) => void };
  global.__xss = 0;
  const hit = (kind: string) => () => {
    global.__xss++;
    try {
      if (window.top && window.top !== window) (window.top as unknown as { __xss: number }).__xss++;
    } catch {
      // A cross-origin frame cannot reach the top: the binding below still reports it.
    }
    global.__xssHit?.(kind);
  };
  for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
    Object.defineProperty(window, name, { value: hit(name), writable: true, configurable: true });
  }
}

function harnessDocument(body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>xss harness</title>
<script>(${installTraps.toString()})();</script>
</head>
<body>
<main id="root">${body}</main>
</body>
</html>`;
}

interface Outcome {
  /** window.__xss in the top document, plus hits reported from any frame. */
  counter: number;
  hits: string[];
  dialogs: string[];
  /** Navigations and popups to script-bearing URLs. */
  scriptNavigations: string[];
  /** Top-level URLs the page ended up on other than the harness. */
  leftHarness: string[];
}

async function exercise(page: Page, html: string): Promise<Outcome> {
  const hits: string[] = [];
  const dialogs: string[] = [];
  const scriptNavigations: string[] = [];
  const leftHarness: string[] = [];
  const document = harnessDocument(html);

  await page.exposeBinding('__xssHit', (_source, kind: string) => void hits.push(kind));
  await page.addInitScript(installTraps);
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
  page.on('popup', (popup) => {
    const url = popup.url();
    if (/^(javascript|vbscript|data):/i.test(url)) scriptNavigations.push(`popup ${url}`);
    void popup.close().catch(() => {});
  });
  page.on('framenavigated', (frame) => {
    if (/^(javascript|vbscript):/i.test(frame.url())) scriptNavigations.push(`frame ${frame.url()}`);
  });
  await page.route('**/*', (route) => {
    const request = route.request();
    if (request.url() === `${ORIGIN}/` && request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: document });
    }
    if (request.isNavigationRequest() && /^(data|javascript|vbscript):/i.test(request.url())) scriptNavigations.push(request.url());
    return route.fulfill({ status: 204, body: '' });
  });

  const counter = () => page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? 0).catch(() => 0);
  let total = 0;

  /** Reloads the harness if an interaction moved the top document away. */
  const stayHome = async () => {
    if (page.url() !== `${ORIGIN}/`) {
      leftHarness.push(page.url());
      await page.goto(`${ORIGIN}/`);
    }
  };

  await page.goto(`${ORIGIN}/`);
  await page.waitForTimeout(SETTLE_MS);

  const root = page.locator('#root');
  const interactive = root.locator('a, area, button, input, select, textarea, summary, label, [tabindex], [onclick], svg a, math [href]');
  const count = await interactive.count();
  for (let i = 0; i < count; i++) {
    const element = interactive.nth(i);
    await element.focus({ timeout: 500 }).catch(() => {});
    await element.hover({ force: true, timeout: 500 }).catch(() => {});
    const clicked = await element.click({ force: true, timeout: 1_000, noWaitAfter: true }).then(
      () => true,
      () => false,
    );
    // Hidden or zero-size targets cannot take a real click: fire one from script instead.
    if (!clicked) await element.evaluate((node) => (node as HTMLElement).click()).catch(() => {});
    await page.waitForTimeout(50);
    total += await counter();
    await stayHome();
  }
  // Everything else gets a hover (onmouseover and friends).
  const all = await root.locator('*').count();
  for (let i = 0; i < Math.min(all, 40); i++) await root.locator('*').nth(i).hover({ force: true, timeout: 300 }).catch(() => {});
  await page.waitForTimeout(SETTLE_MS);
  total += await counter();
  await stayHome();

  return { counter: total, hits, dialogs, scriptNavigations, leftHarness };
}

function render(markdown: string): string {
  return blocksHtml(renderMarkdown(markdown).blocks);
}

test('the corpus has at least 40 payloads, each named once', () => {
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(40);
  expect(new Set(XSS_PAYLOADS.map((payload) => payload.name)).size).toBe(XSS_PAYLOADS.length);
});

test.describe('XSS corpus through renderMarkdown', () => {
  test.describe.configure({ mode: 'parallel' });

  for (const payload of XSS_PAYLOADS) {
    test(payload.name, async ({ page }) => {
      const html = render(payload.markdown);
      const outcome = await exercise(page, html);
      const context = `payload: ${payload.markdown}\nrendered: ${html}`;
      expect(outcome.counter, `window.__xss after interacting\n${context}`).toBe(0);
      expect(outcome.hits, `trapped calls in any frame\n${context}`).toEqual([]);
      expect(outcome.dialogs, `native dialogs\n${context}`).toEqual([]);
      expect(outcome.scriptNavigations, `navigations to script URLs\n${context}`).toEqual([]);
      expect(outcome.leftHarness.filter((url) => /^(javascript|vbscript|data):/i.test(url)), context).toEqual([]);

      // And the DOM Chromium built from it holds nothing that could run later.
      const residue = await page.locator('#root').evaluate((root) => {
        const found: string[] = [];
        for (const element of root.querySelectorAll('*')) {
          const tag = element.tagName.toLowerCase();
          if (['script', 'iframe', 'frame', 'object', 'embed', 'base', 'meta', 'link', 'style', 'form', 'svg', 'math'].includes(tag)) found.push(`<${tag}>`);
          for (const attribute of element.attributes) {
            const value = attribute.value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
            if (attribute.name.toLowerCase().startsWith('on')) found.push(`${tag}[${attribute.name}]`);
            if (attribute.name === 'style') found.push(`${tag}[style]`);
            if (/^(javascript|vbscript|data):/.test(value)) found.push(`${tag}[${attribute.name}=${attribute.value}]`);
          }
        }
        return found;
      });
      expect(residue, context).toEqual([]);
    });
  }
});

test.describe('positive controls: unsanitised markup does run in this harness', () => {
  test.describe.configure({ mode: 'parallel' });

  const CONTROLS: { name: string; html: string }[] = [
    { name: 'img onerror (fires on load)', html: '<img src=x onerror=alert(1)>' },
    { name: 'javascript: link (fires on click)', html: '<a href="javascript:alert(1)">click</a>' },
    { name: 'entity-obfuscated javascript: link', html: '<a href="jav&#x09;ascript:alert(1)">click</a>' },
    { name: 'input onfocus (fires on focus)', html: '<input onfocus=alert(1)>' },
    { name: 'div onmouseover (fires on hover)', html: '<div onmouseover="alert(1)" style="width:200px;height:50px">hover</div>' },
    { name: 'details ontoggle', html: '<details open ontoggle=alert(1)><summary>s</summary>x</details>' },
    { name: 'iframe srcdoc (fires in a child frame)', html: '<iframe srcdoc="<script>alert(1)</script>"></iframe>' },
    { name: 'button formaction', html: '<form><button formaction="javascript:confirm(1)">go</button></form>' },
  ];

  for (const control of CONTROLS) {
    test(control.name, async ({ page }) => {
      const outcome = await exercise(page, control.html);
      const detected = outcome.counter + outcome.hits.length + outcome.dialogs.length;
      expect(detected, `the harness must notice ${control.html}`).toBeGreaterThan(0);
    });
  }

  test('the same markup through renderMarkdown runs nothing', async ({ page }) => {
    const outcome = await exercise(page, render(CONTROLS.map((control) => control.html).join('\n\n')));
    expect(outcome.counter + outcome.hits.length + outcome.dialogs.length).toBe(0);
  });
});
