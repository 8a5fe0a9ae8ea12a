import { expect, test, type Page } from '@playwright/test';

/** Needs the article and category routes to use articleMetadata / categorySocialImage and <JsonLd>. */

const meta = (page: Page, property: string) => page.locator(`meta[property="${property}"], meta[name="${property}"]`).first();

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.flatMap((text) => {
    const data = JSON.parse(text) as Record<string, unknown> | Record<string, unknown>[];
    return Array.isArray(data) ? data : [data];
  });
}

test('an article with a hero shares the hero and describes itself as a NewsArticle', async ({ page }) => {
  await page.goto('/news/monorepo-tooling-we-actually-use');
  await expect(meta(page, 'og:type')).toHaveAttribute('content', 'article');
  await expect(meta(page, 'og:image')).toHaveAttribute('content', /\/images\/articles\/monorepo-tooling-we-actually-use\.webp$/);
  await expect(meta(page, 'twitter:card')).toHaveAttribute('content', 'summary_large_image');
  await expect(meta(page, 'article:published_time')).toHaveAttribute('content', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
  await expect(meta(page, 'article:section')).toHaveAttribute('content', 'Dev Tools');
  await expect(meta(page, 'robots')).toHaveAttribute('content', /max-image-preview:large/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/news\/monorepo-tooling-we-actually-use$/);
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute('href', /\/feed\.xml$/);

  const data = await jsonLd(page);
  const article = data.find((item) => item['@type'] === 'NewsArticle');
  expect(article).toMatchObject({
    headline: 'The monorepo tooling we actually use',
    datePublished: expect.stringMatching(/\+07:00$/),
    dateModified: expect.stringMatching(/\+07:00$/),
    author: [{ '@type': 'Person', name: 'Sam Okafor', url: expect.stringMatching(/^https?:\/\/.+\/authors\/sam-okafor$/) }],
    publisher: { '@type': 'Organization', logo: { '@type': 'ImageObject', url: expect.stringMatching(/^https?:\/\//) } },
    image: [expect.stringMatching(/^https?:\/\/.+\.webp$/)],
    articleSection: 'Dev Tools',
  });
  const crumbs = data.find((item) => item['@type'] === 'BreadcrumbList');
  expect((crumbs?.itemListElement as unknown[]).length).toBeGreaterThanOrEqual(3);
});

test('an article without a hero shares its generated card, which is a 1200×630 PNG', async ({ page, request }) => {
  await page.goto('/news/our-friday-demo-ritual');
  const image = await meta(page, 'og:image').getAttribute('content');
  expect(image).toMatch(/\/news\/our-friday-demo-ritual\/opengraph-image$/);
  await expect(meta(page, 'og:image:width')).toHaveAttribute('content', '1200');
  await expect(meta(page, 'og:image:height')).toHaveAttribute('content', '630');
  const response = await request.get(new URL(image!).pathname);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = await response.body();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test('a category page shares its card and links its own feed', async ({ page }) => {
  await page.goto('/category/dev-tools');
  await expect(meta(page, 'og:image')).toHaveAttribute('content', /\/category\/dev-tools\/opengraph-image$/);
  await expect(page.locator('link[rel="alternate"][href$="/category/dev-tools/feed.xml"]')).toHaveCount(1);
  expect((await jsonLd(page)).some((item) => item['@type'] === 'BreadcrumbList')).toBe(true);
});
