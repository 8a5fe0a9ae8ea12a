import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArtifactBody, readArtifactPublication, readArtifactRoutes, readArtifactSearchIndex } from '@/lib/artifact';
import { checkContent, readArticleShare, type ContentReport } from '@/lib/content/loader';
import { publish } from '@/lib/publish';
import { routeIndexOf } from '@/lib/routes';
import { buildSearchIndex, loadSearchIndex, searchArticles } from '@/lib/search';
import { BROKEN, fixtureOptions } from './helpers/fixtures';
import { DRAFT, PUBLISHED, SCHEDULED, SITE_NOW, SITE_OPTIONS, siteContent } from './helpers/site-fixture';

const temp = mkdtempSync(path.join(tmpdir(), 'artifact-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('publish and read back the fixture site', () => {
  const outDir = path.join(temp, 'publication');
  const content = siteContent();
  const visible = content.articles.filter((article) => !article.draft);
  let report: ContentReport;
  let stored: ReturnType<typeof readArtifactPublication>;
  beforeAll(async () => {
    report = await publish({ ...SITE_OPTIONS, outDir, now: SITE_NOW });
    stored = readArtifactPublication(outDir);
  });

  it('reports a clean fixture and writes the whole artifact, nothing beside it', () => {
    expect(report.problems).toEqual([]);
    expect(report.content).not.toBeNull();
    expect(readdirSync(outDir).sort()).toEqual(['bodies', 'publication.json', 'routes.json', 'search.json']);
    expect(readdirSync(temp)).toEqual(['publication']); // the staging folder is gone
  });

  it('stores every article readers may ever see, scheduled included, and no draft', () => {
    expect(stored.articles.map((article) => article.slug)).toEqual([SCHEDULED, ...PUBLISHED]);
    expect(stored.articles.map((article) => article.slug)).not.toContain(DRAFT);
    expect(existsSync(path.join(outDir, 'bodies', `${DRAFT}.json`))).toBe(false);
    expect(readdirSync(path.join(outDir, 'bodies'))).toHaveLength(26);
  });

  it('reads the articles back equal: real dates, the same category and author records', () => {
    expect(stored.articles).toEqual(visible);
    const journal = stored.articles.find((article) => article.slug === 'keeping-a-build-journal')!;
    expect(journal.date).toBeInstanceOf(Date);
    expect(journal.date.toISOString()).toBe('2025-03-31T17:00:00.000Z');
    const timeboxing = stored.articles.find((article) => article.slug === 'timeboxing-research-spikes')!;
    expect(timeboxing.updated?.toISOString()).toBe('2025-08-08T17:00:00.000Z');
    expect(journal.category).toBe(stored.categories[0]);
    expect(journal.author).toBe(stored.authors[0]);
    expect(stored.articles.find((article) => article.slug === 'changelogs-written-by-hand')?.author).toBeNull();
    expect(stored.categories).toEqual(content.categories);
    expect(stored.authors).toEqual(content.authors);
    expect(stored.compiledAt).toEqual(SITE_NOW);
  });

  it('reads every body back equal', () => {
    for (const article of visible) expect(readArtifactBody(outDir, article.slug), article.slug).toEqual(content.bodies.get(article.slug));
  });

  it("stores the route index the content's own would be", () => {
    expect(readArtifactRoutes(outDir)).toEqual(routeIndexOf(content, false));
  });

  it('stores a search index that answers as one built afresh', () => {
    const text = (slug: string) => content.bodies.get(slug)?.text ?? '';
    const loaded = loadSearchIndex(readArtifactSearchIndex(outDir), stored.articles, text);
    const fresh = buildSearchIndex(visible, text);
    const visibleNow = (slug: string) => PUBLISHED.includes(slug);
    for (const query of ['journal', 'flaky tests', 'typscript', 'định dạng', 'dinh dang', 'almanac', 'workflow', 'the']) {
      const options = { pageSize: 100, visible: visibleNow };
      const fromArtifact = searchArticles(loaded, query, options);
      expect(fromArtifact, query).toEqual(searchArticles(fresh, query, options));
      expect(fromArtifact.total, query).toBeGreaterThan(0);
    }
    expect(searchArticles(loaded, 'distant almanac', { visible: visibleNow }).hits.map((hit) => hit.article.slug)).not.toContain(SCHEDULED);
    expect(searchArticles(loaded, 'distant almanac', { visible: () => true }).hits.map((hit) => hit.article.slug)).toContain(SCHEDULED);
    expect(searchArticles(loaded, 'navigation sketches', { visible: () => true }).hits.map((hit) => hit.article.slug)).not.toContain(DRAFT);
  });
});

describe('publish broken content', () => {
  it('writes nothing, and reports every problem the check finds', async () => {
    const outDir = path.join(temp, 'broken');
    const options = fixtureOptions(`${BROKEN}/several-files`);
    const report = await publish({ ...options, outDir, now: SITE_NOW });
    expect(report.content).toBeNull();
    expect(report.problems).toEqual(checkContent(options, SITE_NOW).problems);
    expect(report.problems.map((problem) => [path.basename(problem.file), problem.line, problem.severity])).toEqual([
      ['b-bad-date.md', 4, 'error'],
      ['c-unknown-category.md', 5, 'error'],
    ]);
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(`${outDir}.staging`)).toBe(false);
  });

  it('leaves an earlier artifact alone', async () => {
    const outDir = path.join(temp, 'kept');
    await publish({ ...SITE_OPTIONS, outDir, now: SITE_NOW });
    const before = readArtifactPublication(outDir);
    const report = await publish({ ...fixtureOptions(`${BROKEN}/unknown-category`), outDir, now: SITE_NOW });
    expect(report.content).toBeNull();
    expect(readArtifactPublication(outDir)).toEqual(before);
  });
});

describe('publish with the articles read in shares', () => {
  const inShares = (count: number) => async (files: string[]) =>
    Array.from({ length: count }, (_, share) => readArticleShare(SITE_OPTIONS, files.filter((_, index) => index % count === share)));

  it('writes the same artifact as reading them all in one go, section and author records shared', async () => {
    const whole = path.join(temp, 'whole');
    const shared = path.join(temp, 'shared');
    const one = await publish({ ...SITE_OPTIONS, outDir: whole, now: SITE_NOW });
    const three = await publish({ ...SITE_OPTIONS, outDir: shared, now: SITE_NOW, readShares: inShares(3) });
    expect(three).toEqual(one);
    const articles = three.content!.articles;
    expect(articles.map((article) => article.slug)).toEqual(siteContent().articles.map((article) => article.slug));
    expect(new Set(articles.map((article) => article.category)).size).toBe(new Set(articles.map((article) => article.category.slug)).size);
    expect(articles.every((article) => three.content!.categories.includes(article.category))).toBe(true);
    expect(readArtifactPublication(shared)).toEqual(readArtifactPublication(whole));
  });

  it('reports the problems of every share once, the list files\' included', async () => {
    const options = fixtureOptions(`${BROKEN}/several-files`);
    const report = await publish({ ...options, outDir: path.join(temp, 'shared-broken'), now: SITE_NOW, readShares: async (files) => [readArticleShare(options, files.slice(0, 1)), readArticleShare(options, files.slice(1))] });
    expect(report.content).toBeNull();
    expect(report.problems).toEqual(checkContent(options, SITE_NOW).problems);
  });
});
