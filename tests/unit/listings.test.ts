import { describe, expect, it } from 'vitest';
import { articleStaticParams, getArticle, getArticleBody, getArticleStatus, getRelatedArticles } from '@/lib/articles';
import { siteConfig } from '@/lib/config';
import { editionAt } from '@/lib/edition';
import { getCategoriesWithCounts, getHomeContent, getListing, listingMetadata, listingStaticParams, type ListingKind } from '@/lib/listings';
import { allTimeRoutes, listings, pathExists } from '@/lib/routes';
import {
  ENGLISH_ORIGINAL,
  ADA_QUILL,
  DRAFT,
  FIELD_NOTES,
  justBefore,
  PUBLISHED,
  PUBLISHED_TAGS,
  SCHEDULED,
  SCHEDULED_MOMENT,
  siteBody,
  siteEdition,
  sitePublication,
  VIETNAMESE_TRANSLATION,
  WORKFLOW,
} from './helpers/site-fixture';

const origin = siteConfig.url;
const edition = siteEdition();
const slugs = (articles: readonly { slug: string }[]) => articles.map((article) => article.slug);

describe('getListing', () => {
  it('pages the archive 9 at a time: 25 articles on pages 1-3', () => {
    expect(siteConfig.pageSize).toBe(9);
    const first = getListing(edition, 'news', {});
    expect(first).toMatchObject({ kind: 'news', eyebrow: null, title: 'All news', page: 1, totalPages: 3, totalItems: 25 });
    expect(slugs(first!.items)).toEqual(PUBLISHED.slice(0, 9));
    expect(slugs(getListing(edition, 'news', { page: '2' })!.items)).toEqual(PUBLISHED.slice(9, 18));
    expect(slugs(getListing(edition, 'news', { page: '3' })!.items)).toEqual(PUBLISHED.slice(18));
    expect(first?.crumbs).toEqual([{ name: 'Home', path: '/' }, { name: 'News', path: '/news' }]);
    expect([1, 2, 3].map((page) => first!.pageUrl(page))).toEqual(['/news', '/news/page/2', '/news/page/3']);
  });

  it('pages a category and carries its heading, card and feed', () => {
    const first = getListing(edition, 'category', { slug: 'field-notes' });
    expect(first).toMatchObject({
      kind: 'category',
      eyebrow: 'Category',
      title: 'Field Notes',
      description: 'Short reports from the working week, written while the details are still fresh.',
      page: 1,
      totalPages: 2,
      totalItems: 11,
      image: { url: '/category/field-notes/opengraph-image', alt: `Field Notes — ${siteConfig.name}` },
      feeds: [{ title: `Field Notes — ${siteConfig.name}`, path: '/category/field-notes/feed.xml' }],
    });
    expect(slugs(first!.items)).toEqual(FIELD_NOTES.slice(0, 9));
    const second = getListing(edition, 'category', { slug: 'field-notes', page: '2' });
    expect(slugs(second!.items)).toEqual(['a-field-guide-to-flaky-tests', 'the-end-of-day-handoff-note']);
    expect(second?.pageUrl(1)).toBe('/category/field-notes');
    expect(second?.pageUrl(2)).toBe('/category/field-notes/page/2');
    expect(getListing(edition, 'category', { slug: 'almanac' })).toMatchObject({ totalPages: 1, totalItems: 1 });
  });

  it('pages an author, with the bio as description or a plain line without one', () => {
    const ada = getListing(edition, 'author', { slug: 'ada-quill' });
    expect(ada).toMatchObject({ eyebrow: 'Author', title: 'Ada Quill', totalPages: 2, totalItems: 10 });
    expect(ada?.description).toMatch(/^Ada writes about how small teams plan, test and ship their work\./);
    expect(slugs(ada!.items)).toEqual(ADA_QUILL.slice(0, 9));
    expect(slugs(getListing(edition, 'author', { slug: 'ada-quill', page: '2' })!.items)).toEqual(['the-end-of-day-handoff-note']);
    expect(getListing(edition, 'author', { slug: 'cyrus-vale' })).toMatchObject({ title: 'Cyrus Vale', description: 'Stories by Cyrus Vale.', totalItems: 3 });
    expect(getListing(edition, 'author', { slug: 'bao-tran' })).toMatchObject({ title: 'Bảo Trần', totalItems: 9, totalPages: 1 });
  });

  it('pages a tag by its slug, titled with the label', () => {
    const workflow = getListing(edition, 'tag', { slug: 'workflow' });
    expect(workflow).toMatchObject({ eyebrow: 'Tag', title: '#workflow', description: 'Stories tagged “workflow”.', totalPages: 2, totalItems: 10 });
    expect(slugs(workflow!.items)).toEqual(WORKFLOW.slice(0, 9));
    expect(slugs(getListing(edition, 'tag', { slug: 'workflow', page: '2' })!.items)).toEqual(['the-end-of-day-handoff-note']);
    expect(workflow?.pageUrl(2)).toBe('/tags/workflow/page/2');
    expect(getListing(edition, 'tag', { slug: 'dinh-dang' })).toMatchObject({ title: '#định dạng', totalItems: 1 });
    // Written TypeScript (2025-04-01) and typescript (2025-07-08): one tag, labelled as its
    // first article wrote it, so a newer spelling does not rename the page.
    expect(getListing(edition, 'tag', { slug: 'typescript' })).toMatchObject({ title: '#TypeScript', totalItems: 2 });
  });

  it.each([
    ['news', undefined],
    ['category', 'field-notes'],
    ['author', 'ada-quill'],
    ['tag', 'workflow'],
  ] as [ListingKind, string | undefined][])('%s: no page 1 under /page/, no odd spelling, nothing past the end', (kind, slug) => {
    const last = kind === 'news' ? 3 : 2;
    expect(getListing(edition, kind, { slug, page: String(last) })).not.toBeNull();
    for (const page of ['1', '01', '0', '-1', 'x', '2.5', '', String(last + 1), '999999']) {
      expect(getListing(edition, kind, { slug, page }), `page '${page}'`).toBeNull();
    }
  });

  it('has no listing for an unknown or empty section, author or tag', () => {
    for (const [kind, slug] of [
      ['category', 'dormant'],
      ['category', 'nope'],
      ['author', 'dana-holt'],
      ['author', 'nobody'],
      ['tag', 'unreleased'],
      ['tag', 'someday'],
      ['tag', 'TypeScript'],
      ['tag', 'nope'],
    ] as [ListingKind, string][]) {
      expect(getListing(edition, kind, { slug }), `${kind} ${slug}`).toBeNull();
    }
  });

  it('opens the scheduled article’s listings at its moment', () => {
    const publication = sitePublication();
    expect(getListing(editionAt(publication, justBefore(SCHEDULED_MOMENT)), 'category', { slug: 'dormant' })).toBeNull();
    const dormant = getListing(editionAt(publication, SCHEDULED_MOMENT), 'category', { slug: 'dormant' });
    expect(slugs(dormant!.items)).toEqual([SCHEDULED]);
    expect(getListing(editionAt(publication, SCHEDULED_MOMENT), 'news', {})?.totalItems).toBe(26);
  });
});

