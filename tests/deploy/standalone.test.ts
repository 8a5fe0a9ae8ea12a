/**
 * The standalone server (`node server.js` from a copy of the standalone folder, with PORT and
 * HOSTNAME) serves the publication on its own: pages, search, feeds, the static files it was
 * completed with, and real 404s, from the compiled content it carries and nothing else.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'next/dist/compiled/node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { siteConfig } from '@/lib/config';
import { fetchText } from '../../scripts/lib/util';
import { fixtureContent, fixturePublished } from '../support/fixture-content';
import { STANDALONE_DIR, startStandalone, type StandaloneInstance } from './standalone';

const articles = fixturePublished();
const newest = articles[0]!;

let server: StandaloneInstance;

beforeAll(async () => {
  server = await startStandalone('smoke');
});

afterAll(async () => {
  await server?.stop();
});

const text = (html: string, selector: string) => parse(html).querySelector(selector)?.text.trim() ?? null;

describe('standalone server', () => {
  it('listens where PORT and HOSTNAME say', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
  });

  it('serves the home page', async () => {
    const { status, body, headers } = await fetchText(`${server.url}/`);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^text\/html/);
    expect(body).toContain(siteConfig.name);
    expect(parse(body).querySelectorAll('a[href^="/news/"]').length).toBeGreaterThan(0);
  });

  it('serves an article with its title as the only h1', async () => {
    const { status, body } = await fetchText(`${server.url}/news/${newest.slug}`);
    expect(status).toBe(200);
    expect(parse(body).querySelectorAll('h1')).toHaveLength(1);
    expect(text(body, 'h1')).toBe(newest.title);
  });

  it('serves the second page of the news listing', async () => {
    const { status, body } = await fetchText(`${server.url}/news/page/2`);
    expect(status).toBe(200);
    const secondPage = articles.slice(siteConfig.pageSize, siteConfig.pageSize * 2);
    const linked = parse(body).querySelectorAll('a[href^="/news/"]').map((link) => link.getAttribute('href'));
    for (const article of secondPage) expect(linked).toContain(`/news/${article.slug}`);
  });

  it('answers unknown pages with status 404 and the not-found page', async () => {
    for (const url of ['/news/no-such-article', '/category/no-such-section', '/no/such/page', '/news/page/999']) {
      const { status, body } = await fetchText(`${server.url}${url}`);
      expect(status, url).toBe(404);
      expect(text(body, 'h1'), url).toBe('Page not found');
    }
  });

  it("serves the build's static files and public/ (copied in as Next.js documents)", async () => {
    const { body } = await fetchText(`${server.url}/`);
    const scripts = parse(body)
      .querySelectorAll('script[src^="/_next/static/"]')
      .map((script) => script.getAttribute('src')!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      const response = await fetch(`${server.url}${src}`);
      expect(response.status, src).toBe(200);
      expect(response.headers.get('cache-control'), src).toContain('immutable');
      await response.arrayBuffer();
    }
    const image = articles.find((article) => article.image)?.image?.src;
    expect(image, 'an article with a hero image').toBeDefined();
    const response = await fetch(`${server.url}${image}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\//);
    await response.arrayBuffer();
  });

  it('serves feeds and the sitemap', async () => {
    for (const url of ['/feed.xml', '/feed.json', '/sitemap.xml', '/robots.txt']) {
      const { status } = await fetchText(`${server.url}${url}`);
      expect(status, url).toBe(200);
    }
  });

  it('carries the compiled content and not the content folder', () => {
    const artifact = path.join(STANDALONE_DIR, '.next', 'publication');
    for (const file of ['publication.json', 'routes.json', 'search.json']) expect(existsSync(path.join(artifact, file)), file).toBe(true);
    // Every article but the drafts: scheduled ones are published later by the same build.
    const bodies = fixtureContent().articles.filter((article) => !article.draft).map((article) => `${article.slug}.json`);
    expect(readdirSync(path.join(artifact, 'bodies')).sort()).toEqual(bodies.sort());
    expect(existsSync(path.join(STANDALONE_DIR, 'content')), 'a content/ folder in the standalone output').toBe(false);
    expect(existsSync(path.join(STANDALONE_DIR, 'tests')), 'the test fixtures in the standalone output').toBe(false);
  });

  it('renders search on request, from the compiled search index', async () => {
    const { status, body } = await fetchText(`${server.url}/search?q=${encodeURIComponent(newest.title)}`);
    expect(status).toBe(200);
    expect(body).toContain(`/news/${newest.slug}`);
  });
});
