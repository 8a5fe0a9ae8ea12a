import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DRAFT, PUBLISHED, TITLE_WORD, VIETNAMESE } from '../support/site';

const { query: WORD, article: FOUND } = TITLE_WORD;

/** The header's search box (the first one: the compact menu holds a second copy). */
const headerSearch = (page: Page) => page.locator('header form[role="search"]').first().locator('input[name="q"]');

async function searchFromHeader(page: Page, query: string) {
  await page.goto('/');
  const input = headerSearch(page);
  await input.fill(query);
  await input.press('Enter');
  await page.waitForURL(/\/search\?/);
}

for (const javaScriptEnabled of [false, true]) {
  test.describe(`searching from the header with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('finds an article by a word in its title', async ({ page }) => {
      await searchFromHeader(page, WORD);
      expect(new URL(page.url()).searchParams.get('q')).toBe(WORD);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Results for “${WORD}”`);
      const results = page.getByTestId('search-results').getByRole('listitem');
      // The word is in one article only.
      await expect(results).toHaveCount(1);
      await expect(results.first().getByRole('link', { name: FOUND.title })).toHaveAttribute('href', `/news/${FOUND.slug}`);
      await expect(results.first().locator('mark').first()).toHaveText(new RegExp(WORD, 'i'));
      await expect(page.locator('#search-page-q')).toHaveValue(WORD);
    });

    test('finds Vietnamese text typed without diacritics', async ({ page }) => {
      await searchFromHeader(page, 'thut le');
      const first = page.getByTestId('search-results').getByRole('listitem').first();
      await expect(first.getByRole('heading', { level: 2 }).getByRole('link')).toHaveAttribute('href', `/news/${VIETNAMESE.slug}`);
      await expect(first.getByRole('heading', { level: 2 })).toHaveText(VIETNAMESE.title);
      await expect(first.getByTestId('search-snippet').locator('mark')).toHaveText(['thụt', 'lề', 'thụt', 'lề']);
    });
  });
}

test('the results page answers 200, is not indexed, and has one h1 and a labelled form', async ({ page }) => {
  const response = await page.goto(`/search?q=${WORD}`);
  expect(response?.status()).toBe(200);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByRole('search', { name: 'Search the archive' }).getByLabel('Search articles')).toHaveValue(WORD);
});

test('the bare search page invites a query', async ({ page }) => {
  const response = await page.goto('/search');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

test('shows a clear empty state with ways onward', async ({ page }) => {
  await page.goto('/search?q=zqxjvw');
  const empty = page.getByTestId('search-empty');
  await expect(empty).toContainText('No results for “zqxjvw”');
  await expect(empty.getByRole('link', { name: 'Explore all topics' })).toHaveAttribute('href', '/categories');
  await expect(empty.getByRole('link', { name: 'Read the latest news' })).toHaveAttribute('href', '/news');
});

test('echoes a hostile query as text', async ({ page }) => {
  const query = '<script>alert(1)</script><img src=x onerror=alert(2)>';
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  const response = await page.goto(`/search?q=${encodeURIComponent(query)}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Results for “${query}”`);
  await expect(page.locator('main script, main img[src="x"]')).toHaveCount(0);
  await expect(page.locator('#search-page-q')).toHaveValue(query);
  expect(dialogs).toBe(0);
});

test('pages through results with ?page=N', async ({ page }) => {
  await page.goto('/search?q=the');
  const pagination = page.getByRole('navigation', { name: 'Pagination' });
  await expect(pagination).toBeVisible();
  const firstPage = await page.getByTestId('search-results').getByRole('heading', { level: 2 }).allTextContents();
  await pagination.getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(/\/search\?q=the&page=2$/);
  const secondPage = await page.getByTestId('search-results').getByRole('heading', { level: 2 }).allTextContents();
  expect(secondPage.length).toBeGreaterThan(0);
  expect(secondPage.filter((title) => firstPage.includes(title))).toEqual([]);
});

test('a word in every article finds each published article once, and nothing else', async ({ page }) => {
  const found: string[] = [];
  await page.goto('/search?q=the');
  for (;;) {
    found.push(...(await page.getByTestId('search-results').getByRole('heading', { level: 2 }).getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))));
    const next = page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: /Next/ });
    if ((await next.count()) === 0) break;
    const before = page.url();
    await next.click();
    await page.waitForURL((url) => url.href !== before);
  }
  expect([...found].sort()).toEqual(PUBLISHED.map((article) => `/news/${article.slug}`).sort());
  expect(found).not.toContain(`/news/${DRAFT.slug}`);
});