describe('listingMetadata', () => {
  it('titles later pages with their number and points the canonical URL at the page', () => {
    const second = listingMetadata(getListing(edition, 'category', { slug: 'field-notes', page: '2' }));
    expect(second.title).toBe('Field Notes — page 2');
    expect(second.alternates?.canonical).toBe(`${origin}/category/field-notes/page/2`);
    const first = listingMetadata(getListing(edition, 'category', { slug: 'field-notes' }));
    expect(first.title).toBe('Field Notes');
    expect(first.alternates?.canonical).toBe(`${origin}/category/field-notes`);
    expect(first.alternates?.types?.['application/rss+xml']).toContainEqual({ title: `Field Notes — ${siteConfig.name}`, url: `${origin}/category/field-notes/feed.xml` });
  });

  it('is empty for a listing that does not exist', () => {
    expect(listingMetadata(null)).toEqual({});
  });
});

describe('listingStaticParams', () => {
  it('prerenders the first page of every listing visible at build, then those the scheduled article opens', () => {
    expect(listingStaticParams(edition, 'news', 'first')).toEqual([{}]);
    expect(listingStaticParams(edition, 'category', 'first')).toEqual(['field-notes', 'tooling', 'interfaces', 'almanac', 'dormant'].map((slug) => ({ slug })));
    expect(listingStaticParams(edition, 'author', 'first')).toEqual([{ slug: 'ada-quill' }, { slug: 'bao-tran' }, { slug: 'cyrus-vale' }]);
    expect(listingStaticParams(edition, 'tag', 'first')).toEqual([...[...PUBLISHED_TAGS].sort(), 'someday'].map((slug) => ({ slug })));
  });

  it('leaves pages 2..N to their first request (the scheduled article opens none)', () => {
    for (const kind of ['news', 'category', 'author', 'tag'] as const) expect(listingStaticParams(edition, kind, 'later')).toEqual([]);
  });

  it('serves every listing page the last edition has: first pages built, later ones on request', () => {
    const everyListing = allTimeRoutes(sitePublication().routeIndex)
      .sitemapPages()
      .filter(({ route }) => route.listing)
      .map(({ route, params }) => route.url(params));
    const later = editionAt(sitePublication(), SCHEDULED_MOMENT);
    const prerendered = new Set(
      (['news', 'category', 'author', 'tag'] as const).flatMap((kind) => listingStaticParams(edition, kind, 'first').map((params) => listings[kind].first.url(params as { slug: string }))),
    );
    for (const url of everyListing) {
      const scheduledOnly = ['/category/dormant', '/tags/someday'].includes(url);
      expect(pathExists(url, edition.routes), url).toBe(!scheduledOnly);
      expect(pathExists(url, later.routes), url).toBe(true);
      expect(prerendered.has(url), url).toBe(!url.includes('/page/'));
    }
    expect(everyListing).toHaveLength(1 + 5 + 3 + 31 + 2 + 1 + 1 + 1); // first pages, then pages 2..N
    expect(getListing(edition, 'category', { slug: 'dormant' })).toBeNull();
    expect(getListing(later, 'category', { slug: 'dormant' })).not.toBeNull();
  });
});

