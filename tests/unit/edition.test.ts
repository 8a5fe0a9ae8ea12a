import { describe, expect, it } from 'vitest';
import { editionAt } from '@/lib/edition';
import { publicationOf } from '@/lib/publication';
import { routeIndexOf } from '@/lib/routes';
import {
  ADA_QUILL,
  BAO_TRAN,
  CYRUS_VALE,
  DRAFT,
  FIELD_NOTES,
  INTERFACES,
  justBefore,
  NEWEST_MOMENT,
  PUBLISHED,
  SCHEDULED,
  SCHEDULED_MOMENT,
  SITE_NOW,
  siteContent,
  siteEdition,
  sitePublication,
  TOOLING,
  WORKFLOW,
} from './helpers/site-fixture';

const slugs = (articles: readonly { slug: string }[]) => articles.map((article) => article.slug);

describe('publicationOf', () => {
  it('drops drafts outside preview, and keeps the scheduled article for its moment', () => {
    const publication = publicationOf(siteContent(), { preview: false });
    expect(slugs(publication.articles)).toEqual([SCHEDULED, ...PUBLISHED]);
    expect(publication.body(DRAFT)).toBeNull();
    expect(publication.routeIndex).toEqual(routeIndexOf(siteContent(), false));
  });

  it('keeps every article while previewing, drafts included', () => {
    const preview = publicationOf(siteContent(), { preview: true });
    expect(preview.articles).toHaveLength(27);
    expect(slugs(preview.articles)).toContain(DRAFT);
    expect(preview.body(DRAFT)?.text).toContain('Our current navigation has grown one item at a time');
    expect(preview.body(DRAFT)).toBe(siteContent().bodies.get(DRAFT));
    expect(preview.routeIndex.articles.map((article) => article.slug)).toContain(DRAFT);
  });

  it('serves the bodies of its articles only, and carries its categories, authors and compile moment', () => {
    const publication = sitePublication();
    expect(publication.body('keeping-a-build-journal')).toBe(siteContent().bodies.get('keeping-a-build-journal'));
    expect(publication.body(SCHEDULED)).not.toBeNull();
    expect(publication.body('no-such-article')).toBeNull();
    expect(publication.categories.map((category) => category.slug)).toEqual(['field-notes', 'tooling', 'interfaces', 'almanac', 'dormant']);
    expect(publication.authors.map((author) => author.slug)).toEqual(['ada-quill', 'bao-tran', 'cyrus-vale', 'dana-holt']);
    expect(publication.compiledAt).toEqual(SITE_NOW);
    // Compiled in memory: the search index is built from the bodies, not read from a build.
    expect(publication.serializedSearchIndex()).toBeNull();
  });
});

