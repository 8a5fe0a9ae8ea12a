import { expect, test, type Page } from '@playwright/test';
import { TEST_AD_CLIENT } from '../../playwright.config';
import { ADS_OFF, FIELD_NOTES, LONG_ARTICLE } from '../support/site';

/** This project runs against a build with NEXT_PUBLIC_ADSENSE_CLIENT set and consent required. */

async function instrument(page: Page) {
  // The ad network is unreachable here: serve an empty script and count the pushes instead.
  await page.route('https://pagead2.googlesyndication.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }),
  );
  await page.addInitScript(() => {
    const queue: unknown[] = [];
    let pushes = 0;
    queue.push = (...items: unknown[]) => {
      pushes += items.length;
      return Array.prototype.push.apply(queue, items);
    };
    Object.defineProperty(window, 'adsbygoogle', { value: queue, writable: true });
    Object.defineProperty(window, '__pushes', { get: () => pushes });
  });
}

const pushes = (page: Page) => page.evaluate(() => (window as unknown as { __pushes: number }).__pushes);
const adScripts = (page: Page) => page.locator('script[src*="pagead2.googlesyndication.com"]');

test('renders AdSense units, and loads the script once only after consent', async ({ page }) => {
  await instrument(page);
  await page.goto(LONG_ARTICLE.path);

  const units = page.locator('ins.adsbygoogle');
  await expect(units).toHaveCount(3);
  await expect(units.first()).toHaveAttribute('data-ad-client', TEST_AD_CLIENT);
  await expect(units.first()).toHaveAttribute('data-ad-slot', '1000000002');
  await expect(page.getByText(/Ad slot ready/)).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Advertisement' }).first()).toContainText('Advertisement');

  const notice = page.getByRole('region', { name: 'Advertising consent' });
  await expect(notice).toBeVisible();
  await expect(adScripts(page)).toHaveCount(0);
  await expect.poll(() => pushes(page)).toBe(3);

  await notice.getByRole('button', { name: 'Accept' }).click();
  await expect(notice).toBeHidden();
  await expect(adScripts(page)).toHaveCount(1);
  await expect(adScripts(page)).toHaveAttribute('src', new RegExp(`client=${TEST_AD_CLIENT}`));

  // Following links loads each page whole: the accepted choice holds, every unit of the new
  // page is pushed once and the script is added once.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: FIELD_NOTES.name, exact: true }).click();
  await expect(page.locator('h1')).toHaveText(FIELD_NOTES.name);
  await page.getByTestId('article-card').first().getByRole('heading').getByRole('link').click();
  await expect(page.locator('article h1')).toBeVisible();
  const articleUnits = await page.locator('ins.adsbygoogle').count();
  expect(articleUnits).toBeGreaterThanOrEqual(1);
  await expect.poll(() => pushes(page)).toBe(articleUnits);
  await expect(adScripts(page)).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Advertising consent' })).toHaveCount(0);

  // The choice is remembered.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Advertising consent' })).toHaveCount(0);
  await expect(adScripts(page)).toHaveCount(1);
});

test('declining keeps every ad script away, and the boxes keep their size', async ({ page }) => {
  await instrument(page);
  await page.goto(LONG_ARTICLE.path);
  await page.getByRole('button', { name: 'Decline' }).click();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Advertising consent' })).toHaveCount(0);
  await expect(adScripts(page)).toHaveCount(0);
  const box = await page.locator('ins.adsbygoogle').first().boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(90);
});

test('ads: false still removes every unit', async ({ page }) => {
  await instrument(page);
  await page.goto(`/news/${ADS_OFF.slug}`);
  await expect(page.locator('h1')).toHaveText(ADS_OFF.title);
  await expect(page.locator('ins.adsbygoogle')).toHaveCount(0);
});

test('ads.txt names the publisher', async ({ request }) => {
  const body = await (await request.get('/ads.txt')).text();
  expect(body.trim()).toBe('google.com, pub-1234567890123456, DIRECT, f08c47fec0942fa0');
});
