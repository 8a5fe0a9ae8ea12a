/**
 * No request may make the server store something for content that does not exist: random
 * URLs of every route kind (share cards, articles, listing pages, feeds, child sitemaps) are
 * answered 404 without rendering, so the build's folder holds exactly the files it held.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePublished } from '../support/fixture-content';
import { startStandalone, type StandaloneInstance } from './standalone';

let server: StandaloneInstance;

beforeAll(async () => {
  server = await startStandalone('flood');
  // The first 404 stores the 404 page's own render, once, whatever the URL: not a file per URL.
  await fetch(`${server.url}/news/warm-up`).then((response) => response.arrayBuffer());
});

afterAll(async () => {
  await server?.stop();
});

/** Every file under the server's build folder, where Next.js keeps what it renders on request. */
function storedFiles(): string[] {
  return readdirSync(path.join(server.dir, '.next'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

const random = () => randomBytes(6).toString('hex');

/** Sends requests at a few at a time and returns their statuses. */
async function statuses(paths: readonly string[], concurrency = 8): Promise<number[]> {
  const results: number[] = [];
  for (let index = 0; index < paths.length; index += concurrency) {
    const batch = paths.slice(index, index + concurrency);
    results.push(...(await Promise.all(batch.map(async (page) => {
      const response = await fetch(`${server.url}${page}`, { redirect: 'manual' });
      await response.arrayBuffer();
      return response.status;
    }))));
  }
  return results;
}

describe('random URLs of every route kind', () => {
  it('300 random share-card URLs add no file to the build folder', async () => {
    const before = storedFiles();
    const answered = await statuses(Array.from({ length: 300 }, () => `/news/${random()}/opengraph-image`));
    expect(new Set(answered)).toEqual(new Set([404]));
    expect(storedFiles()).toEqual(before);
  });

  it('nor do random articles, listing pages, feeds and sitemaps', async () => {
    const article = fixturePublished()[0]!;
    const before = storedFiles();
    const kinds = (id: string) => [
      `/news/${id}`,
      `/news/page/${1000 + Number.parseInt(id.slice(0, 4), 16)}`,
      `/news/${article.slug}/${id}`,
      `/category/${id}`,
      `/category/${id}/page/2`,
      `/category/${id}/feed.xml`,
      `/category/${id}/opengraph-image`,
      `/category/${article.category.slug}/page/${id}`,
      `/tags/${id}`,
      `/tags/${id}/page/2`,
      `/authors/${id}`,
      `/authors/${id}/page/3`,
      `/sitemaps/${Number.parseInt(id.slice(0, 3), 16)}.xml`,
      `/${id}`,
    ];
    const paths = Array.from({ length: 25 }, () => kinds(random())).flat();
    const answered = await statuses(paths);
    expect(answered.map((status, index) => `${status} ${paths[index]}`).filter((line) => !line.startsWith('404 '))).toEqual([]);
    expect(storedFiles()).toEqual(before);
  });

  it('nor do 300 searches for words nobody asked before, answered and kept in memory only', async () => {
    const before = storedFiles();
    const paths = Array.from({ length: 300 }, (_, index) => `/search?q=${random()}${index % 3 === 0 ? '&page=2' : ''}`);
    const answered = await statuses(paths);
    expect(answered.filter((status) => status !== 200)).toEqual([]);
    expect(storedFiles()).toEqual(before);
  });
});
