import { expect, test } from '@playwright/test';
import { ADA, DRAFT, ENGLISH_ORIGINAL, LONG_ARTICLE, PUBLISHED, SCHEDULED, TOOLING, VIETNAMESE } from '../support/site';

/** What a news reader expects of an article page: byline, dates, languages, long-form reading. */

const UPDATED = { slug: 'timeboxing-research-spikes', published: '5 August 2025', updated: '9 August 2025', updatedDay: '2025-08-09' } as const;
const origin = (url: string) => new URL(url).origin;

test.describe('byline', () => {
  test("names the author in the header, linking to the author's page with bio and portrait", async ({ page }) => {
    await page.goto(LONG_ARTICLE.path);
    const byline = page.locator('article header').getByTestId('byline');
    await expect(byline).toHaveText(new RegExp(`^·\\s*By ${LONG_ARTICLE.author.name}$`));
    const link = byline.getByRole('link', { name: LONG_ARTICLE.author.name });
    await expect(link).toHaveAttribute('href', `/authors/${LONG_ARTICLE.author.slug}`);
    await expect(link).toHaveAttribute('rel', 'author');
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/authors/${ADA.slug}$`));
    await expect(page.locator('h1')).toHaveText(ADA.name);
    await expect(page.getByText(ADA.bio)).toBeVisible();
    const portrait = page.locator('main header img');
    await expect(portrait).toHaveAttribute('alt', `Portrait of ${ADA.name}`);
    await expect.poll(() => portrait.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  });

  test('an article without an author has no byline', async ({ page }) => {
    await page.goto(`/news/${PUBLISHED.find((article) => article.slug === 'changelogs-written-by-hand')!.slug}`);
    await expect(page.getByTestId('byline')).toHaveCount(0);
  });
});

test.describe('dates', () => {
  test('an updated article says when, in the site time zone, and tells search engines', async ({ page }) => {
    await page.goto(`/news/${UPDATED.slug}`);
    const header = page.locator('article header');
    await expect(header.getByTestId('updated')).toHaveText(new RegExp(`^·\\s*Updated ${UPDATED.updated}$`));
    await expect(header.getByTestId('updated').locator('time')).toHaveAttribute('datetime', UPDATED.updatedDay);
    await expect(header.locator('time').first()).toHaveText(UPDATED.published);
    const documents = await page.locator('script[type="application/ld+json"]').allTextContents();
    type Document = { '@type': string; dateModified?: string };
    const article = documents.flatMap((text) => [JSON.parse(text) as Document | Document[]].flat()).find((data) => data['@type'] === 'NewsArticle');
    expect(article?.dateModified).toBe('2025-08-09T00:00:00+07:00');
  });

  test('an article never updated shows no "Updated"', async ({ page }) => {
    await page.goto(LONG_ARTICLE.path);
    await expect(page.locator('article header')).not.toContainText('Updated');
  });
});

test.describe('two languages', () => {
  test('a Vietnamese article is lang="vi", with its chrome and dates in Vietnamese', async ({ page }) => {
    await page.goto(`/news/${VIETNAMESE.slug}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.getByRole('link', { name: 'Quay lại tin tức' })).toHaveAttribute('href', '/news');
    const header = page.locator('article header');
    await expect(header).toContainText('2 phút đọc');
    await expect(header.locator('time').first()).toHaveText(VIETNAMESE.date);
    await expect(header.getByTestId('byline')).toHaveText(/^·\s*Tác giả Bảo Trần$/);
    await expect(header.getByRole('list', { name: 'Chia sẻ lên' })).toBeVisible();
    await expect(header.getByRole('button', { name: /^(Chia sẻ…|Sao chép liên kết)$/ })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Mục lục' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Cùng chuyên mục' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Bài trước và bài sau trong chuyên mục' })).toBeVisible();
  });

  test('an English article is lang="en", with English chrome', async ({ page }) => {
    await page.goto(`/news/${ENGLISH_ORIGINAL.slug}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('link', { name: 'Back to news' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'More in this category' })).toBeVisible();
  });

  test('a translation and its original link to each other, for readers and with hreflang', async ({ page }) => {
    const pages = [
      { slug: ENGLISH_ORIGINAL.slug, other: VIETNAMESE, label: 'Also in Tiếng Việt', linkName: 'Tiếng Việt', lang: 'vi' },
      { slug: VIETNAMESE.slug, other: ENGLISH_ORIGINAL, label: 'Đọc bằng English', linkName: 'English', lang: 'en' },
    ];
    for (const { slug, other, label, linkName, lang } of pages) {
      await page.goto(`/news/${slug}`);
      const site = origin(page.url());
      const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
        Object.fromEntries(links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')])),
      );
      // The build's SITE_URL is the origin of every absolute link.
      const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
      const built = origin(canonical);
      expect(alternates).toEqual({
        en: `${built}/news/${ENGLISH_ORIGINAL.slug}`,
        vi: `${built}/news/${VIETNAMESE.slug}`,
        'x-default': `${built}/news/${ENGLISH_ORIGINAL.slug}`,
      });
      const versions = page.getByTestId('other-languages');
      await expect(versions).toHaveText(label);
      const link = versions.getByRole('link', { name: linkName });
      await expect(link).toHaveAttribute('hreflang', lang);
      await link.click();
      await expect(page).toHaveURL(`${site}/news/${other.slug}`);
      await expect(page.locator('h1')).toHaveText(other.title);
    }
  });

  test('an article with no translation links to none', async ({ page }) => {
    await page.goto(LONG_ARTICLE.path);
    await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(0);
    await expect(page.getByTestId('other-languages')).toHaveCount(0);
  });
});

test.describe('long-form reading', () => {
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('an article with three ## sections opens with a table of contents whose links work', async ({ page }) => {
      await page.goto(`/news/${ENGLISH_ORIGINAL.slug}`);
      const contents = page.getByRole('navigation', { name: 'Contents' });
      await expect(contents.getByRole('link')).toHaveText([...ENGLISH_ORIGINAL.headings]);
      // Before the first section, after the opening paragraph.
      const placed = await contents.evaluate((nav) => {
        const first = document.querySelector('article h2[id]:not(#contents-heading)');
        return Boolean(first && nav.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING);
      });
      expect(placed).toBe(true);
      await contents.getByRole('link', { name: 'What changed' }).click();
      await expect(page).toHaveURL(/#what-changed$/);
      await expect(page.getByRole('heading', { level: 2, name: 'What changed' })).toBeInViewport();
    });
  });

  test('a short article has no table of contents', async ({ page }) => {
    await page.goto('/news/the-winter-release-calendar');
    await expect(page.getByTestId('table-of-contents')).toHaveCount(0);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`code with a language is highlighted at build (${colorScheme} mode)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`/news/${ENGLISH_ORIGINAL.slug}`);
      const code = page.locator('article pre code.language-ini');
      await expect(code).toContainText('indent_style = space');
      const colours = await code.evaluate((element) => {
        const colour = (node: Element) => getComputedStyle(node).color;
        const tokens = [...element.querySelectorAll('span[class^="hljs-"]')];
        return { tokens: tokens.length, plain: colour(element), distinct: new Set(tokens.map(colour)).size, background: getComputedStyle(element.parentElement!).backgroundColor };
      });
      expect(colours.tokens).toBeGreaterThan(5);
      expect(colours.distinct).toBeGreaterThan(1);
      // Light mode: a light block; dark mode: a dark one.
      const [r, g, b] = colours.background.match(/\d+/g)!.map(Number);
      const luminance = (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
      expect(colorScheme === 'light' ? luminance > 0.8 : luminance < 0.2).toBe(true);
    });
  }

  test('previous and next walk the section in date order', async ({ page }) => {
    // Tooling, newest first, as TOOLING.count cards on its page; property-based tests is fourth.
    await page.goto('/news/property-based-tests-for-date-parsing');
    const nav = page.getByRole('navigation', { name: 'Previous and next in this category' });
    await expect(nav.getByRole('link', { name: /Previous in this category/ })).toHaveAttribute('href', `/news/${VIETNAMESE.slug}`);
    await expect(nav.getByRole('link', { name: /Next in this category/ })).toHaveAttribute('href', '/news/reproducible-screenshots-in-ci');
    await nav.getByRole('link', { name: /Next in this category/ }).click();
    await expect(page.locator('h1')).toHaveText('Reproducible screenshots in continuous integration');
    // The oldest of the section has nothing before it.
    await page.goto(`/news/${ENGLISH_ORIGINAL.slug}`);
    await expect(page.getByRole('link', { name: /Previous in this category/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /Next in this category/ })).toHaveAttribute('href', '/news/choosing-a-task-runner');
    expect(TOOLING.count).toBe(8);
  });
});

