import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readArtifactBody, readArtifactPublication, readArtifactRoutes, readArtifactSearchIndex } from '@/lib/artifact';
import { checkContent } from '@/lib/content/loader';
import { publish } from '@/lib/publish';
import { routeIndexOf } from '@/lib/routes';
import { buildSearchIndex, loadSearchIndex, searchArticles } from '@/lib/search';
import { BROKEN, fixtureOptions } from './helpers/fixtures';
import { DRAFT, PUBLISHED, SCHEDULED, SITE_NOW, SITE_OPTIONS, siteContent } from './helpers/site-fixture';

const temp = mkdtempSync(path.join(tmpdir(), 'artifact-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('publish and read back the fixture site', () => {
  const outDir = path.join(temp, 'publication');
  const report = publish({ ...SITE_OPTIONS, outDir, now: SITE_NOW });
  const content = siteContent();
  const stored = readArtifactPublication(outDir);
  const visible = content.articles.filter((article) => !article.draft);

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
  it('writes nothing, and reports every problem the check finds', () => {
    const outDir = path.join(temp, 'broken');
    const options = fixtureOptions(`${BROKEN}/several-files`);
    const report = publish({ ...options, outDir, now: SITE_NOW });
    expect(report.content).toBeNull();
    expect(report.problems).toEqual(checkContent(options, SITE_NOW).problems);
    expect(report.problems.map((problem) => [path.basename(problem.file), problem.line, problem.severity])).toEqual([
      ['b-bad-date.md', 4, 'error'],
      ['c-unknown-category.md', 5, 'error'],
    ]);
    expect(existsSync(outDir)).toBe(false);
    expect(existsSync(`${outDir}.staging`)).toBe(false);
  });

  it('leaves an earlier artifact alone', () => {
    const outDir = path.join(temp, 'kept');
    publish({ ...SITE_OPTIONS, outDir, now: SITE_NOW });
    const before = readArtifactPublication(outDir);
    const report = publish({ ...fixtureOptions(`${BROKEN}/unknown-category`), outDir, now: SITE_NOW });
    expect(report.content).toBeNull();
    expect(readArtifactPublication(outDir)).toEqual(before);
  });
});
