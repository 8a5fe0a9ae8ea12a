import { describe, expect, it } from 'vitest';
import {
  childSitemapCount,
  listings,
  liveRoutesAt,
  matchRoute,
  pathExists,
  RESERVED_ARTICLE_SLUGS,
  routeIndexOf,
  routes,
  type LiveRoutes,
  type RouteIndex,
} from '@/lib/routes';
import {
  articleImageUrl,
  articleUrl,
  authorUrl,
  categoriesUrl,
  categoryFeedUrl,
  categoryImageUrl,
  categoryUrl,
  childSitemapUrl,
  feedUrls,
  homeUrl,
  newsUrl,
  sitemapUrl,
  tagUrl,
} from '@/lib/urls';
import {
  DRAFT,
  justBefore,
  NEWEST_MOMENT,
  PUBLISHED,
  PUBLISHED_TAGS,
  SCHEDULED,
  SCHEDULED_MOMENT,
  SITE_NOW,
  siteContent,
} from './helpers/site-fixture';

// The fixture site at 2026-06-01 (tests/fixtures/site/README.md): 25 published articles, 9 a
// page; field-notes 11, ada-quill 10 and workflow 10 articles (2 pages each); dormant,
// dana-holt, unreleased and someday hold only the draft or the scheduled article.
const index: RouteIndex = routeIndexOf(siteContent(), false);
const live = liveRoutesAt(index, SITE_NOW);
const exists = (path: string, at: LiveRoutes = live) => pathExists(path, at);

describe('the route index', () => {
  it('holds every article that is or will be visible, and no draft', () => {
    expect(index.articles.map((article) => article.slug).sort()).toEqual([...PUBLISHED, SCHEDULED].sort());
    expect(index.pageSize).toBe(9);
    expect(index.categories).toEqual(['field-notes', 'tooling', 'interfaces', 'almanac', 'dormant']);
    expect(index.authors).toEqual(['ada-quill', 'bao-tran', 'cyrus-vale', 'dana-holt']);
    expect(index.articles.find((article) => article.slug === SCHEDULED)).toEqual({
      slug: SCHEDULED,
      visibleFrom: SCHEDULED_MOMENT.getTime(),
      category: 'dormant',
      author: 'ada-quill',
      tags: ['someday'],
      lang: 'en',
    });
  });

  it('holds the draft too while previewing, visible from the start', () => {
    const preview = routeIndexOf(siteContent(), true);
    expect(preview.articles).toHaveLength(27);
    expect(preview.articles.find((article) => article.slug === DRAFT)?.visibleFrom).toBe(-Infinity);
    const all = liveRoutesAt(preview, SITE_NOW);
    for (const path of [`/news/${DRAFT}`, `/news/${SCHEDULED}`, '/category/dormant', '/authors/dana-holt', '/tags/unreleased', '/tags/someday']) {
      expect(exists(path, all), path).toBe(true);
    }
  });
});

describe('articles', () => {
  it('knows every visible article, and nothing else under /news/<slug>', () => {
    expect([...live.articleSlugs()].sort()).toEqual([...PUBLISHED].sort());
    for (const slug of PUBLISHED) expect(exists(`/news/${slug}`), slug).toBe(true);
    expect(exists('/news/this-story-does-not-exist')).toBe(false);
    expect(exists('/news/the-end-of-day-handoff')).toBe(false);
  });

  it('does not know the draft or the scheduled article', () => {
    expect(live.hasArticle(DRAFT)).toBe(false);
    expect(live.hasArticle(SCHEDULED)).toBe(false);
    expect(exists(`/news/${DRAFT}`)).toBe(false);
    expect(exists(`/news/${SCHEDULED}`)).toBe(false);
  });

  it('keeps /news/page for the archive: no article may take that slug', () => {
    expect(RESERVED_ARTICLE_SLUGS).toEqual(['page']);
    expect(exists('/news/page')).toBe(false);
  });

  it("gives an article's share card the article's existence", () => {
    expect(exists('/news/keeping-a-build-journal/opengraph-image')).toBe(true);
    expect(exists('/news/the-winter-release-calendar/opengraph-image')).toBe(true);
    expect(exists(`/news/${DRAFT}/opengraph-image`)).toBe(false);
    expect(exists(`/news/${SCHEDULED}/opengraph-image`)).toBe(false);
    expect(exists('/news/this-story-does-not-exist/opengraph-image')).toBe(false);
  });

  it('has nothing below an article but its share card', () => {
    expect(exists('/news/keeping-a-build-journal/extra')).toBeNull();
  });
});

