import { expect, test } from '@playwright/test';

const ok: [string, RegExp][] = [
  ['/feed.xml', /^application\/rss\+xml/],
  ['/feed.json', /^application\/feed\+json/],
  ['/category/dev-tools/feed.xml', /^application\/rss\+xml/],
  ['/sitemap.xml', /^application\/xml/],
  ['/robots.txt', /^text\/plain/],
  ['/opengraph-image', /^image\/png/],
  ['/news/our-friday-demo-ritual/opengraph-image', /^image\/png/],
  ['/category/dev-tools/opengraph-image', /^image\/png/],
  ['/apple-icon', /^image\/png/],
  ['/icon.svg', /^image\/svg\+xml/],
];

for (const [path, type] of ok) {
  test(`${path} answers 200 with ${type.source}`, async ({ request }) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(type);
  });
}

for (const path of ['/category/nope/feed.xml', '/category/nope/opengraph-image', '/news/no-such-article/opengraph-image', '/sitemaps/0.xml']) {
  test(`${path} is a 404`, async ({ request }) => {
    expect((await request.get(path)).status()).toBe(404);
  });
}

test('the feeds list the newest article and the sitemap and robots.txt point at absolute URLs', async ({ request, baseURL }) => {
  const rss = await (await request.get('/feed.xml')).text();
  expect(rss).toContain('<title><![CDATA[The monorepo tooling we actually use]]></title>');
  const json = (await (await request.get('/feed.json')).json()) as { version: string; items: { id: string }[] };
  expect(json.version).toBe('https://jsonfeed.org/version/1.1');
  expect(json.items.length).toBeGreaterThan(0);

  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toMatch(/<loc>https?:\/\/[^<]+\/news\/monorepo-tooling-we-actually-use<\/loc>/);
  expect(sitemap).not.toContain('/search');

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
  expect(robots).not.toMatch(/Disallow: \/\s*$/m);
  expect(baseURL).toBeTruthy();
});
