import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/** In a production build drafts are absent everywhere, and scheduled pages can appear later. */

const DRAFT = 'notes-on-running-design-critiques';
const DRAFT_TITLE = 'Notes on running design critiques';

test('a draft is a 404 and is listed nowhere', async ({ request }) => {
  expect((await request.get(`/news/${DRAFT}`)).status()).toBe(404);
  for (const path of ['/', '/news', '/news/page/2', '/category/design', '/tags/design', '/authors/linh-tran', '/feed.xml', '/feed.json', '/category/design/feed.xml', '/sitemap.xml', '/search?q=critiques']) {
    const body = await (await request.get(path)).text();
    expect(body, path).not.toContain(DRAFT);
    expect(body, path).not.toContain(DRAFT_TITLE);
  }
});

test('pages, feeds and the sitemap revalidate hourly, and unknown article slugs render on demand', () => {
  // What lets a scheduled article go live on a running server: every listing is regenerated at
  // most an hour after its last render, and /news/<slug> is not limited to the slugs of the build.
  const manifest = JSON.parse(readFileSync('.next/prerender-manifest.json', 'utf8')) as {
    routes: Record<string, { initialRevalidateSeconds: number | false }>;
    dynamicRoutes: Record<string, { fallback: string | false | null }>;
  };
  for (const route of ['/', '/news', '/news/page/2', '/category/dev-tools', '/feed.xml', '/feed.json', '/category/dev-tools/feed.xml', '/sitemap.xml', '/news/sqlite-for-prototypes']) {
    expect(manifest.routes[route]?.initialRevalidateSeconds, route).toBe(3600);
  }
  expect(manifest.dynamicRoutes['/news/[slug]']?.fallback).toBeNull();
});