describe('listing pages', () => {
  it('counts each listing from the visible articles', () => {
    expect(live.listingSize('news')).toBe(25);
    expect(['field-notes', 'tooling', 'interfaces', 'almanac', 'dormant'].map((slug) => live.listingSize('category', slug))).toEqual([11, 8, 5, 1, 0]);
    expect(['ada-quill', 'bao-tran', 'cyrus-vale', 'dana-holt'].map((slug) => live.listingSize('author', slug))).toEqual([10, 9, 3, 0]);
    expect(['workflow', 'testing', 'typography', 'typescript', 'unreleased', 'someday'].map((slug) => live.listingSize('tag', slug))).toEqual([10, 4, 3, 2, 0, 0]);
    expect(live.listingPages('news')).toBe(3);
    expect(live.listingPages('category', 'field-notes')).toBe(2);
    expect(live.listingPages('category', 'tooling')).toBe(1);
    expect(live.listingPages('category', 'dormant')).toBe(0);
  });

  it.each([
    ['the archive', '/news', 3],
    ['a category', '/category/field-notes', 2],
    ['an author', '/authors/ada-quill', 2],
    ['a tag', '/tags/workflow', 2],
    ['a one-page category', '/category/tooling', 1],
    ['a one-page author', '/authors/cyrus-vale', 1],
    ['a one-page tag', '/tags/testing', 1],
  ])('%s has pages 1..N exactly (%s, %i pages)', (_name, base, pages) => {
    expect(exists(base)).toBe(true);
    for (let page = 2; page <= pages; page++) expect(exists(`${base}/page/${page}`), `page ${page}`).toBe(true);
    expect(exists(`${base}/page/${pages + 1}`), 'past the end').toBe(false);
    expect(exists(`${base}/page/999999`), 'far past the end').toBe(false);
    for (const segment of ['1', '01', '02', '0', '-1', 'x', '2.0', '1e1', '%31']) {
      expect(exists(`${base}/page/${segment}`), segment).toBe(false);
    }
  });

  it('does not know unknown listings', () => {
    for (const path of ['/category/field-note', '/category/field-note/page/2', '/authors/nobody', '/authors/nobody/page/2', '/tags/no-such-tag', '/tags/no-such-tag/page/2']) {
      expect(exists(path), path).toBe(false);
    }
  });

  it('does not know empty listings: a declared section or author, or a tag, with no visible article', () => {
    for (const path of ['/category/dormant', '/authors/dana-holt', '/tags/unreleased', '/tags/someday', '/category/dormant/page/2']) {
      expect(exists(path), path).toBe(false);
    }
    expect(live.listingSlugs('category')).toEqual(['field-notes', 'tooling', 'interfaces', 'almanac']);
    expect(live.listingSlugs('author')).toEqual(['ada-quill', 'bao-tran', 'cyrus-vale']);
    expect(live.listingSlugs('tag')).toEqual(PUBLISHED_TAGS);
  });

  it("gives a category's feed and share card the category's existence", () => {
    for (const slug of ['field-notes', 'tooling', 'interfaces', 'almanac']) {
      expect(exists(`/category/${slug}/feed.xml`), slug).toBe(true);
      expect(exists(`/category/${slug}/opengraph-image`), slug).toBe(true);
    }
    for (const slug of ['dormant', 'nope']) {
      expect(exists(`/category/${slug}/feed.xml`), slug).toBe(false);
      expect(exists(`/category/${slug}/opengraph-image`), slug).toBe(false);
    }
    expect(routes.categoryFeed.instances(live)).toEqual([{ slug: 'field-notes' }, { slug: 'tooling' }, { slug: 'interfaces' }, { slug: 'almanac' }]);
    expect(routes.categoryImage.instances(live)).toEqual(routes.categoryFeed.instances(live));
  });
});

describe('percent-encoding', () => {
  it('decodes segments as the pages receive them', () => {
    expect(exists('/category/field%2Dnotes')).toBe(true);
    expect(exists('/news/the%2Dend%2Dof%2Dday%2Dhandoff%2Dnote')).toBe(true);
    expect(exists('/tags/work%66low/page/2')).toBe(true);
    expect(exists('/news/page/%33')).toBe(true); // the page reads '3'
    expect(matchRoute('/tags/%C4%91%E1%BB%8Bnh%20d%E1%BA%A1ng')).toMatchObject({ route: listings.tag.first, params: { slug: 'định dạng' } });
    // The Vietnamese tag's URL is its slug, not its label.
    expect(exists('/tags/%C4%91%E1%BB%8Bnh%20d%E1%BA%A1ng')).toBe(false);
    expect(exists('/tags/dinh-dang')).toBe(true);
    expect(exists('/news/caf%C3%A9')).toBe(false);
  });

  it('reads a malformed encoding in a route\'s segment as naming nothing that exists', () => {
    for (const path of ['/news/%E0%A4%A', '/category/%', '/tags/%ZZ/page/2', '/news/page/%E0']) {
      expect(matchRoute(path), path).toBeNull();
      expect(exists(path), path).toBe(false);
    }
    expect(exists('/no-route/%E0'), 'a path no route has').toBeNull();
  });
});

