import { expect, test } from '@playwright/test';
import { AMPERSAND_TITLE, DATE_TIME, LONG_ARTICLE, PNG_HERO, SOURCE_LINKED, SOURCE_UNLINKED, WITHOUT_IMAGE } from '../support/site';

const ARTICLE = LONG_ARTICLE.path;
const CHIP = LONG_ARTICLE.category.toUpperCase();

test.describe('article page', () => {
  test('shows the whole anatomy, top to bottom', async ({ page }) => {
    const response = await page.goto(ARTICLE);
    expect(response?.status()).toBe(200);

    const header = page.getByRole('banner');
    await expect(header.getByRole('link', { name: /NOW LET US\s*Digital Product Studio/ })).toHaveAttribute('href', '/');
    await expect(header.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'News' })).toHaveAttribute('href', '/news');

    await expect(page.getByRole('link', { name: 'Back to news' })).toHaveAttribute('href', '/news');
    const chip = page.locator('article header').getByRole('link', { name: CHIP, exact: true });
    await expect(chip).toHaveAttribute('href', `/category/${LONG_ARTICLE.category}`);
    await expect(page.locator('article header')).toContainText(`${LONG_ARTICLE.readingMinutes} min read`);
    await expect(page.locator('article header time')).toHaveText(LONG_ARTICLE.date);

    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveText(LONG_ARTICLE.title);

    const hero = page.locator('article figure img');
    await expect(hero).toHaveAttribute('alt', /.+/);
    await expect(hero).toHaveAttribute('width', '1600');
    await expect(hero).toHaveAttribute('height', '900');
    await expect(hero).not.toHaveAttribute('loading', 'lazy');

    await expect(page.getByTestId('lede')).toHaveText(LONG_ARTICLE.description);
    await expect(page.getByRole('heading', { level: 2, name: LONG_ARTICLE.heading.text })).toBeVisible();

    const ads = page.getByRole('complementary', { name: 'Advertisement' });
    await expect(ads.first()).toContainText('Advertisement');
    await expect(ads.first()).toContainText('Ad slot ready: 1000000002');

    const related = page.getByRole('region', { name: 'More in this category' });
    const cards = related.getByTestId('article-card');
    // Ten other field notes: all six related cards come from the article's own section.
    await expect(cards).toHaveCount(6);
    await expect(cards.getByRole('link', { name: CHIP, exact: true })).toHaveCount(6);
    await expect(related).not.toContainText(LONG_ARTICLE.title);

    const explore = page.getByRole('region', { name: 'Explore topics' });
    await expect(explore.getByRole('link', { name: 'Discover all categories' })).toHaveAttribute('href', '/categories');

    const year = new Date().getFullYear();
    await expect(page.getByRole('contentinfo')).toContainText(`© ${year} NOW LET US. All rights reserved.`);
  });

  test('gives title, description and canonical URL', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(page).toHaveTitle(`${LONG_ARTICLE.title} | NOW LET US`);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', LONG_ARTICLE.description);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${ARTICLE}$`));
  });

  test('an ampersand and double quotes in a title reach the heading and the title as text', async ({ page }) => {
    await page.goto(`/news/${AMPERSAND_TITLE.slug}`);
    await expect(page.locator('h1')).toHaveText(AMPERSAND_TITLE.title);
    await expect(page).toHaveTitle(`${AMPERSAND_TITLE.title} | NOW LET US`);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', AMPERSAND_TITLE.title);
  });

  test('an ISO date-time with an offset shows its day in the site time zone', async ({ page }) => {
    await page.goto(`/news/${DATE_TIME.slug}`);
    const time = page.locator('article header time');
    await expect(time).toHaveText(DATE_TIME.date);
    await expect(time).toHaveAttribute('datetime', DATE_TIME.day);
  });

  test('credits the source, linked', async ({ page }) => {
    await page.goto(`/news/${SOURCE_LINKED.slug}`);
    const source = page.getByText(/^Source:/);
    await expect(source).toHaveText(`Source: ${SOURCE_LINKED.source}`);
    await expect(source.getByRole('link', { name: SOURCE_LINKED.source })).toHaveAttribute('href', SOURCE_LINKED.url);
  });

  test('credits a source without a URL as text', async ({ page }) => {
    await page.goto(`/news/${SOURCE_UNLINKED.slug}`);
    const source = page.getByText(/^Source:/);
    await expect(source).toHaveText(`Source: ${SOURCE_UNLINKED.source}`);
    await expect(source.getByRole('link')).toHaveCount(0);
  });

  test('a PNG hero keeps its own dimensions', async ({ page }) => {
    await page.goto(`/news/${PNG_HERO.slug}`);
    const hero = page.locator('article figure img');
    await expect(hero).toHaveAttribute('width', PNG_HERO.width);
    await expect(hero).toHaveAttribute('height', PNG_HERO.height);
    await expect.poll(() => hero.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  });

  test('the body image is lazy and reserves its box', async ({ page }) => {
    await page.goto(ARTICLE);
    const image = page.locator(`article img[src="${LONG_ARTICLE.bodyImage.src}"]`);
    await expect(image).toHaveAttribute('loading', 'lazy');
    await expect(image).toHaveAttribute('width', LONG_ARTICLE.bodyImage.width);
    await expect(image).toHaveAttribute('height', LONG_ARTICLE.bodyImage.height);
    await expect(image).toHaveAttribute('alt', /.+/);
  });

  test('an article without an image gets a generated cover, not a broken image', async ({ page }) => {
    await page.goto(`/news/${WITHOUT_IMAGE.slug}`);
    await expect(page.locator('article figure img')).toHaveCount(0);
    const broken = await page.locator('img').evaluateAll((images) =>
      images.filter((image) => (image as HTMLImageElement).complete && (image as HTMLImageElement).naturalWidth === 0).length,
    );
    expect(broken).toBe(0);
  });

  test('a heading deep link scrolls to the heading', async ({ page }) => {
    await page.goto(`${ARTICLE}#${LONG_ARTICLE.heading.id}`);
    const heading = page.locator(`#${LONG_ARTICLE.heading.id}`);
    await expect(heading).toHaveText(LONG_ARTICLE.heading.text);
    await expect(heading).toBeInViewport();
  });

  test('a related card opens its article', async ({ page }) => {
    await page.goto(ARTICLE);
    const card = page.getByRole('region', { name: 'More in this category' }).getByTestId('article-card').first();
    const title = (await card.getByRole('heading').textContent())?.trim() ?? '';
    await card.getByRole('heading').getByRole('link').click();
    await expect(page.locator('h1')).toHaveText(title);
    expect(new URL(page.url()).pathname).toMatch(/^\/news\/[a-z0-9-]+$/);
  });

  test('an unknown slug is a real 404 with the designed page', async ({ page }) => {
    const response = await page.goto('/news/this-story-does-not-exist');
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    await expect(page.getByRole('main').getByRole('search')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Latest articles' }).getByTestId('article-card').first()).toBeVisible();
  });
});

