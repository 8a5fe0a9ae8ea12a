import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentError, formatProblem } from '@/lib/content/problems';
import { currentEdition } from '@/lib/edition';
import { getContentProblems, getPublication } from '@/lib/publication';
import { copySite, PUBLISHED, SCHEDULED } from './helpers/site-fixture';

/**
 * `next dev` (NODE_ENV=development): broken content never throws. Pages keep the last
 * publication without errors, and the problems are there for the editors' page until a save
 * fixes them. Elsewhere (tests, scripts) the ContentError still rejects: publication.test.ts.
 */

/** Longer than the 250 ms the watched publication trusts the files for. */
const RECHECK_WAIT_MS = 300;

let site: ReturnType<typeof copySite> | null = null;
afterEach(() => {
  vi.unstubAllEnvs();
  site?.remove();
  site = null;
});

const slugs = (articles: readonly { slug: string }[]) => articles.map((article) => article.slug);

/** Over the 200 characters search engines show: a warning, not an error. */
const LONG_DESCRIPTION = `description: ${'A long standfirst. '.repeat(12).trim()}`;

/** A copy of the fixture site as the development server's content folder. */
function developSite() {
  site = copySite();
  vi.stubEnv('CONTENT_DIR', site.contentDir);
  vi.stubEnv('NODE_ENV', 'development');
  const articles = path.join(site.contentDir, 'articles');
  const file = (slug: string) => path.join(articles, `${slug}.md`);
  return {
    file,
    relative: (slug: string) => path.relative(process.cwd(), file(slug)),
    edit(slug: string, from: string | RegExp, to: string) {
      const text = readFileSync(file(slug), 'utf8');
      expect(text).toMatch(from);
      writeFileSync(file(slug), text.replace(from, to));
    },
  };
}

describe('getPublication and getContentProblems in development', () => {
  it('keeps the last good publication while an edit breaks the content, and lets it go once the edit is fixed', async () => {
    const dev = developSite();
    const good = await getPublication();
    expect(await getContentProblems()).toEqual([]);
    const original = readFileSync(dev.file('the-winter-release-calendar'), 'utf8');

    dev.edit('the-winter-release-calendar', 'title: "Almanac: the winter release calendar"', 'title: Almanac: the winter release calendar');
    dev.edit('changelogs-written-by-hand', 'category: tooling', 'category: toolng');
    await sleep(RECHECK_WAIT_MS);
    expect(await getPublication()).toBe(good);
    expect((await currentEdition()).publication).toBe(good);
    expect((await getContentProblems()).map(formatProblem)).toEqual([
      `${dev.relative('changelogs-written-by-hand')}:5: unknown category 'toolng', did you mean 'tooling'?`,
      `${dev.relative('the-winter-release-calendar')}:2: the value of title contains a colon: put the whole value in quotes, e.g. title: "Almanac: the winter release calendar"`,
    ]);

    // One of the two fixed: still broken, the other problem alone.
    writeFileSync(dev.file('the-winter-release-calendar'), original);
    await sleep(RECHECK_WAIT_MS);
    expect(await getPublication()).toBe(good);
    expect((await getContentProblems()).map((problem) => problem.file)).toEqual([dev.relative('changelogs-written-by-hand')]);

    dev.edit('changelogs-written-by-hand', 'category: toolng', 'category: tooling');
    await sleep(RECHECK_WAIT_MS);
    const fixed = await getPublication();
    expect(fixed).not.toBe(good);
    expect(slugs(fixed.articles)).toEqual(slugs(good.articles));
    expect(await getContentProblems()).toEqual([]);
  });

  it('serves an empty publication when the content has never been without errors', async () => {
    const dev = developSite();
    dev.edit('the-winter-release-calendar', 'category: almanac', 'category: almanc');
    const publication = await getPublication();
    expect(publication.articles).toEqual([]);
    expect(publication.categories).toEqual([]);
    expect(publication.body('the-winter-release-calendar')).toBeNull();
    const edition = await currentEdition();
    expect(edition.articles).toEqual([]);
    expect(edition.article('the-winter-release-calendar')).toBeNull();
    expect((await getContentProblems()).map((problem) => [problem.line, problem.message])).toEqual([
      [5, "unknown category 'almanc', did you mean 'almanac'?"],
    ]);

    dev.edit('the-winter-release-calendar', 'category: almanc', 'category: almanac');
    await sleep(RECHECK_WAIT_MS);
    expect(slugs((await getPublication()).articles)).toContain('the-winter-release-calendar');
    expect(await getContentProblems()).toEqual([]);
  });

  it('lists errors first, then warnings, each in file and line order', async () => {
    const dev = developSite();
    // A warning in a file that sorts before the broken one.
    dev.edit('a-date-field-people-can-type-into', /^description: .*$/m, LONG_DESCRIPTION);
    dev.edit('the-winter-release-calendar', 'category: almanac', 'category: almanc');
    const problems = await getContentProblems();
    expect(problems.map((problem) => [problem.severity, path.basename(problem.file)])).toEqual([
      ['error', 'the-winter-release-calendar.md'],
      ['warning', 'a-date-field-people-can-type-into.md'],
    ]);
  });

  it('shows nothing for warnings alone: the content can be published', async () => {
    const dev = developSite();
    dev.edit('a-date-field-people-can-type-into', /^description: .*$/m, LONG_DESCRIPTION);
    expect(slugs((await getPublication()).articles)).toContain('a-date-field-people-can-type-into');
    expect(await getContentProblems()).toEqual([]);
  });
});

describe('outside development', () => {
  it('rejects with the ContentError in tests and scripts, even after a good publication', async () => {
    site = copySite();
    vi.stubEnv('CONTENT_DIR', site.contentDir);
    expect(slugs((await getPublication()).articles)).toEqual([SCHEDULED, ...PUBLISHED]);
    rmSync(path.join(site.contentDir, 'categories.yml'));
    await sleep(RECHECK_WAIT_MS);
    await expect(getPublication()).rejects.toBeInstanceOf(ContentError);
  });

  it('has no problems to show in production, where the build refused broken content', async () => {
    site = copySite();
    vi.stubEnv('CONTENT_DIR', site.contentDir);
    rmSync(path.join(site.contentDir, 'categories.yml'));
    vi.stubEnv('NODE_ENV', 'production');
    expect(await getContentProblems()).toEqual([]);
  });
});
