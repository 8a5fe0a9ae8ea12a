import { expect, test, type Page } from '@playwright/test';
import { FIELD_NOTES, LONG_ARTICLE, PNG_HERO, WITHOUT_IMAGE } from '../support/site';

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
  await page.goto(LONG_ARTICLE.path);
  await expect(meta(page, 'og:type')).toHaveAttribute('content', 'article');
  await expect(meta(page, 'og:image')).toHaveAttribute('content', new RegExp(`^https?://[^/]+/images/articles/${LONG_ARTICLE.slug}\\.webp$`));
  await expect(meta(page, 'twitter:card')).toHaveAttribute('content', 'summary_large_image');
  await expect(meta(page, 'article:published_time')).toHaveAttribute('content', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/);
  await expect(meta(page, 'article:section')).toHaveAttribute('content', LONG_ARTICLE.section);
  await expect(meta(page, 'robots')).toHaveAttribute('content', /max-image-preview:large/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${LONG_ARTICLE.path}$`));
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute('href', /\/feed\.xml$/);

  const data = await jsonLd(page);
  const article = data.find((item) => item['@type'] === 'NewsArticle');
  expect(article).toMatchObject({
    headline: LONG_ARTICLE.title,
    datePublished: expect.stringMatching(/\+07:00$/),
    dateModified: expect.stringMatching(/\+07:00$/),
    author: [{ '@type': 'Person', name: LONG_ARTICLE.author.name, url: expect.stringMatching(new RegExp(`^https?://.+/authors/${LONG_ARTICLE.author.slug}$`)) }],
    publisher: { '@type': 'Organization', logo: { '@type': 'ImageObject', url: expect.stringMatching(/^https?:\/\//) } },
    image: [expect.stringMatching(/^https?:\/\/.+\.webp$/)],
    articleSection: LONG_ARTICLE.section,
  });
  const crumbs = data.find((item) => item['@type'] === 'BreadcrumbList');
  expect((crumbs?.itemListElement as unknown[]).length).toBeGreaterThanOrEqual(3);
});

test('an article without a hero shares its generated card, which is a 1200×630 PNG', async ({ page, request }) => {
  await page.goto(`/news/${WITHOUT_IMAGE.slug}`);
  const image = await meta(page, 'og:image').getAttribute('content');
  expect(image).toMatch(new RegExp(`/news/${WITHOUT_IMAGE.slug}/opengraph-image$`));
  await expect(meta(page, 'og:image:width')).toHaveAttribute('content', '1200');
  await expect(meta(page, 'og:image:height')).toHaveAttribute('content', '630');
  const response = await request.get(new URL(image!).pathname);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = await response.body();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test('a category page shares its card and links its own feed', async ({ page }) => {
  await page.goto(`/category/${FIELD_NOTES.slug}`);
  await expect(meta(page, 'og:image')).toHaveAttribute('content', new RegExp(`/category/${FIELD_NOTES.slug}/opengraph-image$`));
  await expect(page.locator(`link[rel="alternate"][href$="/category/${FIELD_NOTES.slug}/feed.xml"]`)).toHaveCount(1);
  expect((await jsonLd(page)).some((item) => item['@type'] === 'BreadcrumbList')).toBe(true);
});

test('an article without a hero or an author is published by the site itself', async ({ page }) => {
  await page.goto(`/news/${WITHOUT_IMAGE.slug}`);
  const article = (await jsonLd(page)).find((item) => item['@type'] === 'NewsArticle');
  expect(article).toMatchObject({ headline: WITHOUT_IMAGE.title, author: [{ '@type': 'Organization', name: 'NOW LET US' }] });
});

test('a PNG hero is shared as it is', async ({ page }) => {
  await page.goto(`/news/${PNG_HERO.slug}`);
  await expect(meta(page, 'og:image')).toHaveAttribute('content', new RegExp(`/images/articles/${PNG_HERO.slug}\\.png$`));
  await expect(meta(page, 'og:image:width')).toHaveAttribute('content', PNG_HERO.width);
  await expect(meta(page, 'og:image:height')).toHaveAttribute('content', PNG_HERO.height);
});