describe('editionAt', () => {
  const edition = siteEdition();

  it('lists the visible articles newest first: no draft, nothing scheduled', () => {
    expect(slugs(edition.articles)).toEqual(PUBLISHED);
    expect(edition.article('keeping-a-build-journal')?.title).toBe('Keeping a build journal: a month of notes on where the time went');
    expect(edition.article(DRAFT)).toBeNull();
    expect(edition.article(SCHEDULED)).toBeNull();
    expect(edition.article('no-such-article')).toBeNull();
  });

  it('lists only the sections with a visible article, in display order', () => {
    expect(edition.categories.map((category) => category.slug)).toEqual(['field-notes', 'tooling', 'interfaces', 'almanac']);
    expect(edition.category('field-notes')?.name).toBe('Field Notes');
    expect(edition.category('dormant')).toBeNull();
    expect(edition.category('nope')).toBeNull();
  });

  it('knows an author or tag only while a visible article has it', () => {
    expect(edition.author('ada-quill')?.name).toBe('Ada Quill');
    expect(edition.author('cyrus-vale')).toEqual({ slug: 'cyrus-vale', name: 'Cyrus Vale' });
    expect(edition.author('dana-holt')).toBeNull();
    expect(edition.tag('workflow')).toEqual({ slug: 'workflow', label: 'workflow' });
    expect(edition.tag('dinh-dang')).toEqual({ slug: 'dinh-dang', label: 'định dạng' });
    expect(edition.tag('unreleased')).toBeNull();
    expect(edition.tag('someday')).toBeNull();
  });

  it('lists the articles of each listing, newest first', () => {
    expect(slugs(edition.listingArticles('news'))).toEqual(PUBLISHED);
    expect(slugs(edition.listingArticles('category', 'field-notes'))).toEqual(FIELD_NOTES);
    expect(slugs(edition.listingArticles('category', 'tooling'))).toEqual(TOOLING);
    expect(slugs(edition.listingArticles('category', 'interfaces'))).toEqual(INTERFACES);
    expect(slugs(edition.listingArticles('category', 'almanac'))).toEqual(['the-winter-release-calendar']);
    expect(slugs(edition.listingArticles('author', 'ada-quill'))).toEqual(ADA_QUILL);
    expect(slugs(edition.listingArticles('author', 'bao-tran'))).toEqual(BAO_TRAN);
    expect(slugs(edition.listingArticles('author', 'cyrus-vale'))).toEqual(CYRUS_VALE);
    expect(slugs(edition.listingArticles('tag', 'workflow'))).toEqual(WORKFLOW);
    expect(slugs(edition.listingArticles('tag', 'typescript'))).toEqual(['property-based-tests-for-date-parsing', 'keeping-a-build-journal']);
    for (const [kind, slug] of [['category', 'dormant'], ['author', 'dana-holt'], ['tag', 'unreleased'], ['tag', 'nope']] as const) {
      expect(edition.listingArticles(kind, slug), `${kind} ${slug}`).toEqual([]);
    }
  });

  it('lets the scheduled article in at its moment, to the millisecond', () => {
    const before = editionAt(sitePublication(), justBefore(SCHEDULED_MOMENT));
    expect(before.article(SCHEDULED)).toBeNull();
    const at = editionAt(sitePublication(), SCHEDULED_MOMENT);
    expect(slugs(at.articles)).toEqual([SCHEDULED, ...PUBLISHED]);
    expect(at.categories.map((category) => category.slug)).toEqual(['field-notes', 'tooling', 'interfaces', 'almanac', 'dormant']);
    expect(slugs(at.listingArticles('tag', 'someday'))).toEqual([SCHEDULED]);
    expect(slugs(at.listingArticles('author', 'ada-quill'))).toEqual([SCHEDULED, ...ADA_QUILL]);
    expect(at.article(DRAFT)).toBeNull();
  });

  it('lets an article in at its moment however often the list was asked for before, and out again before it', () => {
    const publication = sitePublication();
    const newest = 'the-winter-release-calendar';
    const at = (moment: Date) => slugs(editionAt(publication, moment).articles);
    expect(at(justBefore(NEWEST_MOMENT))).not.toContain(newest);
    expect(at(justBefore(NEWEST_MOMENT))).toContain('changelogs-written-by-hand');
    expect(at(NEWEST_MOMENT)).toContain(newest);
    // Back before the moment (a pinned clock may do that): out again.
    expect(at(justBefore(NEWEST_MOMENT))).not.toContain(newest);
    expect(at(new Date('2025-11-11T00:00:00+07:00'))).toContain('changelogs-written-by-hand');
    expect(at(justBefore(new Date('2025-11-11T00:00:00+07:00')))).not.toContain('changelogs-written-by-hand');
  });

  it('never lists a draft, at any moment', () => {
    const far = editionAt(sitePublication(), new Date('2999-01-01T00:00:00Z'));
    expect(far.articles).toHaveLength(26);
    expect(far.articles.every((article) => !article.draft)).toBe(true);
    expect(far.article(DRAFT)).toBeNull();
  });

  it('is one object for every moment of an edition, and a new one once a moment passes', () => {
    const publication = sitePublication();
    const first = editionAt(publication, SITE_NOW);
    expect(editionAt(publication, new Date('2040-01-01T00:00:00Z'))).toBe(first);
    expect(editionAt(publication, justBefore(SCHEDULED_MOMENT))).toBe(first);
    expect(first.routes.from).toBe(NEWEST_MOMENT.getTime());
    expect(first.routes.until).toBe(SCHEDULED_MOMENT.getTime());

    const next = editionAt(publication, SCHEDULED_MOMENT);
    expect(next).not.toBe(first);
    expect(next.publication).toBe(publication);
    expect(editionAt(publication, new Date('2100-01-01T00:00:00Z'))).toBe(next);
  });

  it('keeps the editions of two publications apart', () => {
    const other = publicationOf(siteContent(), { preview: true });
    const previewEdition = editionAt(other, SITE_NOW);
    expect(previewEdition).not.toBe(siteEdition());
    expect(previewEdition.article(DRAFT)?.slug).toBe(DRAFT);
    expect(siteEdition().article(DRAFT)).toBeNull();
  });
});
