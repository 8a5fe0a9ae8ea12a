import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DRAFT, EMPTY_LISTINGS, FIELD_NOTES, SCHEDULED, SOURCE_LINKED, serverWorkspace } from '../support/site';

/** Runs against `next dev` with NEWS_NOW pinned to 1 June 2026 (see playwright.config.ts). */

// One after another: the live-edit test adds and removes a content file that every other
// request here would compile.
test.describe.configure({ mode: 'default' });

test('a draft is previewed with a Draft banner', async ({ page }) => {
  const response = await page.goto(`/news/${DRAFT.slug}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText(DRAFT.title);
  await expect(page.getByTestId('preview-banner')).toContainText('Draft');
});

test('an article dated after the pinned clock is previewed as scheduled', async ({ page }) => {
  const response = await page.goto(`/news/${SCHEDULED.slug}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText(SCHEDULED.title);
  await expect(page.getByTestId('preview-banner')).toContainText(`Scheduled for ${SCHEDULED.moment}`);
});

test('a published article has no banner', async ({ page }) => {
  await page.goto(`/news/${SOURCE_LINKED.slug}`);
  await expect(page.locator('h1')).toHaveText(SOURCE_LINKED.title);
  await expect(page.getByTestId('preview-banner')).toHaveCount(0);
});

test('the listings of previewed articles are previewed too', async ({ page }) => {
  // Empty on the live site, but the scheduled piece and the draft fill them in preview.
  await page.goto(`/category/${EMPTY_LISTINGS.category.slug}`);
  await expect(page.locator('h1')).toHaveText(EMPTY_LISTINGS.category.name);
  await expect(page.getByTestId('article-card').getByRole('link', { name: SCHEDULED.title })).toHaveCount(1);
  await page.goto(`/authors/${EMPTY_LISTINGS.author.slug}`);
  await expect(page.locator('h1')).toHaveText(EMPTY_LISTINGS.author.name);
  await expect(page.getByTestId('article-card').getByRole('link', { name: DRAFT.title })).toHaveCount(1);
});

test('an edited markdown file shows on reload without a restart', async ({ page }) => {
  // The development server's own copy of the fixture: the fixture itself stays untouched.
  const slug = `live-edit-${process.pid}-${Date.now()}`;
  const file = path.join(serverWorkspace('dev'), 'content', 'articles', `${slug}.md`);
  const write = (title: string) =>
    writeFile(
      file,
      `---\ntitle: "${title}"\ndescription: "A file written by the preview test."\ndate: 2026-05-01\ncategory: ${FIELD_NOTES.slug}\ndraft: true\n---\n\nBody text.\n`,
    );
  try {
    await write('First version of the live edit');
    await expect(async () => {
      await page.goto(`/news/${slug}`);
      await expect(page.locator('h1')).toHaveText('First version of the live edit', { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });

    await write('Second version of the live edit');
    await expect(async () => {
      await page.reload();
      await expect(page.locator('h1')).toHaveText('Second version of the live edit', { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
  } finally {
    await rm(file, { force: true });
  }
});