describe('paths outside the content', () => {
  it('knows the fixed routes, which always exist', () => {
    for (const path of ['/', '/categories', '/search', '/feed.xml', '/feed.json', '/sitemap.xml', '/robots.txt', '/ads.txt']) {
      expect(exists(path), path).toBe(true);
    }
  });

  it('leaves every path it does not know to the router', () => {
    for (const path of ['/about', '/_next/x', '/_next/static/chunks/main.js', '/images/articles/keeping-a-build-journal.webp', '/news/', '/category', '/tags', '/favicon.ico', '']) {
      expect(exists(path), path).toBeNull();
    }
  });

  it('knows child sitemaps only once the sitemap outgrows one file', () => {
    expect(childSitemapCount(live)).toBe(0);
    expect(childSitemapCount(live, 10)).toBe(7); // 68 pages in files of 10
    expect(exists('/sitemaps/0.xml')).toBe(false);
    expect(routes.childSitemap.instances(live)).toEqual([]);
  });
});

describe('URL builders', () => {
  it('build the paths of each kind', () => {
    expect(homeUrl()).toBe('/');
    expect(newsUrl()).toBe('/news');
    expect(newsUrl(1)).toBe('/news');
    expect(newsUrl(3)).toBe('/news/page/3');
    expect(articleUrl('keeping-a-build-journal')).toBe('/news/keeping-a-build-journal');
    expect(articleImageUrl('keeping-a-build-journal')).toBe('/news/keeping-a-build-journal/opengraph-image');
    expect(categoriesUrl()).toBe('/categories');
    expect(categoryUrl('field-notes')).toBe('/category/field-notes');
    expect(categoryUrl('field-notes', 2)).toBe('/category/field-notes/page/2');
    expect(categoryFeedUrl('field-notes')).toBe('/category/field-notes/feed.xml');
    expect(categoryImageUrl('field-notes')).toBe('/category/field-notes/opengraph-image');
    expect(tagUrl('workflow', 2)).toBe('/tags/workflow/page/2');
    expect(authorUrl('ada-quill')).toBe('/authors/ada-quill');
    expect(feedUrls).toEqual({ rss: '/feed.xml', json: '/feed.json' });
    expect(sitemapUrl()).toBe('/sitemap.xml');
    expect(childSitemapUrl(2)).toBe('/sitemaps/2.xml');
  });

  it('round-trip through match: each URL is read back as its own route and params', () => {
    const cases: [string, { route: unknown; params: Record<string, string> }][] = [
      ['/', { route: routes.home, params: {} }],
      [newsUrl(), { route: listings.news.first, params: {} }],
      [newsUrl(2), { route: listings.news.later, params: { page: '2' } }],
      [articleUrl('keeping-a-build-journal'), { route: routes.article, params: { slug: 'keeping-a-build-journal' } }],
      [articleImageUrl('a-b'), { route: routes.articleImage, params: { slug: 'a-b' } }],
      [categoryUrl('field-notes'), { route: listings.category.first, params: { slug: 'field-notes' } }],
      [categoryUrl('field-notes', 2), { route: listings.category.later, params: { slug: 'field-notes', page: '2' } }],
      [categoryFeedUrl('tooling'), { route: routes.categoryFeed, params: { slug: 'tooling' } }],
      [categoryImageUrl('tooling'), { route: routes.categoryImage, params: { slug: 'tooling' } }],
      [tagUrl('workflow'), { route: listings.tag.first, params: { slug: 'workflow' } }],
      [tagUrl('workflow', 2), { route: listings.tag.later, params: { slug: 'workflow', page: '2' } }],
      [authorUrl('ada-quill'), { route: listings.author.first, params: { slug: 'ada-quill' } }],
      [authorUrl('ada-quill', 2), { route: listings.author.later, params: { slug: 'ada-quill', page: '2' } }],
      [categoriesUrl(), { route: routes.categories, params: {} }],
      [feedUrls.rss, { route: routes.rss, params: {} }],
      [feedUrls.json, { route: routes.jsonFeed, params: {} }],
      [sitemapUrl(), { route: routes.sitemap, params: {} }],
      [childSitemapUrl(0), { route: routes.childSitemap, params: { file: '0.xml' } }],
    ];
    for (const [url, expected] of cases) {
      const match = matchRoute(url);
      expect(match?.route, url).toBe(expected.route);
      expect(match?.params, url).toEqual(expected.params);
    }
  });

  it('encode what a path segment cannot hold, and match decodes it back', () => {
    const slug = 'café & crème/2';
    const url = tagUrl(slug, 2);
    expect(url).toBe('/tags/caf%C3%A9%20%26%20cr%C3%A8me%2F2/page/2');
    expect(matchRoute(url)).toEqual({ route: listings.tag.later, params: { slug, page: '2' } });
  });

  it('are what the sitemap lists: every instance builds a URL that exists', () => {
    for (const { route, params } of live.sitemapPages()) {
      const url = route.url(params);
      expect(matchRoute(url)?.route, url).toBe(route);
      expect(exists(url), url).toBe(true);
    }
  });
});