describe('getCategoriesWithCounts', () => {
  it('counts the visible articles of each non-empty section, in display order', () => {
    expect(getCategoriesWithCounts(edition).map(({ category, count }) => [category.slug, count])).toEqual([
      ['field-notes', 11],
      ['tooling', 8],
      ['interfaces', 5],
      ['almanac', 1],
    ]);
  });
});

describe('getHomeContent', () => {
  it('leads with the newest featured story, then the latest and a strip per section, each story once', () => {
    const home = getHomeContent(edition);
    expect(home.lead?.slug).toBe('a-date-field-people-can-type-into');
    expect(slugs(home.latest)).toEqual([
      'the-winter-release-calendar',
      'changelogs-written-by-hand',
      'a-shared-glossary-for-every-project',
      'pairing-across-five-time-zones',
      'a-lint-rule-we-wrote-then-deleted',
      'how-we-archive-finished-projects',
    ]);
    expect(home.strips.map((strip) => [strip.category.slug, slugs(strip.articles)])).toEqual([
      ['field-notes', ['timeboxing-research-spikes', 'migrating-the-wiki-to-plain-text', 'reading-code-aloud-in-review']],
      ['tooling', ['reproducible-screenshots-in-ci', 'property-based-tests-for-date-parsing', 'mot-tep-editorconfig-cho-ca-nhom']],
      ['interfaces', ['quotes-and-apostrophes-in-interface-copy', 'focus-rings-worth-keeping', 'measure-line-length-in-characters']],
    ]);
  });
});

