/**
 * The build is the publication: a production server never reads content/. Wreck the content
 * folder the way a bad checkout or a half-finished edit would (an article deleted, another's
 * YAML broken, categories.yml gone), restart, and every page answers exactly as before.
 */
import { createHash } from 'node:crypto';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../scripts/lib/server';
import { FIXTURE_SITE } from '../../scripts/lib/workspace';
import { fixtureContent, fixturePublished } from '../support/fixture-content';
import { startInWorkspace, WORKSPACE } from './standalone';

const contentDir = path.join(WORKSPACE, 'content');
let server: RunningServer | null = null;

afterAll(async () => {
  await server?.stop();
  rmSync(contentDir, { recursive: true, force: true });
  cpSync(path.join(FIXTURE_SITE, 'content'), contentDir, { recursive: true });
});

/** Status and body hash of each path: what a reader gets. */
async function answers(paths: readonly string[]): Promise<Record<string, string>> {
  const entries = await Promise.all(
    paths.map(async (page) => {
      const response = await fetch(`${server!.url}${page}`, { redirect: 'manual' });
      const body = Buffer.from(await response.arrayBuffer());
      return [page, `${response.status} ${createHash('sha256').update(body).digest('hex').slice(0, 16)}`] as const;
    }),
  );
  return Object.fromEntries(entries);
}

describe('a restarted server after content/ is wrecked', () => {
  it('answers every page, feed, search and 404 exactly as before', async () => {
    const published = fixturePublished();
    const unpublished = fixtureContent().articles.filter((article) => !published.includes(article));
    server = await startInWorkspace();
    const sitemap = await (await fetch(`${server.url}/sitemap.xml`)).text();
    const paths = [
      ...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname),
      '/feed.xml',
      '/feed.json',
      `/category/${published[0]!.category.slug}/feed.xml`,
      `/search?q=${encodeURIComponent(published[0]!.title)}`,
      ...unpublished.map((article) => `/news/${article.slug}`),
      '/news/no-such-article',
    ];
    expect(paths.length).toBeGreaterThan(published.length);
    const before = await answers(paths);
    await server.stop();

    const [deleted, broken] = published;
    rmSync(path.join(contentDir, 'articles', `${deleted!.slug}.md`));
    const brokenFile = path.join(contentDir, 'articles', `${broken!.slug}.md`);
    writeFileSync(brokenFile, readFileSync(brokenFile, 'utf8').replace(/^title: .*$/m, 'title: [an unclosed bracket'));
    rmSync(path.join(contentDir, 'categories.yml'));

    server = await startInWorkspace();
    expect(await answers(paths)).toEqual(before);
  });
});