describe('the sitemap pages', () => {
  it('lists each page that exists once: home, the archive, articles, topics, listings and their pages', () => {
    const urls = live.sitemapPages().map(({ route, params }) => route.url(params));
    expect(new Set(urls).size).toBe(urls.length);
    expect([...urls].sort()).toEqual(
      [
        '/',
        '/news',
        '/news/page/2',
        '/news/page/3',
        ...PUBLISHED.map((slug) => `/news/${slug}`),
        '/categories',
        '/category/field-notes',
        '/category/field-notes/page/2',
        '/category/tooling',
        '/category/interfaces',
        '/category/almanac',
        ...PUBLISHED_TAGS.map((slug) => `/tags/${slug}`),
        '/tags/workflow/page/2',
        '/authors/ada-quill',
        '/authors/ada-quill/page/2',
        '/authors/bao-tran',
        '/authors/cyrus-vale',
      ].sort(),
    );
    expect(urls).toHaveLength(70);
    expect(urls.slice(0, 2)).toEqual(['/', '/news']);
  });

  it('is computed once per edition', () => {
    expect(live.sitemapPages()).toBe(live.sitemapPages());
  });
});

describe('editions of the routes around the scheduled moment', () => {
  const before = liveRoutesAt(index, justBefore(SCHEDULED_MOMENT));
  const at = liveRoutesAt(index, SCHEDULED_MOMENT);

  it('lets the scheduled article and its listings in at its moment, to the millisecond', () => {
    for (const path of [`/news/${SCHEDULED}`, `/news/${SCHEDULED}/opengraph-image`, '/category/dormant', '/category/dormant/feed.xml', '/tags/someday']) {
      expect(exists(path, before), path).toBe(false);
      expect(exists(path, at), path).toBe(true);
    }
    expect(before.listingSize('author', 'ada-quill')).toBe(10);
    expect(at.listingSize('author', 'ada-quill')).toBe(11);
    expect(at.listingSize('news')).toBe(26);
    expect(exists('/news/page/3', at)).toBe(true);
    expect(exists('/news/page/4', at)).toBe(false);
    expect(at.listingSlugs('category')).toEqual(['field-notes', 'tooling', 'interfaces', 'almanac', 'dormant']);
    expect(at.sitemapPages().map(({ route, params }) => route.url(params))).toEqual(
      expect.arrayContaining([`/news/${SCHEDULED}`, '/category/dormant', '/tags/someday']),
    );
    expect(before.sitemapPages().map(({ route, params }) => route.url(params)).join('\n')).not.toMatch(/dormant|someday|distant-almanac/);
  });

  it('never lets the draft in', () => {
    const far = liveRoutesAt(index, new Date('2999-01-01T00:00:00Z'));
    expect(exists(`/news/${DRAFT}`, far)).toBe(false);
    expect(exists('/authors/dana-holt', far)).toBe(false);
    expect(exists('/tags/unreleased', far)).toBe(false);
  });

  it('brackets each moment with the edition it belongs to', () => {
    expect(live.from).toBe(NEWEST_MOMENT.getTime());
    expect(live.until).toBe(SCHEDULED_MOMENT.getTime());
    expect(before.from).toBe(NEWEST_MOMENT.getTime());
    expect(before.until).toBe(SCHEDULED_MOMENT.getTime());
    expect(at.from).toBe(SCHEDULED_MOMENT.getTime());
    expect(at.until).toBe(Infinity);
    const beforeAll = liveRoutesAt(index, new Date('2024-01-01T00:00:00Z'));
    expect(beforeAll.from).toBe(-Infinity);
    expect(beforeAll.until).toBe(new Date('2025-01-02T00:00:00+07:00').getTime());
    expect(exists('/news', beforeAll)).toBe(false);
  });

  it('reuses an edition for every moment inside it, and starts a new one when a moment passes', () => {
    const first = liveRoutesAt(index, SITE_NOW);
    expect(liveRoutesAt(index, new Date('2030-01-01T00:00:00Z'))).toBe(first);
    expect(liveRoutesAt(index, justBefore(SCHEDULED_MOMENT))).toBe(first);
    const next = liveRoutesAt(index, SCHEDULED_MOMENT);
    expect(next).not.toBe(first);
    expect(liveRoutesAt(index, new Date('2100-01-01T00:00:00Z'))).toBe(next);
  });
});
