import { expect, test, type Page } from '@playwright/test';
import { LONG_ARTICLE, SECTIONS } from '../support/site';

/**
 * A keyboard-only reader: no mouse, no clicks. Every step is a key press, and every element
 * that Tab lands on must show where the focus is.
 */

interface Focused {
  tag: string;
  text: string;
  href: string | null;
  id: string;
  type: string | null;
  /** An outline or a box-shadow is drawn around it. */
  indicator: boolean;
  /** It occupies real space on screen (not a 1px visually-hidden box). */
  onScreen: boolean;
  x: number;
  y: number;
}

/** The last link of the header navigation: the last section with articles. */
const LAST_NAV_LINK = `/category/${SECTIONS.at(-1)!.slug}`;

async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== '' && style.boxShadow !== 'none';
    const box = element.getBoundingClientRect();
    return {
      tag: element.tagName.toLowerCase(),
      text: (element.textContent ?? '').replace(/\s+/g, ' ').trim(),
      href: element.getAttribute('href'),
      id: element.id,
      type: element.getAttribute('type'),
      indicator: outline || shadow,
      onScreen: box.width > 2 && box.height > 2 && box.bottom > 0 && box.right > 0,
      x: box.left,
      y: box.top,
    };
  });
}

function describe(element: Focused | null): string {
  if (!element) return '(nothing)';
  return `<${element.tag}${element.id ? `#${element.id}` : ''}${element.href ? ` href="${element.href}"` : ''}> "${element.text.slice(0, 40)}"`;
}

/** Presses Tab until `wanted` matches, asserting a visible focus indicator at every stop. */
async function tabUntil(page: Page, wanted: (element: Focused) => boolean, limit = 150): Promise<Focused[]> {
  const stops: Focused[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const element = await focused(page);
    expect(element, `Tab #${i + 1} focuses something`).not.toBeNull();
    if (!element) break;
    expect(element.indicator, `focus indicator on ${describe(element)}`).toBe(true);
    expect(element.onScreen, `${describe(element)} is on screen while focused`).toBe(true);
    stops.push(element);
    if (wanted(element)) return stops;
  }
  throw new Error(`not reached within ${limit} Tab presses; stops: ${stops.map(describe).join(', ')}`);
}

/** Loads a page and waits until it is hydrated, so client components react to keys. */
async function open(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
}

test.describe('desktop header', () => {
  test('the first Tab stop is the skip link, and Enter moves focus to main', async ({ page }) => {
    await open(page, '/');
    await page.keyboard.press('Tab');
    const first = await focused(page);
    expect(first?.href).toBe('#main');
    expect(first?.text).toBe('Skip to content');
    expect(first?.indicator).toBe(true);
    expect(first?.onScreen, 'the skip link appears when focused').toBe(true);

    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    // The next Tab continues from the content, not from the top of the page.
    await page.keyboard.press('Tab');
    const next = await focused(page);
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main')))).toBe(true);
    expect(next?.indicator).toBe(true);
  });

  test('Tab walks the header: brand, search, then the nav links in visual order', async ({ page }) => {
    await open(page, '/');
    const stops = await tabUntil(page, (element) => element.href === LAST_NAV_LINK);
    const header = stops.slice(1);
    expect(header[0]?.href, 'brand link after the skip link').toBe('/');
    expect(header[1]?.id, 'then the search input').toBe('header-search');
    expect(header[2]?.tag === 'button' && header[2]?.text === 'Search', 'then the search button').toBe(true);

    const nav = header.slice(3);
    const expected = await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(nav.map((element) => element.href)).toEqual(expected);
    expect(expected).toEqual(['/news', ...SECTIONS.map((section) => `/category/${section.slug}`)]);

    // Visual order: left to right along a row, rows top to bottom.
    for (let i = 1; i < nav.length; i++) {
      const [before, after] = [nav[i - 1]!, nav[i]!];
      const sameRow = Math.abs(before.y - after.y) < 4;
      expect(sameRow ? after.x > before.x : after.y > before.y, `${describe(after)} comes after ${describe(before)} on screen`).toBe(true);
    }
  });
});

test.describe('compact menu at 360px', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  for (const key of ['Enter', 'Space'] as const) {
    test(`${key} on the summary opens the menu, and Tab reaches its search and links`, async ({ page }) => {
      await open(page, '/');
      const details = page.locator('header details');
      await expect(details).not.toHaveAttribute('open');

      await tabUntil(page, (element) => element.tag === 'summary');
      await page.keyboard.press(key);
      await expect(details).toHaveAttribute('open', '');

      const stops = await tabUntil(page, (element) => element.href === LAST_NAV_LINK);
      const inMenu = stops.map((element) => element.id || element.href);
      expect(inMenu[0]).toBe('menu-search');
      const links = await details.getByRole('navigation', { name: 'Sections' }).getByRole('link').evaluateAll((all) => all.map((link) => link.getAttribute('href')));
      expect(links.length).toBeGreaterThan(1);
      expect(stops.filter((element) => element.tag === 'a').map((element) => element.href)).toEqual(links);

      // The same key closes it again from the summary.
      await page.keyboard.press('Shift+Tab');
      for (let i = 0; i < 20 && (await focused(page))?.tag !== 'summary'; i++) await page.keyboard.press('Shift+Tab');
      expect((await focused(page))?.tag).toBe('summary');
      await page.keyboard.press(key);
      await expect(details).not.toHaveAttribute('open');
    });
  }

  test('a menu link followed with Enter navigates', async ({ page }) => {
    await open(page, '/');
    await tabUntil(page, (element) => element.tag === 'summary');
    await page.keyboard.press('Enter');
    await tabUntil(page, (element) => element.href === '/news');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/news$/);
    await expect(page.locator('h1')).toBeVisible();
  });
});

test.describe('article share control', () => {
  test('its links and button are reachable with Tab', async ({ page }) => {
    await open(page, LONG_ARTICLE.path);
    const share = page.getByTestId('share');
    await expect(share.getByRole('button')).toBeVisible();
    const stops = await tabUntil(page, (element) => element.tag === 'button' && /Copy link|Share…/.test(element.text));
    const reached = stops.map((element) => element.href ?? '');
    for (const host of [/^https:\/\/x\.com\//, /^https:\/\/www\.linkedin\.com\//, /^https:\/\/www\.facebook\.com\//, /^mailto:/]) {
      expect(reached.some((href) => host.test(href)), `a share link matching ${host}`).toBe(true);
    }
    const button = stops.at(-1);
    expect(button?.indicator).toBe(true);
  });
});

test.describe('pagination', () => {
  test('Tab to "Next" on /news and Enter lands on /news/page/2', async ({ page }) => {
    await open(page, '/news');
    await tabUntil(page, (element) => element.href === '/news/page/2' && /^Next/.test(element.text), 250);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/news\/page\/2$/);
    await expect(page.getByRole('navigation', { name: 'Pagination' }).locator('[aria-current="page"]')).toHaveText('Page 2');
  });
});
