import { expect, test, type Page } from '@playwright/test';
import { ADA, AUTHORS, DRAFT, FIELD_NOTES, LEAD, LONG_ARTICLE, NEWS_PAGE_SIZES, PUBLISHED, SECTIONS, SOURCE_LINKED, TOOLING, WORKFLOW_TAG } from '../support/site';

const lastNewsPage = NEWS_PAGE_SIZES.length;

/** The heading block of a listing page: the eyebrow naming its kind, the h1, the description. */
const listingHeader = (page: Page) => page.getByRole('main').locator('header', { has: page.locator('h1') });

test.describe('home', () => {
  test('leads with the featured story, then the latest, strips and topics', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('h1')).toHaveCount(1);
    const lead = page.getByTestId('lead-story');
    // The newest featured article leads, though newer articles exist.
    await expect(lead.getByRole('heading')).toHaveText(LEAD.title);
    await expect(lead.getByRole('heading').getByRole('link')).toHaveAttribute('href', `/news/${LEAD.slug}`);
    await expect(lead.locator('img')).toHaveAttribute('alt', /.+/);

    const latest = page.getByRole('region', { name: 'Latest' });
    const cards = latest.getByTestId('article-card');
    await expect(cards).toHaveCount(6);
    // The six newest, without the lead story.
    const latestTitles = PUBLISHED.filter((article) => article.slug !== LEAD.slug).slice(0, 6).map((article) => article.title);
    await expect(cards.getByRole('heading')).toHaveText(latestTitles);
    for (const card of await cards.all()) {
      await expect(card).toContainText(/[A-Z-]+/);
      await expect(card).toContainText(/\d+ min read/);
      await expect(card.locator('time')).toBeVisible();
      await expect(card.locator('p')).not.toBeEmpty();
    }
    // The newest has no image and gets a generated cover; the next one shows its hero.
    await expect(cards.nth(0).locator('img')).toHaveCount(0);
    await expect(cards.nth(1).locator('img')).toBeVisible();
    await expect(cards.nth(1).locator('img')).toHaveAttribute('alt', /.+/);

    await expect(page.getByRole('region', { name: FIELD_NOTES.name })).toBeVisible();
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
  test('page 1 links forward, page 2 links back, the last page ends the archive', async ({ page }) => {
    await page.goto('/news');
    const pagination = page.getByRole('navigation', { name: 'Pagination' });
    await expect(pagination.locator('[aria-current="page"]')).toHaveText('Page 1');
    await expect(pagination.getByRole('link', { name: /Next/ })).toHaveAttribute('rel', 'next');
    await expect(pagination.getByRole('link', { name: /Previous/ })).toHaveCount(0);
    await expect(page.getByTestId('article-card')).toHaveCount(NEWS_PAGE_SIZES[0]);
    await expect(page.getByTestId('article-card').first().getByRole('heading')).toHaveText(PUBLISHED[0]!.title);

    await pagination.getByRole('link', { name: 'Page 2' }).click();
    await expect(page).toHaveURL(/\/news\/page\/2$/);
    const second = page.getByRole('navigation', { name: 'Pagination' });
    await expect(second.getByRole('link', { name: /Previous/ })).toHaveAttribute('rel', 'prev');
    await expect(second.getByRole('link', { name: /Previous/ })).toHaveAttribute('href', '/news');
    await expect(page.getByTestId('article-card')).toHaveCount(NEWS_PAGE_SIZES[1]);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/news\/page\/2$/);

    await second.getByRole('link', { name: /Next/ }).click();
    await expect(page).toHaveURL(new RegExp(`/news/page/${lastNewsPage}$`));
    const last = page.getByRole('navigation', { name: 'Pagination' });
    await expect(last.locator('[aria-current="page"]')).toHaveText(`Page ${lastNewsPage}`);
    await expect(last.getByRole('link', { name: /Next/ })).toHaveCount(0);
    await expect(page.getByTestId('article-card')).toHaveCount(NEWS_PAGE_SIZES[2]);
    await expect(page.getByTestId('article-card').last().getByRole('heading')).toHaveText(PUBLISHED.at(-1)!.title);
  });

  test('the pages hold every published article once, newest first', async ({ page }) => {
    const titles: string[] = [];
    for (let number = 1; number <= lastNewsPage; number++) {
      await page.goto(number === 1 ? '/news' : `/news/page/${number}`);
      titles.push(...(await page.getByTestId('article-card').getByRole('heading').allTextContents()).map((title) => title.trim()));
    }
    expect(titles).toEqual(PUBLISHED.map((article) => article.title));
  });

  for (const path of ['/news/page/1', '/news/page/0', '/news/page/-1', '/news/page/abc', '/news/page/2.5', '/news/page/02', `/news/page/${lastNewsPage + 1}`, '/news/page/99999999']) {
    test(`${path} is a 404`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(404);
    });
  }
});

