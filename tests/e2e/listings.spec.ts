import { expect, test } from '@playwright/test';

test.describe('home', () => {
  test('leads with the featured story, then the latest, strips and topics', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('h1')).toHaveCount(1);
    const lead = page.getByTestId('lead-story');
    await expect(lead.getByRole('heading')).toHaveText('Building a product studio from Ho Chi Minh City');
    await expect(lead.locator('img')).toHaveAttribute('alt', /.+/);

    const latest = page.getByRole('region', { name: 'Latest' });
    const cards = latest.getByTestId('article-card');
    await expect(cards).toHaveCount(6);
    const first = cards.first();
    await expect(first.locator('img')).toBeVisible();
    await expect(first).toContainText(/[A-Z-]+/);
    await expect(first).toContainText(/\d+ min read/);
    await expect(first.locator('time')).toBeVisible();
    await expect(first.locator('p')).not.toBeEmpty();

    await expect(page.getByRole('region', { name: 'Dev Tools' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Discover all categories' })).toHaveAttribute('href', '/categories');
  });

  test('fetches no other page in the background', async ({ page }) => {
    // Readers on metered connections pay for every prefetch; links load their page on click.
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto('/', { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 4000);
    await page.waitForLoadState('networkidle');
    const pageFetches = requests.filter((url) => {
      const { pathname, searchParams } = new URL(url);
      return searchParams.has('_rsc') || !/^\/(_next\/|images\/|icon|apple-icon|favicon)|^\/$/.test(pathname);
    });
    expect(pageFetches).toEqual([]);
  });
});

test.describe('news archive pagination', () => {
  test('page 1 links forward, page 2 links back', async ({ page }) => {
    await page.goto('/news');
    const pagination = page.getByRole('navigation', { name: 'Pagination' });
    await expect(pagination.locator('[aria-current="page"]')).toHaveText('Page 1');
    await expect(pagination.getByRole('link', { name: /Next/ })).toHaveAttribute('rel', 'next');
    await expect(pagination.getByRole('link', { name: /Previous/ })).toHaveCount(0);
    await expect(page.getByTestId('article-card')).toHaveCount(9);

    await pagination.getByRole('link', { name: 'Page 2' }).click();
    await expect(page).toHaveURL(/\/news\/page\/2$/);
    const second = page.getByRole('navigation', { name: 'Pagination' });
    await expect(second.getByRole('link', { name: /Previous/ })).toHaveAttribute('rel', 'prev');
    await expect(second.getByRole('link', { name: /Previous/ })).toHaveAttribute('href', '/news');
    await expect(page.getByTestId('article-card')).toHaveCount(6);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/news\/page\/2$/);
  });

  for (const path of ['/news/page/1', '/news/page/0', '/news/page/-1', '/news/page/abc', '/news/page/2.5', '/news/page/02', '/news/page/3', '/news/page/99999999']) {
    test(`${path} is a 404`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(404);
    });
  }
});

