/**
 * The standalone server (`node server.js` from a copy of .next-deploy/standalone, with PORT
 * and HOSTNAME) serves the site on its own: pages, the static files it was completed with,
 * and real 404s.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'next/dist/compiled/node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPublishedArticles } from '@/lib/articles';
import { siteConfig } from '@/lib/config';
import { fetchText } from '../../scripts/bench/util';
import { STANDALONE_DIR, startStandalone, type StandaloneInstance } from './standalone';

const articles = getPublishedArticles();
const newest = articles[0];

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
    expect(newest, 'the sample content has published articles').toBeDefined();
    const { status, body } = await fetchText(`${server.url}/news/${newest!.slug}`);
    expect(status).toBe(200);
    expect(parse(body).querySelectorAll('h1')).toHaveLength(1);
    expect(text(body, 'h1')).toBe(newest!.title);
  });

  it('serves the second page of the news listing', async () => {
    const { status, body } = await fetchText(`${server.url}/news/page/2`);
    if (articles.length <= siteConfig.pageSize) {
      expect(status).toBe(404);
      return;
    }
    expect(status).toBe(200);
    const secondPage = articles.slice(siteConfig.pageSize, siteConfig.pageSize * 2);
    const linked = parse(body).querySelectorAll('a[href^="/news/"]').map((link) => link.getAttribute('href'));
    for (const article of secondPage) expect(linked).toContain(`/news/${article.slug}`);
  });

  it('answers unknown pages with status 404 and the not-found page', async () => {
    for (const url of ['/news/no-such-article', '/category/no-such-section', '/no/such/page', '/news/page/999']) {
      const { status, body } = await fetchText(`${server.url}${url}`);
      expect(status, url).toBe(404);
      // Pages that call notFound() carry the not-found UI in the RSC payload only (a Next.js 16
      // behaviour the browser tests cover); unmatched URLs get it as HTML.
      expect(body, url).toContain('Page not found');
    }
    expect(text((await fetchText(`${server.url}/no/such/page`)).body, 'h1')).toBe('Page not found');
  });

  it('serves the build\'s static files and public/ (copied in as Next.js documents)', async () => {
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
    for (const url of ['/feed.xml', '/sitemap.xml', '/robots.txt']) {
      const { status } = await fetchText(`${server.url}${url}`);
      expect(status, url).toBe(200);
    }
  });

  it('ships the content it reads at run time', () => {
    for (const file of ['categories.yml', 'authors.yml', `articles/${newest!.slug}.md`]) {
      expect(existsSync(path.join(STANDALONE_DIR, 'content', file)), file).toBe(true);
    }
  });

  it('renders search on request, reading the content traced into the standalone folder', async () => {
    const { status, body } = await fetchText(`${server.url}/search?q=${encodeURIComponent(newest!.title)}`);
    expect(status).toBe(200);
    expect(body).toContain(`/news/${newest!.slug}`);
  });
});
