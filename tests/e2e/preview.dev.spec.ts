import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/** Runs against `next dev` with NEWS_NOW pinned to 1 June 2026 (see playwright.config.ts). */

test('a draft is previewed with a Draft banner', async ({ page }) => {
  const response = await page.goto('/news/notes-on-running-design-critiques');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText('Notes on running design critiques');
  await expect(page.getByTestId('preview-banner')).toContainText('Draft');
});

test('an article dated after the pinned clock is previewed as scheduled', async ({ page }) => {
  await page.goto('/news/monorepo-tooling-we-actually-use');
  await expect(page.getByTestId('preview-banner')).toContainText('Scheduled for 24 November 2026');
});

test('a published article has no banner', async ({ page }) => {
  await page.goto('/news/sqlite-for-prototypes');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.getByTestId('preview-banner')).toHaveCount(0);
});

test('an edited markdown file shows on reload without a restart', async ({ page }) => {
  const slug = `live-edit-${process.pid}-${Date.now()}`;
  const file = path.join(process.cwd(), 'content', 'articles', `${slug}.md`);
  const write = (title: string) =>
    writeFile(
      file,
      `---\ntitle: "${title}"\ndescription: "A file written by the preview test."\ndate: 2026-05-01\ncategory: studio\ndraft: true\n---\n\nBody text.\n`,
    );
  try {
    await write('First version of the live edit');
    await page.goto(`/news/${slug}`);
    await expect(page.locator('h1')).toHaveText('First version of the live edit');

    await write('Second version of the live edit');
    await expect(async () => {
      await page.reload();
      await expect(page.locator('h1')).toHaveText('Second version of the live edit', { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
  } finally {
    await rm(file, { force: true });
  }
});