test.describe('the related rail', () => {
  test('shows six cards, its own section first, topped up from others, never itself, a draft or a scheduled piece', async ({ page }) => {
    // focus-rings is in interfaces, with four other published articles and the draft.
    await page.goto('/news/focus-rings-worth-keeping');
    const rail = page.getByRole('region', { name: 'More in this category' });
    const titles = await rail.getByTestId('article-card').getByRole('heading').allTextContents();
    const expected = [
      'a-date-field-people-can-type-into',
      'quotes-and-apostrophes-in-interface-copy',
      'measure-line-length-in-characters',
      'tabular-figures-for-dashboards',
      'the-winter-release-calendar',
      'changelogs-written-by-hand',
    ].map((slug) => PUBLISHED.find((article) => article.slug === slug)!.title);
    expect(titles.map((title) => title.trim())).toEqual(expected);
    await expect(rail).not.toContainText(DRAFT.title);
    await expect(rail).not.toContainText(SCHEDULED.title);
    await expect(rail).not.toContainText('Focus rings are worth keeping');
  });
});

test.describe('newsletter', () => {
  test('is not shown when no provider is configured', async ({ page }) => {
    for (const path of ['/', LONG_ARTICLE.path]) {
      await page.goto(path);
      await expect(page.getByTestId('newsletter')).toHaveCount(0);
    }
  });
});