test('odd input never produces an error page', async ({ request }) => {
  const odd = [
    '/search?q=the&page=abc',
    '/search?q=the&page=99999',
    '/search?q=the&page=-1',
    `/search?q=${WORD}&q=typography`,
    `/search?q=${'a'.repeat(5000)}`,
    '/search?q=%E0%A4%A',
    '/search?q=%00%01',
    '/search?q=',
    '/search?page=2',
    '/search?q=the&page=NaN',
    '/search?q=the&page=1e309',
    '/search?q=the&page=0',
    `/search?q=the&page=${'9'.repeat(400)}`,
    '/search?q=the&page=2&page=3',
    '/search?q[]=a&q[]=b',
    '/search?q[x]=1',
    '/search?q=%ED%A0%80',
    '/search?q=a%ED%B0%80b',
    '/search?q=%1B%5B31mred%1B%5B0m',
    '/search?q=%E2%80%AEevil%E2%80%AC',
    '/search?q=%F0%9F%92%A5',
    `/search?q=${'%C3%A9'.repeat(2000)}`,
    `/search?q=${encodeURIComponent('the '.repeat(300))}`,
  ];
  for (const path of odd) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
  }
  const long = await request.get(`/search?q=${'b'.repeat(5000)}`);
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(await long.text())?.[1] ?? '';
  expect(h1.length).toBeLessThan(400);
});

test('never echoes control characters or bidi overrides from the query', async ({ request }) => {
  const response = await request.get('/search?q=a%1B%5B31mb%00c%7F%E2%80%AEd%E2%81%A6e');
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/);
  expect(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]).toContain('a [31mb c de');
});

test('the same query asked again, or spaced differently, gets the same results', async ({ request }) => {
  const titles = async (path: string) => {
    const html = await (await request.get(path)).text();
    return [...html.matchAll(/<h2[^>]*><a href="([^"]+)"/g)].map((match) => match[1]);
  };
  const first = await titles(`/search?q=${WORD}`);
  expect(first.length).toBeGreaterThan(0);
  expect(await titles(`/search?q=${WORD}`)).toEqual(first);
  expect(await titles(`/search?q=%20%20${WORD}%20%20`)).toEqual(first);
});

test.describe('answers kept for the next reader', () => {
  const unique = () => `${WORD} ${Math.random().toString(36).slice(2, 8)}`;
  const ask = (request: APIRequestContext, query: string) => request.get(`/search?q=${encodeURIComponent(query)}`);

  test('a query asked again is answered from the cache, byte for byte', async ({ request }) => {
    const query = unique();
    const first = await ask(request, query);
    expect(first.status()).toBe(200);
    const second = await ask(request, query);
    expect(second.headers()['x-nextjs-cache']).toBe('HIT');
    expect(await second.text()).toBe(await first.text());
  });

  test('only the most recently asked are kept: a flood of new queries pushes an old one out', async ({ request }) => {
    test.setTimeout(120_000);
    const old = unique();
    await ask(request, old);
    expect((await ask(request, old)).headers()['x-nextjs-cache']).toBe('HIT');
    // lib/edition-cache.mjs keeps SEARCH_PAGES_KEPT (200) results pages.
    for (let i = 0; i < 210; i++) expect((await ask(request, unique())).status()).toBe(200);
    const again = await ask(request, old);
    expect(again.status()).toBe(200);
    expect(again.headers()['x-nextjs-cache']).not.toBe('HIT');
  });

  test('the results keep the address the reader asked for, and are not indexed', async ({ page }) => {
    await page.goto(`/search?q=${WORD}`);
    expect(new URL(page.url()).pathname).toBe('/search');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/search$/);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  });
});
