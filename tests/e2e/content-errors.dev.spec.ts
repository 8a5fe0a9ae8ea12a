import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { NEWEST, serverWorkspace, TOOLING } from '../support/site';

/**
 * Runs against `next dev` (see playwright.config.ts): broken content shows the editors' page
 * listing every problem, inside the site's header and footer, instead of the framework's
 * error overlay, and the site comes back once the files are fixed.
 */

// One after another: the files broken here are compiled by every request to the server.
test.describe.configure({ mode: 'serial' });

/** An article whose title holds a colon: unquoted, it is a YAML mistake on line 2. */
const YAML_BROKEN = {
  file: `content/articles/${NEWEST.slug}.md`,
  from: `title: "${NEWEST.title}"`,
  to: `title: ${NEWEST.title}`,
  problem: `content/articles/${NEWEST.slug}.md:2: the value of title contains a colon: put the whole value in quotes, e.g. title: "${NEWEST.title}"`,
};
/** Another article, in another file: a misspelt category on line 5. */
const CATEGORY_BROKEN = {
  file: 'content/articles/changelogs-written-by-hand.md',
  from: `category: ${TOOLING.slug}`,
  to: 'category: toolng',
  problem: `content/articles/changelogs-written-by-hand.md:5: unknown category 'toolng', did you mean '${TOOLING.slug}'?`,
};

const workspaceFile = (file: string) => path.join(serverWorkspace('dev'), file);

/** The original text of each file this spec changed, to put back whatever happens. */
const originals = new Map<string, string>();

async function breakFile({ file, from, to }: { file: string; from: string; to: string }) {
  const full = workspaceFile(file);
  const text = await readFile(full, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} no longer contains ${from}: update this spec`);
  if (!originals.has(full)) originals.set(full, text);
  await writeFile(full, text.replace(from, to));
}

async function restoreFiles() {
  for (const [file, text] of originals) await writeFile(file, text);
  originals.clear();
}

test.afterAll(restoreFiles);

/**
 * The development server's error overlay and its issues badge. The dev tools mount them in
 * `<nextjs-portal>`'s open shadow root, which is there on every page (with the dev tools' own
 * button), errors or not.
 */
const overlay = (page: Page) => page.locator('nextjs-portal').locator('[data-nextjs-dialog], [data-nextjs-dialog-overlay], [data-issues]');

const problemsPage = (page: Page) => page.getByTestId('content-problems');

test('broken content shows every problem as file:line: message, then the site again once fixed', async ({ page }) => {
  const articlePath = `/news/${NEWEST.slug}`;
  await page.goto(articlePath);
  await expect(page.locator('h1')).toHaveText(NEWEST.title);

  await breakFile(YAML_BROKEN);
  await breakFile(CATEGORY_BROKEN);
  await expect(async () => {
    await page.goto(articlePath);
    await expect(problemsPage(page)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });

  // The page in the site's chrome, in plain words: one h1, then the errors as a list.
  await expect(page.locator('header').first()).toBeVisible();
  await expect(page.locator('footer')).toContainText('All rights reserved.');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveText('The content has 2 problems');
  const errors = problemsPage(page).getByRole('list', { name: '2 errors' }).getByRole('listitem');
  await expect(errors).toHaveText([CATEGORY_BROKEN.problem, YAML_BROKEN.problem]);
  await expect(problemsPage(page)).toContainText('comes back on its own');

  // No stack trace and no framework overlay: the portal is there (the dev tools are loaded), empty of errors.
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(/\bat \S+ \(|\.tsx?:\d|node_modules|ContentError/);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('nextjs-portal')).toHaveCount(1);
  await expect(overlay(page)).toHaveCount(0);

  // Every page shows it, the home page too, not only the broken article's.
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText('The content has 2 problems');

  // Once fixed, a reload shows the article with no overlay. The watcher and the dev server's
  // hot reload see the two files change one after the other, so a page loaded between the two
  // writes can still report the first; the editor's next reload is clean, and so is ours.
  await restoreFiles();
  await expect(async () => {
    await page.goto(articlePath);
    await expect(page.locator('h1')).toHaveText(NEWEST.title, { timeout: 1_000 });
    await expect(problemsPage(page)).toHaveCount(0);
    await page.waitForLoadState('networkidle');
    await expect(overlay(page)).toHaveCount(0, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the problems page has no axe violations in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await breakFile(YAML_BROKEN);
    try {
      await expect(async () => {
        await page.goto('/');
        await expect(problemsPage(page)).toBeVisible({ timeout: 1_000 });
      }).toPass({ timeout: 20_000 });
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        // The development tools' own shadow root is not the site's.
        .exclude('nextjs-portal')
        .analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    } finally {
      await restoreFiles();
    }
  });
}