test.describe('share control', () => {
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('offers working share links', async ({ page }) => {
      await page.goto(ARTICLE);
      const share = page.getByTestId('share');
      const url = encodeURIComponent(new URL(ARTICLE, 'http://localhost:3000').pathname);
      await expect(share.getByRole('link', { name: /^X/ })).toHaveAttribute('href', new RegExp(`^https://x\\.com/intent/post\\?.*url=.*${url}`));
      await expect(share.getByRole('link', { name: /^LinkedIn/ })).toHaveAttribute('href', /^https:\/\/www\.linkedin\.com\/sharing\//);
      await expect(share.getByRole('link', { name: /^Facebook/ })).toHaveAttribute('href', /^https:\/\/www\.facebook\.com\/sharer\//);
      await expect(share.getByRole('link', { name: /^Email/ })).toHaveAttribute('href', /^mailto:\?subject=/);
      await expect(share.getByRole('button')).toHaveCount(0);
    });
  });

  test('with JavaScript, copies the link', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(ARTICLE);
    await expect(page.getByTestId('share').getByRole('button', { name: 'Share…' })).toHaveCount(0);
    const copy = page.getByTestId('share').getByRole('button', { name: 'Copy link' });
    await copy.click();
    await expect(page.getByTestId('share').getByRole('button', { name: 'Link copied' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(new RegExp(`^https?://[^/]+${ARTICLE}$`));
  });

  test('uses the Web Share API where the browser has it', async ({ page }) => {
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      Object.defineProperty(window, '__shares', { value: calls });
      Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void calls.push(data), configurable: true });
    });
    await page.goto(ARTICLE);
    await page.getByTestId('share').getByRole('button', { name: 'Share…' }).click();
    const shares = await page.evaluate(() => (window as unknown as { __shares: ShareData[] }).__shares);
    expect(shares).toHaveLength(1);
    expect(shares[0]?.title).toBe(LONG_ARTICLE.title);
  });
});
