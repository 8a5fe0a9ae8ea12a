import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentError } from '@/lib/content/problems';
import { currentEdition } from '@/lib/edition';
import { getPublication } from '@/lib/publication';
import { copySite, DRAFT, PUBLISHED, SCHEDULED, SCHEDULED_MOMENT } from './helpers/site-fixture';

/** Longer than the 250 ms the watched publication trusts the files for. */
const RECHECK_WAIT_MS = 300;

let site: ReturnType<typeof copySite> | null = null;
afterEach(() => {
  vi.unstubAllEnvs();
  site?.remove();
  site = null;
});

const slugs = (articles: readonly { slug: string }[]) => articles.map((article) => article.slug);

describe('getPublication in the unit tests', () => {
  it('reads the fixture site (CONTENT_DIR), never the editorial content', async () => {
    expect(process.env.CONTENT_DIR).toBe('tests/fixtures/site/content');
    const publication = await getPublication();
    expect(slugs(publication.articles)).toEqual([SCHEDULED, ...PUBLISHED]);
    expect(publication.categories.map((category) => category.slug)).toEqual(['field-notes', 'tooling', 'interfaces', 'almanac', 'dormant']);
    expect(publication.body(DRAFT)).toBeNull();
  });

  it('is compiled once while nothing changes', async () => {
    const first = await getPublication();
    expect(await getPublication()).toBe(first);
    await sleep(RECHECK_WAIT_MS);
    expect(await getPublication()).toBe(first);
  });

  it('backs the current edition, at the pinned clock', async () => {
    vi.stubEnv('NEWS_NOW', '2026-06-01T00:00:00+07:00');
    const edition = await currentEdition();
    expect(edition.publication).toBe(await getPublication());
    expect(slugs(edition.articles)).toEqual(PUBLISHED);
    vi.stubEnv('NEWS_NOW', SCHEDULED_MOMENT.toISOString());
    expect(slugs((await currentEdition()).articles)).toEqual([SCHEDULED, ...PUBLISHED]);
  });
});

describe('getPublication after an edit', () => {
  it('picks up an edited, an added and a removed file', async () => {
    site = copySite();
    vi.stubEnv('CONTENT_DIR', site.contentDir);
    const articles = path.join(site.contentDir, 'articles');
    const first = await getPublication();
    expect(slugs(first.articles)).toEqual([SCHEDULED, ...PUBLISHED]);

    const file = path.join(articles, 'the-winter-release-calendar.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: "Almanac: the winter release calendar"', 'title: "Almanac: the revised winter calendar"'));
    await sleep(RECHECK_WAIT_MS);
    const edited = await getPublication();
    expect(edited).not.toBe(first);
    expect(edited.articles.find((article) => article.slug === 'the-winter-release-calendar')?.title).toBe('Almanac: the revised winter calendar');

    writeFileSync(path.join(articles, 'a-late-addition.md'), '---\ntitle: A late addition\ndescription: Written after the others.\ndate: 2025-12-01\ncategory: almanac\n---\n\nOne more paragraph.\n');
    rmSync(path.join(articles, 'a-week-without-recurring-meetings.md'));
    await sleep(RECHECK_WAIT_MS);
    const changed = await getPublication();
    expect(changed).not.toBe(edited);
    expect(slugs(changed.articles)).toEqual([SCHEDULED, 'a-late-addition', ...PUBLISHED.filter((slug) => slug !== 'a-week-without-recurring-meetings')]);
    expect(changed.body('a-late-addition')?.text).toBe('One more paragraph.');
  });

  it('rejects with every problem when an edit breaks the content, and recovers once it is fixed', async () => {
    site = copySite();
    vi.stubEnv('CONTENT_DIR', site.contentDir);
    const file = path.join(site.contentDir, 'articles', 'the-winter-release-calendar.md');
    const original = readFileSync(file, 'utf8');
    await getPublication();

    writeFileSync(file, original.replace('category: almanac', 'category: almanc'));
    await sleep(RECHECK_WAIT_MS);
    const failure = await getPublication().then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ContentError);
    expect((failure as ContentError).problems).toEqual([
      {
        file: path.relative(process.cwd(), file),
        line: 5,
        message: "unknown category 'almanc', did you mean 'almanac'?",
        severity: 'error',
      },
    ]);

    writeFileSync(file, original);
    await sleep(RECHECK_WAIT_MS);
    expect(slugs((await getPublication()).articles)).toEqual([SCHEDULED, ...PUBLISHED]);
  });

  it('goes back to the fixture when CONTENT_DIR does', async () => {
    site = copySite();
    vi.stubEnv('CONTENT_DIR', site.contentDir);
    rmSync(path.join(site.contentDir, 'articles', 'the-winter-release-calendar.md'));
    expect(slugs((await getPublication()).articles)).not.toContain('the-winter-release-calendar');
    vi.unstubAllEnvs();
    expect(slugs((await getPublication()).articles)).toEqual([SCHEDULED, ...PUBLISHED]);
  });
});
