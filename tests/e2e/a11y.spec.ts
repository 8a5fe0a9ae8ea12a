import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { ADA, EMPTY_LISTINGS, ENGLISH_ORIGINAL, FIELD_NOTES, LONG_ARTICLE, TITLE_WORD, VIETNAMESE, WITHOUT_IMAGE, WORKFLOW_TAG } from '../support/site';

/**
 * axe-core over every route type, in light and dark mode: zero violations of WCAG 2.0/2.1
 * A and AA and of axe's best practices. A failure lists each violation with the selectors
 * of the offending nodes, so it can be fixed without re-running the audit by hand.
 */

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

const ROUTES: { name: string; path: string; status: number }[] = [
  { name: 'home', path: '/', status: 200 },
  { name: 'news archive', path: '/news', status: 200 },
  { name: 'news archive page 2', path: '/news/page/2', status: 200 },
  { name: 'long article with hero, code, table and footnote', path: LONG_ARTICLE.path, status: 200 },
  { name: 'article without image', path: `/news/${WITHOUT_IMAGE.slug}`, status: 200 },
  { name: 'Vietnamese article', path: `/news/${VIETNAMESE.slug}`, status: 200 },
  { name: 'article with contents, highlighted code and a translation', path: `/news/${ENGLISH_ORIGINAL.slug}`, status: 200 },
  { name: 'category', path: `/category/${FIELD_NOTES.slug}`, status: 200 },
  { name: 'all categories', path: '/categories', status: 200 },
  { name: 'tag', path: `/tags/${WORKFLOW_TAG.slug}`, status: 200 },
  { name: 'author', path: `/authors/${ADA.slug}`, status: 200 },
  { name: 'search with results', path: `/search?q=${TITLE_WORD.query}`, status: 200 },
  { name: 'search without results', path: '/search?q=zzzzqqq', status: 200 },
  { name: 'empty search', path: '/search', status: 200 },
  { name: '404', path: '/this-page-does-not-exist', status: 404 },
  { name: 'empty category (404)', path: `/category/${EMPTY_LISTINGS.category.slug}`, status: 404 },
];

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** One readable block per violation: id, impact, help text, and each node's target and summary. */
function describeViolations(violations: AxeResults['violations']): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => {
          const summary = (node.failureSummary ?? '').replace(/\s*\n\s*/g, ' ');
          return `    - ${node.target.join(' >> ')}\n      ${summary}\n      ${node.html.slice(0, 200)}`;
        })
        .join('\n');
      return `[${violation.impact ?? 'n/a'}] ${violation.id}: ${violation.help}\n  ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n\n');
}

async function settle(page: Page) {
  // Hydration can swap the share button's label; audit the page a reader actually sees.
  await page.waitForLoadState('networkidle');
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    for (const route of ROUTES) {
      test(`${route.name} (${route.path}) has no axe violations`, async ({ page }) => {
        const response = await page.goto(route.path);
        expect(response?.status()).toBe(route.status);
        await settle(page);
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');

        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const report = describeViolations(results.violations);
        if (report) console.log(`axe violations on ${route.path} (${colorScheme}):\n${report}`);
        expect(results.violations.map((violation) => violation.id), report).toEqual([]);
      });
    }
  });
}

test.describe('document structure', () => {
  for (const route of ROUTES) {
    test(`${route.name} (${route.path}): one h1, alt on every image, html lang`, async ({ page }) => {
      await page.goto(route.path);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).not.toBeEmpty();
      const missingAlt = await page.locator('img:not([alt])').evaluateAll((images) => images.map((image) => image.outerHTML.slice(0, 160)));
      expect(missingAlt, 'images without an alt attribute').toEqual([]);
      await expect(page.locator('html')).toHaveAttribute('lang', /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);
    });
  }
});