describe('the article page', () => {
  it('finds visible articles only', () => {
    expect(getArticle(edition, 'keeping-a-build-journal')?.slug).toBe('keeping-a-build-journal');
    expect(getArticle(edition, DRAFT)).toBeNull();
    expect(getArticle(edition, SCHEDULED)).toBeNull();
    expect(getArticle(edition, 'nope')).toBeNull();
  });

  it('reads the body from the publication', () => {
    const article = getArticle(edition, 'keeping-a-build-journal')!;
    expect(getArticleBody(edition, article)).toBe(siteBody('keeping-a-build-journal'));
    expect(getArticleBody(edition, article).headings.map((heading) => `${heading.depth} ${heading.id}`)).toEqual([
      '2 why-a-journal-and-not-metrics',
      '2 what-we-recorded',
      '3 keeping-entries-honest',
      '2 summarising-the-month',
      '2 what-the-loop-looked-like',
      '2 what-we-changed-afterwards',
      '2 lessons-for-your-own-journal',
    ]);
  });

  it('names the status for the preview banner', () => {
    const scheduled = sitePublication().articles.find((article) => article.slug === SCHEDULED)!;
    expect(getArticleStatus(scheduled, justBefore(SCHEDULED_MOMENT))).toBe('scheduled');
    expect(getArticleStatus(scheduled, SCHEDULED_MOMENT)).toBe('published');
  });

  it('prerenders the newest visible articles of each language route, then the scheduled one as its 404, never a draft', () => {
    const vietnamese = ['mot-tep-editorconfig-cho-ca-nhom'];
    expect(siteConfig.prerenderArticles).toBeGreaterThan(PUBLISHED.length);
    expect(articleStaticParams(edition, 'en').map((params) => params.slug)).toEqual([...PUBLISHED.filter((slug) => !vietnamese.includes(slug)), SCHEDULED]);
    expect(articleStaticParams(edition, 'vi').map((params) => params.slug)).toEqual(vietnamese);
  });

  it('prerenders at most siteConfig.prerenderArticles of the visible ones, the newest first', () => {
    const { prerenderArticles } = siteConfig;
    try {
      siteConfig.prerenderArticles = 3;
      expect(articleStaticParams(edition, 'en').map((params) => params.slug)).toEqual([...PUBLISHED.slice(0, 3), SCHEDULED]);
    } finally {
      siteConfig.prerenderArticles = prerenderArticles;
    }
  });

  it('relates by section first, never offering a draft or a scheduled article', () => {
    const focus = getArticle(edition, 'focus-rings-worth-keeping')!;
    // The draft, also in interfaces and newer than three of these, is not among them; the
    // section's four are topped up to six by the newest elsewhere (no other shares a tag).
    expect(slugs(getRelatedArticles(edition, focus))).toEqual([
      'a-date-field-people-can-type-into',
      'quotes-and-apostrophes-in-interface-copy',
      'measure-line-length-in-characters',
      'tabular-figures-for-dashboards',
      'the-winter-release-calendar',
      'changelogs-written-by-hand',
    ]);
    const journal = getArticle(edition, 'keeping-a-build-journal')!;
    expect(slugs(getRelatedArticles(edition, journal))).toEqual([
      'timeboxing-research-spikes',
      'reading-code-aloud-in-review',
      'three-columns-on-the-issue-board',
      'the-end-of-day-handoff-note',
      'a-shared-glossary-for-every-project',
      'pairing-across-five-time-zones',
    ]);
  });

  it('tops a lone section up from the others, by recency, and takes in the scheduled article once it is live', () => {
    const calendar = getArticle(edition, 'the-winter-release-calendar')!;
    const newestElsewhere = [
      'changelogs-written-by-hand',
      'a-shared-glossary-for-every-project',
      'a-date-field-people-can-type-into',
      'pairing-across-five-time-zones',
      'a-lint-rule-we-wrote-then-deleted',
    ];
    expect(slugs(getRelatedArticles(edition, calendar))).toEqual([...newestElsewhere, 'how-we-archive-finished-projects']);
    const later = editionAt(sitePublication(), SCHEDULED_MOMENT);
    expect(slugs(getRelatedArticles(later, calendar))).toEqual([SCHEDULED, ...newestElsewhere]);
  });

  it('never offers an article in its own other language: the title links it already', () => {
    const original = getArticle(edition, ENGLISH_ORIGINAL)!;
    const translation = getArticle(edition, VIETNAMESE_TRANSLATION)!;
    expect(original.category.slug).toBe(translation.category.slug);
    expect(slugs(getRelatedArticles(edition, original))).not.toContain(VIETNAMESE_TRANSLATION);
    expect(slugs(getRelatedArticles(edition, translation))).not.toContain(ENGLISH_ORIGINAL);
    expect(getRelatedArticles(edition, original)).toHaveLength(siteConfig.relatedCount);
  });
});
