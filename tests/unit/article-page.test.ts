/**
 * What an article page is made of, on the fixture site: the body with its table of contents
 * and ad slots, the previous/next links, the other language, the hreflang links, the JSON-LD
 * and the words around it in the article's own language.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { articleBodyParts, tableOfContents } from '@/lib/article-layout';
import { getAdjacentArticles, getArticle, getLanguageVersions } from '@/lib/articles';
import { siteConfig } from '@/lib/config';
import { blocksHtml } from '@/lib/content/model';
import { renderMarkdown } from '@/lib/markdown';
import { articleStrings, formatDateIn } from '@/lib/i18n';
import { articleMetadata } from '@/lib/seo';
import { newsArticleJsonLd } from '@/lib/structured-data';
import { articleFile, checkTempSite, removeTempSites } from './helpers/temp-site';
import { ENGLISH_ORIGINAL, siteBody, siteEdition, TOOLING, VIETNAMESE_TRANSLATION } from './helpers/site-fixture';

const origin = siteConfig.url;
const edition = siteEdition();
const article = (slug: string) => {
  const found = getArticle(edition, slug);
  if (!found) throw new Error(`${slug} is not visible`);
  return found;
};

describe('the table of contents', () => {
  it('comes with three or more ## sections, and lists their ### too', () => {
    expect(tableOfContents(renderMarkdown('## One\n\nText.\n\n## Two\n\nText.'))).toBeNull();
    const three = tableOfContents(renderMarkdown('## One\n\n### One a\n\n## Two\n\n## Three\n\nText.'));
    expect(three?.map((heading) => [heading.depth, heading.text])).toEqual([[2, 'One'], [3, 'One a'], [2, 'Two'], [2, 'Three']]);
  });

  it('sits just before the first section: after the opening paragraph, not before it', () => {
    const parts = articleBodyParts(article(ENGLISH_ORIGINAL), siteBody(ENGLISH_ORIGINAL));
    expect(parts.map((part) => part.kind)).toEqual(['html', 'contents', 'html']);
    expect(parts[0]).toMatchObject({ html: expect.stringMatching(/^<p>When two new people joined the team/) });
    expect(parts[2]).toMatchObject({ html: expect.stringMatching(/^<h2 id="a-settings-file-at-the-project-root">/) });
    const contents = parts[1]?.kind === 'contents' ? parts[1].headings.map((heading) => heading.text) : [];
    expect(contents).toEqual(['A settings file at the project root', 'What we settled on', 'What changed']);
  });

  it('is left out of a short piece', () => {
    // the-winter-release-calendar has a single ## section.
    expect(articleBodyParts(article('the-winter-release-calendar'), siteBody('the-winter-release-calendar')).map((part) => part.kind)).toEqual(['html']);
  });
});

describe('the body with its ad slots', () => {
  it('keeps every block, in order, around the contents and the in-body slots', () => {
    const journal = article('keeping-a-build-journal');
    const parts = articleBodyParts(journal, siteBody('keeping-a-build-journal'));
    expect(parts.map((part) => part.kind).filter((kind) => kind !== 'html')).toEqual(['contents', 'ad', 'ad']);
    const html = parts.flatMap((part) => (part.kind === 'html' ? [part.html] : [])).join('\n');
    expect(html).toBe(blocksHtml(siteBody('keeping-a-build-journal').blocks));
    const ads = parts.filter((part) => part.kind === 'ad');
    expect(ads.map((part) => part.placement)).toEqual(['within the article, 1', 'within the article, 2']);
    expect(new Set(ads.map((part) => part.slot))).toEqual(new Set([siteConfig.ads.slots.articleInBody]));
  });

  it('puts no slot inside a short article or one with ads: false', () => {
    for (const slug of ['a-field-guide-to-flaky-tests', 'choosing-a-task-runner']) {
      expect(articleBodyParts(article(slug), siteBody(slug)).some((part) => part.kind === 'ad'), slug).toBe(false);
    }
  });
});

describe('previous and next', () => {
  it('walk the section in date order: previous is older, next is newer', () => {
    // Tooling, newest first: TOOLING.
    expect(getAdjacentArticles(edition, article('property-based-tests-for-date-parsing'))).toMatchObject({
      previous: { slug: 'mot-tep-editorconfig-cho-ca-nhom' },
      next: { slug: 'reproducible-screenshots-in-ci' },
    });
    expect(getAdjacentArticles(edition, article(TOOLING[0]!))).toMatchObject({ previous: { slug: TOOLING[1] }, next: null });
    expect(getAdjacentArticles(edition, article(TOOLING.at(-1)!))).toMatchObject({ previous: null, next: { slug: TOOLING.at(-2) } });
  });

  it('have nothing to offer the only article of a section', () => {
    expect(getAdjacentArticles(edition, article('the-winter-release-calendar'))).toEqual({ previous: null, next: null });
  });
});

describe('languages', () => {
  it('find both versions of a translated article from either side, English first', () => {
    for (const slug of [ENGLISH_ORIGINAL, VIETNAMESE_TRANSLATION]) {
      expect(getLanguageVersions(edition, article(slug)).map((version) => [version.slug, version.lang])).toEqual([
        [ENGLISH_ORIGINAL, 'en'],
        [VIETNAMESE_TRANSLATION, 'vi'],
      ]);
    }
    expect(getLanguageVersions(edition, article('focus-rings-worth-keeping')).map((version) => version.slug)).toEqual(['focus-rings-worth-keeping']);
  });

  it('give both pages absolute hreflang links to each other and themselves, the original as x-default', () => {
    const expected = {
      en: `${origin}/news/${ENGLISH_ORIGINAL}`,
      vi: `${origin}/news/${VIETNAMESE_TRANSLATION}`,
      'x-default': `${origin}/news/${ENGLISH_ORIGINAL}`,
    };
    for (const slug of [ENGLISH_ORIGINAL, VIETNAMESE_TRANSLATION]) {
      const metadata = articleMetadata(article(slug), getLanguageVersions(edition, article(slug)));
      expect(metadata.alternates?.languages, slug).toEqual(expected);
      expect(metadata.alternates?.canonical).toBe(`${origin}/news/${slug}`);
    }
    expect(articleMetadata(article(VIETNAMESE_TRANSLATION), getLanguageVersions(edition, article(VIETNAMESE_TRANSLATION))).openGraph).toMatchObject({ locale: 'vi_VN' });
    expect(articleMetadata(article('focus-rings-worth-keeping')).alternates?.languages).toBeUndefined();
  });

  it("say in the JSON-LD which language each version is in", () => {
    expect(newsArticleJsonLd(article(VIETNAMESE_TRANSLATION)).inLanguage).toBe('vi');
    expect(newsArticleJsonLd(article(ENGLISH_ORIGINAL)).inLanguage).toBe('en');
  });

  it("write the page's chrome and dates from one dictionary per language", () => {
    const moment = new Date('2025-06-10T00:00:00+07:00');
    expect(formatDateIn('en', moment)).toBe('10 June 2025');
    expect(formatDateIn('vi', moment)).toBe('10 tháng 6, 2025');
    // Just after midnight in Ho Chi Minh City is still the previous day in UTC: the site's zone wins.
    expect(formatDateIn('en', new Date('2025-06-09T17:30:00Z'))).toBe('10 June 2025');
    expect(articleStrings('vi')).toMatchObject({ backToNews: 'Quay lại tin tức', updated: 'Cập nhật', contents: 'Mục lục', moreInCategory: 'Cùng chuyên mục' });
    expect(articleStrings('vi').minRead(2)).toBe('2 phút đọc');
    expect(articleStrings('en').minRead(2)).toBe('2 min read');
    // Every string of every language is written, none left empty.
    const strings = (value: unknown): string[] =>
      typeof value === 'string' ? [value] : typeof value === 'object' && value ? Object.values(value).flatMap(strings) : [];
    for (const lang of ['en', 'vi'] as const) {
      for (const text of strings(articleStrings(lang))) expect(text.trim(), lang).not.toBe('');
    }
  });
});

describe('dates on the page', () => {
  it('gives dateModified from updated, and equal dates when never updated', () => {
    const timeboxing = newsArticleJsonLd(article('timeboxing-research-spikes'));
    expect(timeboxing).toMatchObject({ datePublished: '2025-08-05T00:00:00+07:00', dateModified: '2025-08-09T00:00:00+07:00' });
    const calendar = newsArticleJsonLd(article('the-winter-release-calendar'));
    expect(calendar.dateModified).toBe(calendar.datePublished);
  });
});

describe('author avatars', () => {
  afterEach(removeTempSites);
  const article = articleFile('title: By Kim\ndescription: A piece.\nauthor: kim');

  it('must be files in public/, with the same hint as an image in a body', () => {
    const authors = '- slug: kim\n  name: Kim\n  avatar: /images/authors/kim.webp\n';
    const { problems } = checkTempSite({ 'content/authors.yml': authors, 'content/articles/a.md': article });
    expect(problems).toEqual([
      "authors.yml:3: avatar '/images/authors/kim.webp' of kim does not exist in public/: add the file at public/images/authors/kim.webp or fix the path",
    ]);
  });

  it('must be a site path to an image', () => {
    const { problems } = checkTempSite({ 'content/authors.yml': '- slug: kim\n  name: Kim\n  avatar: https://example.com/kim.webp\n', 'content/articles/a.md': article });
    // One mistake, one message: the article naming kim is not also told kim is unknown.
    expect(problems).toEqual(['authors.yml:3: avatar must be a path under /images/']);
  });
});
