import { expect, test } from '@playwright/test';
import { ADS_OFF, FIELD_NOTES, LONG_ARTICLE, NEWS_PAGE_SIZES } from '../support/site';

test.describe('ad slots without an ad client', () => {
  test('a long article has top, in-body and end placeholders', async ({ page }) => {
    await page.goto(LONG_ARTICLE.path);
    const slots = page.getByRole('complementary', { name: 'Advertisement' });
    await expect(slots).toHaveCount(3);
    await expect(slots.nth(0)).toContainText('Ad slot ready: 1000000001');
    await expect(slots.nth(1)).toContainText('Ad slot ready: 1000000002');
    await expect(slots.nth(2)).toContainText('Ad slot ready: 1000000003');
    for (const slot of await slots.all()) {
      const box = await slot.locator('div').boundingBox();
      expect(box?.height).toBeGreaterThanOrEqual(90);
    }
    await expect(page.locator('ins.adsbygoogle')).toHaveCount(0);
    await expect(page.locator('script[src*="adsbygoogle"]')).toHaveCount(0);
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

  test('a listing page of exactly one ad interval of cards has no ad row', async ({ page }) => {
    // /news/page/3 holds 6 cards, the listing interval: an ad after them would close the page.
    await page.goto(`/news/page/${NEWS_PAGE_SIZES.length}`);
    await expect(page.getByTestId('article-card')).toHaveCount(NEWS_PAGE_SIZES.at(-1)!);
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
        const shifts: number[] = [];
        Object.defineProperty(window, '__shifts', { value: shifts });
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) shifts.push(entry.value);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(path, { waitUntil: 'load' });
      await page.mouse.wheel(0, 4000);
      await page.waitForTimeout(800);
      const cls = await page.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts.reduce((sum, value) => sum + value, 0));
      expect(cls).toBe(0);
    });
  }
});
