import { expect, test } from '@playwright/test';
import { ADS_OFF, FIELD_NOTES, INTERFACES, LONG_ARTICLE, NEWS_PAGE_SIZES, SOURCE_LINKED } from '../support/site';

test.describe('ad slots without an ad client', () => {
  test('a long article (986 words) has two in-body placeholders and one at the end, each with its box', async ({ page }) => {
    await page.goto(LONG_ARTICLE.path);
    const slots = page.getByRole('complementary', { name: 'Advertisement' });
    await expect(slots).toHaveCount(3);
    await expect(slots.nth(0)).toContainText('Ad slot ready: 1000000002');
    await expect(slots.nth(1)).toContainText('Ad slot ready: 1000000002');
    await expect(slots.nth(2)).toContainText('Ad slot ready: 1000000003');
    // In-body slots sit between paragraphs of the body, never right after the hero.
    for (const index of [0, 1]) {
      await expect(slots.nth(index).locator('xpath=preceding-sibling::*[1]')).toHaveClass(/prose/);
    }
    for (const slot of await slots.all()) {
      const box = await slot.locator('div').boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(90);
    }
    await expect(page.locator('ins.adsbygoogle')).toHaveCount(0);
    await expect(page.locator('script[src*="adsbygoogle"]')).toHaveCount(0);
  });

  test('a short article shows only the end slot, after the source line, and nothing between hero and lede', async ({ page }) => {
    await page.goto(`/news/${SOURCE_LINKED.slug}`);
    const slots = page.getByRole('complementary', { name: 'Advertisement' });
    await expect(slots).toHaveCount(1);
    await expect(slots).toHaveAccessibleName('Advertisement, end of article');
    const order = await page.locator('main > article').evaluate((article) => {
      const source = [...article.querySelectorAll('p')].find((p) => p.textContent?.startsWith('Source:'));
      const slot = article.querySelector('aside[aria-label^="Advertisement"]');
      const hero = article.querySelector('figure');
      const lede = article.querySelector('[data-testid="lede"]');
      const follows = (a: Element | null | undefined, b: Element | null | undefined) =>
        Boolean(a && b && a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      return { slotAfterSource: follows(source, slot), ledeRightAfterHero: (hero?.parentElement ?? null)?.nextElementSibling === lede };
    });
    expect(order).toEqual({ slotAfterSource: true, ledeRightAfterHero: true });
  });

  test('the lede starts above the fold at 1366x900, hero and all', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto(LONG_ARTICLE.path);
    const lede = await page.getByTestId('lede').boundingBox();
    // Its first line at least: a line of the lede is 28 px high.
    expect(lede!.y + 28).toBeLessThan(900);
  });

  test('ads: false removes every slot from that article', async ({ page }) => {
    await page.goto(`/news/${ADS_OFF.slug}`);
    await expect(page.locator('h1')).toHaveText(ADS_OFF.title);
    await expect(page.getByRole('complementary', { name: 'Advertisement' })).toHaveCount(0);
    await expect(page.getByText('Advertisement', { exact: true })).toHaveCount(0);
  });

  test('listings carry a row ad between cards, never as the last row', async ({ page }) => {
    await page.goto('/news');
    const grid = page.locator('main .grid').first();
    const children = grid.locator(':scope > *');
    const count = await children.count();
    const ad = grid.getByRole('complementary', { name: 'Advertisement' });
    await expect(ad).toHaveCount(1);
    await expect(ad).toContainText('Ad slot ready: 1000000004');
    await expect(children.nth(count - 1)).toHaveAttribute('data-testid', 'article-card');
  });

  test('a listing page of seven cards has its ad row after the sixth; one of five has none', async ({ page }) => {
    await page.goto(`/news/page/${NEWS_PAGE_SIZES.length}`);
    expect(NEWS_PAGE_SIZES.at(-1)).toBe(7);
    const children = page.locator('main .grid').first().locator(':scope > *');
    await expect(children).toHaveCount(8);
    await expect(children.nth(6)).toHaveAccessibleName(/^Advertisement/);
    await expect(children.nth(7)).toHaveAttribute('data-testid', 'article-card');
    await page.goto(`/category/${INTERFACES.slug}`);
    await expect(page.getByTestId('article-card')).toHaveCount(INTERFACES.count);
    await expect(page.getByRole('complementary', { name: 'Advertisement' })).toHaveCount(0);
  });

  test('ads.txt explains that no publisher is configured', async ({ request }) => {
    const response = await request.get('/ads.txt');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/plain');
    expect(await response.text()).toMatch(/^# No ad publisher is configured/);
  });

  for (const path of ['/', '/news', `/category/${FIELD_NOTES.slug}`, LONG_ARTICLE.path]) {
    test(`no layout shift on ${path}`, async ({ page }) => {
      await page.addInitScript(() => {
        const shifts: { value: number; moved: string[] }[] = [];
        Object.defineProperty(window, '__shifts', { value: shifts });
        type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] };
        const describe = (node?: Node) => (node instanceof Element ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}.${[...node.classList].slice(0, 3).join('.')}` : String(node?.nodeName));
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as Shift[]) {
            if (entry.hadRecentInput) continue;
            const moved = entry.sources.map(({ node, previousRect: from, currentRect: to }) => `${describe(node)} ${from.y}->${to.y} h${from.height}->${to.height}`);
            shifts.push({ value: entry.value, moved });
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(path, { waitUntil: 'load' });
      await page.mouse.wheel(0, 4000);
      await page.waitForTimeout(800);
      const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; moved: string[] }[] }).__shifts);
      // The elements that moved, for a failure to say which.
      expect(shifts).toEqual([]);
    });
  }
});