test.describe('categories, tags and authors', () => {
  test('a category page shows its name, description and articles', async ({ page }) => {
    await page.goto('/category/dev-tools');
    await expect(page.locator('h1')).toHaveText('Dev Tools');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Topics');
    const cards = page.getByTestId('article-card');
    await expect(cards).toHaveCount(4);
    for (const chip of await cards.getByRole('link', { name: 'DEV-TOOLS', exact: true }).all()) {
      await expect(chip).toHaveAttribute('href', '/category/dev-tools');
    }
  });

  test('unknown category and its pages are 404', async ({ request }) => {
    expect((await request.get('/category/nope')).status()).toBe(404);
    expect((await request.get('/category/dev-tools/page/2')).status()).toBe(404);
    expect((await request.get('/category/dev-tools/page/1')).status()).toBe(404);
  });

  test('every unknown piece of content is a 404 whose HTML already holds the designed page', async ({ request }) => {
    // Read as crawlers and readers without JavaScript get it: the markup, not the RSC payload.
    for (const path of [
      '/news/this-story-does-not-exist',
      '/news/notes-on-running-design-critiques', // a draft
      '/news/page',
      '/news/page/1',
      '/news/page/99',
      '/category/nope',
      '/category/nope/page/2',
      '/category/dev-tools/page/9',
      '/tags/nope',
      '/tags/workflow/page/7',
      '/authors/nope',
      '/authors/linh-tran/page/4',
      '/news/caf%C3%A9',
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      // Not kept by a CDN: a scheduled article's URL must not stay a 404 once it goes live.
      expect(response.headers()['cache-control'], path).toContain('no-store');
      const html = await response.text();
      expect(html, path).toMatch(/<html lang="en"/);
      expect(html, path).toMatch(/<h1[^>]*>Page not found<\/h1>/);
    }
  });

  test('/categories lists every category with its description and count', async ({ page }) => {
    await page.goto('/categories');
    await expect(page.locator('h1')).toHaveText('Explore topics');
    await expect(page.getByText('Discover all categories')).toBeVisible();
    const items = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading') });
    await expect(items).toHaveCount(6);
    await expect(items.filter({ hasText: 'Dev Tools' })).toContainText('4 articles');
  });

  test('a tag page lists the tagged articles', async ({ page }) => {
    await page.goto('/tags/workflow');
    await expect(page.locator('h1')).toHaveText('#workflow');
    expect(await page.getByTestId('article-card').count()).toBeGreaterThan(1);
    expect((await page.request.get('/tags/not-a-tag')).status()).toBe(404);
  });

  test('an author page shows the bio and their articles', async ({ page }) => {
    await page.goto('/authors/linh-tran');
    await expect(page.locator('h1')).toHaveText('Linh Trần');
    expect(await page.getByTestId('article-card').count()).toBeGreaterThan(1);
    expect((await page.request.get('/authors/nobody')).status()).toBe(404);
  });

  test('an article breadcrumb leads back up to its category', async ({ page }) => {
    await page.goto('/news/sqlite-for-prototypes');
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await crumbs.getByRole('link', { name: 'Dev Tools' }).click();
    await expect(page.locator('h1')).toHaveText('Dev Tools');
  });
});

test.describe('navigation', () => {
  test('the skip link moves focus to the content', async ({ page }) => {
    await page.goto('/news');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('the landmarks are there', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
  });

  test.describe('on a small screen without JavaScript', () => {
    test.use({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

    test('the compact menu opens and navigates', async ({ page }) => {
      await page.goto('/');
      await expect(page.getByRole('navigation', { name: 'Main', exact: true })).toBeHidden();
      const sections = page.getByRole('navigation', { name: 'Sections' });
      await expect(sections).toBeHidden();
      await page.locator('summary', { hasText: 'Menu' }).click();
      await expect(sections).toBeVisible();
      await sections.getByRole('link', { name: 'Design' }).click();
      await expect(page.locator('h1')).toHaveText('Design');
    });

    test('nothing overflows the 360px viewport', async ({ page }) => {
      for (const path of ['/', '/news', '/news/monorepo-tooling-we-actually-use', '/categories']) {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
    });
  });
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('follows the system setting with no JavaScript needed', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/news/monorepo-tooling-we-actually-use');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const text = await page.evaluate(() => getComputedStyle(document.querySelector('h1')!).color);
    expect(lightness(background)).toBeLessThan(0.15);
    expect(lightness(text)).toBeGreaterThan(0.8);
    await context.close();
  });
});

/** Perceived lightness 0..1 of a computed CSS colour (Chromium reports rgb(), lab() or oklch()). */
function lightness(color: string): number {
  const rgb = color.match(/^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/);
  if (rgb) {
    const [r, g, b] = rgb.slice(1, 4).map((value) => Number(value) / 255);
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  }
  const lab = color.match(/^lab\(([\d.]+)/);
  if (lab) return Number(lab[1]) / 100;
  const oklab = color.match(/^okl(?:ab|ch)\(([\d.]+)(%?)/);
  if (oklab) return Number(oklab[1]) / (oklab[2] ? 100 : 1);
  throw new Error(`Unrecognised colour ${color}`);
}
