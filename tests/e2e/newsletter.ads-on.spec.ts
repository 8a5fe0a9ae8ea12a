import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { TEST_NEWSLETTER_ACTION } from '../../playwright.config';
import { LONG_ARTICLE, VIETNAMESE } from '../support/site';

/** This project's build has NEWSLETTER_ACTION (Mailchimp-style, field EMAIL) configured. */

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of ['/', LONG_ARTICLE.path]) {
    test(`the sign-up on ${path} posts the address to the provider`, async ({ page }) => {
      let posted: { method: string; body: string | null } | null = null;
      await page.route(`${new URL(TEST_NEWSLETTER_ACTION).origin}/**`, async (route) => {
        posted = { method: route.request().method(), body: route.request().postData() };
        await route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Subscribed</title><h1>Thanks</h1>' });
      });
      await page.goto(path);
      const signup = page.getByRole('region', { name: /newsletter/ });
      await expect(signup).toHaveCount(1);
      await signup.getByLabel('Email address').fill('reader@example.com');
      await signup.getByRole('button', { name: 'Subscribe' }).click();
      await expect(page).toHaveTitle('Subscribed');
      expect(posted).toEqual({ method: 'POST', body: 'EMAIL=reader%40example.com' });
    });
  }
});

test('the sign-up sits at the end of the article, after the end-of-article ad', async ({ page }) => {
  await page.goto(LONG_ARTICLE.path);
  const following = await page.getByTestId('newsletter').evaluate((signup) => {
    const slot = [...document.querySelectorAll('aside[aria-label^="Advertisement"]')].at(-1);
    return Boolean(slot && slot.compareDocumentPosition(signup) & Node.DOCUMENT_POSITION_FOLLOWING);
  });
  expect(following).toBe(true);
});

test('an empty address is refused by the browser before anything is sent', async ({ page }) => {
  let requests = 0;
  await page.route(`${new URL(TEST_NEWSLETTER_ACTION).origin}/**`, (route) => {
    requests += 1;
    return route.abort();
  });
  await page.goto(`/news/${VIETNAMESE.slug}`);
  await page.getByTestId('newsletter').getByRole('button', { name: 'Subscribe' }).click();
  await expect(page).toHaveURL(new RegExp(`/news/${VIETNAMESE.slug}$`));
  expect(requests).toBe(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the home page with the sign-up has no axe violations (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).include('[data-testid="newsletter"]').analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
}