test.describe('categories, tags and authors', () => {
  test('a category page shows its name, description and articles, over two pages', async ({ page }) => {
    const chip = FIELD_NOTES.slug.toUpperCase();
    await page.goto(`/category/${FIELD_NOTES.slug}`);
    await expect(page.locator('h1')).toHaveText(FIELD_NOTES.name);
    await expect(listingHeader(page)).toContainText('Short reports from the working week');
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Topics');
    const cards = page.getByTestId('article-card');
    await expect(cards).toHaveCount(9);
    await expect(cards.getByRole('link', { name: chip, exact: true })).toHaveCount(9);
    for (const link of await cards.getByRole('link', { name: chip, exact: true }).all()) {
      await expect(link).toHaveAttribute('href', `/category/${FIELD_NOTES.slug}`);
    }

    await page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: /Next/ }).click();
    await expect(page).toHaveURL(new RegExp(`/category/${FIELD_NOTES.slug}/page/2$`));
    await expect(page.getByTestId('article-card')).toHaveCount(FIELD_NOTES.count - 9);
    await expect(page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: /Previous/ })).toHaveAttribute('href', `/category/${FIELD_NOTES.slug}`);
  });

  test('unknown category and pages past the end are 404', async ({ request }) => {
    expect((await request.get('/category/nope')).status()).toBe(404);
    expect((await request.get(`/category/${TOOLING.slug}`)).status()).toBe(200);
    expect((await request.get(`/category/${TOOLING.slug}/page/2`)).status()).toBe(404);
    expect((await request.get(`/category/${FIELD_NOTES.slug}/page/3`)).status()).toBe(404);
    expect((await request.get(`/category/${FIELD_NOTES.slug}/page/1`)).status()).toBe(404);
  });

  test('every unknown piece of content is a 404 whose HTML already holds the designed page', async ({ request }) => {
    // Read as crawlers and readers without JavaScript get it: the markup, not the RSC payload.
    for (const path of [
      '/news/this-story-does-not-exist',
      `/news/${DRAFT.slug}`,
      '/news/page',
      '/news/page/1',
      '/news/page/99',
      '/category/nope',
      '/category/nope/page/2',
      `/category/${FIELD_NOTES.slug}/page/9`,
      '/tags/nope',
      `/tags/${WORKFLOW_TAG.slug}/page/7`,
      '/authors/nope',
      `/authors/${ADA.slug}/page/4`,
      '/news/caf%C3%A9',
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      // Kept by a CDN a minute at most: a scheduled article's URL must not stay a 404 once it goes live.
      expect(response.headers()['cache-control'], path).toMatch(/no-store|^public, s-maxage=30, stale-while-revalidate=30$/);
      const html = await response.text();
      expect(html, path).toMatch(/<html lang="en"/);
      expect(html, path).toMatch(/<h1[^>]*>Page not found<\/h1>/);
    }
  });

  test('/categories lists every section with articles, its description and count', async ({ page }) => {
    await page.goto('/categories');
    await expect(page.locator('h1')).toHaveText('Explore topics');
    await expect(page.getByText('Discover all categories')).toBeVisible();
    const items = page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading') });
    await expect(items.getByRole('heading')).toHaveText(SECTIONS.map((section) => section.name));
    for (const section of SECTIONS) {
      const item = items.filter({ has: page.getByRole('heading', { name: section.name, exact: true }) });
      await expect(item).toContainText(`${section.count} ${section.count === 1 ? 'article' : 'articles'}`);
      await expect(item.getByRole('link')).toHaveAttribute('href', `/category/${section.slug}`);
    }
    await expect(items.first()).toContainText('Short reports from the working week');
  });

  test('a tag page lists the tagged articles, over two pages', async ({ page }) => {
    await page.goto(`/tags/${WORKFLOW_TAG.slug}`);
    await expect(page.locator('h1')).toHaveText(`#${WORKFLOW_TAG.slug}`);
    await expect(page.getByTestId('article-card')).toHaveCount(9);
    await page.goto(`/tags/${WORKFLOW_TAG.slug}/page/2`);
    await expect(page.getByTestId('article-card')).toHaveCount(WORKFLOW_TAG.count - 9);
    expect((await page.request.get('/tags/not-a-tag')).status()).toBe(404);
  });

  test('a tag written two ways is one listing under its slug', async ({ page }) => {
    // `TypeScript` in one article and `typescript` in another.
    await page.goto('/tags/typescript');
    await expect(page.locator('h1')).toHaveText(/^#typescript$/i);
    await expect(page.getByTestId('article-card')).toHaveCount(2);
    await expect(page.getByTestId('article-card').getByRole('link', { name: LONG_ARTICLE.title })).toHaveCount(1);
  });

  test('an author page shows the bio and their articles, over two pages', async ({ page }) => {
    await page.goto(`/authors/${ADA.slug}`);
    await expect(page.locator('h1')).toHaveText(ADA.name);
    await expect(listingHeader(page)).toContainText(ADA.bio);
    await expect(page.getByTestId('article-card')).toHaveCount(9);
    await page.goto(`/authors/${ADA.slug}/page/2`);
    await expect(page.getByTestId('article-card')).toHaveCount(ADA.count - 9);
    expect((await page.request.get('/authors/nobody')).status()).toBe(404);
  });

  test('a listing names its kind above its heading, on every page', async ({ page }) => {
    for (const [eyebrow, heading, paths] of [
      ['Category', FIELD_NOTES.name, [`/category/${FIELD_NOTES.slug}`, `/category/${FIELD_NOTES.slug}/page/2`]],
      ['Tag', `#${WORKFLOW_TAG.slug}`, [`/tags/${WORKFLOW_TAG.slug}`, `/tags/${WORKFLOW_TAG.slug}/page/2`]],
      ['Author', ADA.name, [`/authors/${ADA.slug}`, `/authors/${ADA.slug}/page/2`]],
    ] as const) {
      for (const path of paths) {
        await page.goto(path);
        await expect(listingHeader(page), path).toHaveText(new RegExp(`^${eyebrow}\\s*${heading}`));
      }
    }
    // The archive is no kind of anything: its heading stands alone.
    await page.goto('/news');
    await expect(listingHeader(page)).toHaveText(/^All news/);
  });

  test('every author with articles has a page counting all of them', async ({ page }) => {
    for (const author of AUTHORS) {
      const response = await page.goto(`/authors/${author.slug}`);
      expect(response?.status(), author.slug).toBe(200);
      await expect(page.locator('h1')).toHaveText(author.name);
      await expect(listingHeader(page)).toContainText(`${author.count} stories`);
    }
  });

  test('an article breadcrumb leads back up to its category', async ({ page }) => {
    await page.goto(`/news/${SOURCE_LINKED.slug}`);
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await crumbs.getByRole('link', { name: FIELD_NOTES.name }).click();
    await expect(page.locator('h1')).toHaveText(FIELD_NOTES.name);
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
      await sections.getByRole('link', { name: TOOLING.name }).click();
      await expect(page.locator('h1')).toHaveText(TOOLING.name);
    });

    test('nothing overflows the 360px viewport', async ({ page }) => {
      // The long article holds a wide table and code blocks.
      for (const path of ['/', '/news', LONG_ARTICLE.path, '/categories']) {
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
    await page.goto(LONG_ARTICLE.path);
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
