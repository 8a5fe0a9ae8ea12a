import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/articles';
import { siteConfig } from '@/lib/config';
import {
  absoluteHtmlUrls,
  categoryFeedOptions,
  FEED_SIZE,
  getCategoryRss,
  getSiteJsonFeed,
  getSiteRss,
  jsonFeed,
  rssFeed,
  siteFeedOptions,
} from '@/lib/feeds';
import { isoDateTime } from '@/lib/seo';
import { parseHtml } from './helpers/html';
import {
  feedSource,
  fixtureArticle,
  fixtureContent,
  fixtureEdition,
  PUBLISHED_SLUGS,
  publishedFixture,
  syntheticArticles,
  UNPUBLISHED_SLUGS,
} from './helpers/seo-fixture';

const origin = siteConfig.url;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'category'].includes(name) });
const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

interface RssItem {
  title: string;
  link: string;
  guid: { '#text': string };
  pubDate: string;
  description: string;
  'content:encoded': string;
  'dc:creator'?: string;
  'atom:updated'?: string;
  category: { '#text': string; '@domain': string }[];
  enclosure?: { '@url': string; '@type': string };
}

function parseRss(xml: string) {
  const document = parser.parse(xml) as { rss: { '@version': string; channel: Record<string, unknown> & { item?: RssItem[] } } };
  return { rss: document.rss, channel: document.rss.channel, items: document.rss.channel.item ?? [] };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const slugOf = (link: string) => link.replace(`${origin}/news/`, '');
const bySlug = new Map(fixtureContent().articles.map((article) => [article.slug, article]));

function expectAbsoluteUrls(html: string) {
  const root = parseHtml(html);
  const urls = [...root.querySelectorAll('a[href]').map((a) => a.getAttribute('href')), ...root.querySelectorAll('img[src]').map((img) => img.getAttribute('src'))];
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) expect(url).toMatch(/^(https?:\/\/|mailto:)/);
}

describe('the RSS feed of the whole site', () => {
  const xml = getSiteRss(fixtureEdition());
  const { rss, channel, items } = parseRss(xml);

  it('is an RSS 2.0 channel describing the site, with absolute links', () => {
    expect(rss['@version']).toBe('2.0');
    expect(channel.title).toBe(siteConfig.name);
    expect(channel.link).toBe(`${origin}/`);
    expect(channel.language).toBe(siteConfig.language);
    expect(channel['atom:link']).toEqual([
      expect.objectContaining({ '@href': `${origin}/feed.xml`, '@rel': 'self' }),
      // WebSub: subscribers may ask the hub to push new items.
      { '@href': 'https://pubsubhubbub.appspot.com/', '@rel': 'hub' },
    ]);
    expect(String(channel.lastBuildDate)).toMatch(RFC_822);
    // The newest change in the feed (not the time of the build), so the document is stable.
    expect(new Date(String(channel.lastBuildDate)).toISOString()).toBe('2026-04-02T01:15:00.000Z');
  });

  it('carries every published article, newest first, and no draft or scheduled one', () => {
    expect(items.map((item) => slugOf(item.link))).toEqual(PUBLISHED_SLUGS);
    const links = items.map((item) => item.link);
    for (const slug of UNPUBLISHED_SLUGS) expect(links).not.toContain(`${origin}/news/${slug}`);
    expect(xml).not.toMatch(/draft-idea|future-launch|secret-tag/);
  });

  it('gives each item a permanent id, an RFC 822 date that round-trips, and its metadata', () => {
    for (const item of items) {
      const article = bySlug.get(slugOf(item.link))!;
      // Readers take an RSS title and description as HTML, so both carry the text HTML-escaped.
      expect(item.title).toBe(escapeHtml(article.title));
      expect(item.guid['#text']).toBe(`${origin}/news/${article.slug}`);
      expect(item.pubDate).toMatch(RFC_822);
      expect(new Date(item.pubDate).getTime()).toBe(article.date.getTime());
      expect(item.description).toBe(escapeHtml(article.description));
      expect(item.category[0]).toEqual({ '#text': article.category.name, '@domain': `${origin}/category/${article.category.slug}` });
      expect(item['dc:creator']).toBe(article.author?.name);
      // pubDate stays the publication; a later update is said with atom:updated.
      expect(item['atom:updated']).toBe(article.updated ? isoDateTime(article.updated) : undefined);
    }
    expect(items.filter((item) => item['atom:updated'])).not.toHaveLength(0);
    expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
  });

  it('keeps a title with markup characters intact: a reader decoding it as HTML gets the text back', () => {
    const item = items.find((candidate) => candidate.link.endsWith('/script-in-title'))!;
    expect(item.title).toBe('Why &lt;/script&gt; in a title &amp; other &quot;quotes&quot; must be escaped');
    const decoded = parseHtml(item.title);
    expect(decoded.querySelectorAll('*')).toHaveLength(0);
    expect(decoded.text).toBe('Why </script> in a title & other "quotes" must be escaped');
  });

  it('has the full body with absolute links and images, and text left untouched', () => {
    for (const item of items) expectAbsoluteUrls(item['content:encoded'] + '<a href="mailto:x@example.com">x</a>');
    const content = items.find((item) => item.link.endsWith('/monorepo-tools'))!['content:encoded'];
    const root = parseHtml(content);
    expect(root.querySelector('img')?.getAttribute('src')).toBe(`${origin}/images/body/diagram.png`);
    expect(root.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      `${origin}/news/studio-in-saigon`,
      `${origin}/news/monorepo-tools#user-content-fn-1`,
      'https://pnpm.io/workspaces',
      `${origin}/category/dev-tools`,
      `${origin}/news/monorepo-tools#user-content-fnref-1`,
    ]);
    // The code sample shows an href and a CDATA terminator as text; both survive as text.
    // (The parser keeps <pre> content raw, so the code's text is read from a parse of that.)
    expect(parseHtml(root.querySelector('pre')?.innerHTML ?? '').text).toContain('<a href="/not-a-link">]]> in a code block]]></a>');
  });

  it('attaches the hero image as an enclosure', () => {
    const item = items.find((candidate) => candidate.link.endsWith('/monorepo-tools'))!;
    expect(item.enclosure).toMatchObject({ '@url': `${origin}/images/articles/monorepo.png`, '@type': 'image/png' });
  });

  it(`holds at most the ${FEED_SIZE} newest articles`, () => {
    const many = syntheticArticles(fixtureArticle('typescript-notes'), FEED_SIZE + 10);
    const shuffled = [...many].reverse();
    const big = parseRss(rssFeed(feedSource(shuffled), siteFeedOptions())).items;
    expect(big).toHaveLength(FEED_SIZE);
    expect(big.map((item) => slugOf(item.link))).toEqual(many.slice(0, FEED_SIZE).map((article) => article.slug));
  });
});

describe('the RSS feed of a category', () => {
  const { channel, items } = parseRss(getCategoryRss(fixtureEdition(), 'engineering')!);

  it("names the category and links to the category's page and feed", () => {
    expect(channel.title).toBe(`Engineering — ${siteConfig.name}`);
    expect(channel.link).toBe(`${origin}/category/engineering`);
    expect(channel['atom:link']).toContainEqual(expect.objectContaining({ '@href': `${origin}/category/engineering/feed.xml`, '@rel': 'self' }));
  });

  it("carries only the category's published articles", () => {
    expect(items.map((item) => slugOf(item.link))).toEqual(['typescript-notes', 'script-in-title']);
  });

  it('does not exist for a category with nothing published, or an unknown one', () => {
    expect(getCategoryRss(fixtureEdition(), 'empty-section')).toBeNull();
    expect(getCategoryRss(fixtureEdition(), 'no-such-section')).toBeNull();
  });

  it('opens when the scheduled article goes live in its category', () => {
    expect(parseRss(getCategoryRss(fixtureEdition(), 'dev-tools')!).items.map((item) => slugOf(item.link))).toEqual(['monorepo-tools']);
    const later = parseRss(getCategoryRss(fixtureEdition(new Date('2027-01-01T00:00:00+07:00')), 'dev-tools')!);
    expect(later.items.map((item) => slugOf(item.link))).toEqual(['future-launch', 'monorepo-tools']);
  });

  it('is a valid, empty channel when given no articles', () => {
    const empty = fixtureContent().categories.find((candidate) => candidate.slug === 'empty-section')!;
    const parsed = parseRss(rssFeed(feedSource([]), categoryFeedOptions(empty)));
    expect(parsed.channel.title).toBe(`Empty Section — ${siteConfig.name}`);
    expect(parsed.items).toEqual([]);
  });
});

interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  content_html: string;
  summary: string;
  date_published: string;
  date_modified: string;
  authors?: { name: string; url: string }[];
  tags: string[];
  image?: string;
}

describe('the JSON feed of the whole site', () => {
  const feed = JSON.parse(getSiteJsonFeed(fixtureEdition())) as Record<string, unknown> & { items: JsonFeedItem[] };

  it('has the JSON Feed 1.1 top-level fields', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.title).toBe(siteConfig.name);
    expect(feed.home_page_url).toBe(`${origin}/`);
    expect(feed.feed_url).toBe(`${origin}/feed.json`);
    expect(feed.language).toBe(siteConfig.language);
    expect(feed.hubs).toEqual([{ type: 'WebSub', url: 'https://pubsubhubbub.appspot.com/' }]);
    expect(Array.isArray(feed.items)).toBe(true);
  });

  it('gives every item the required id and content, and no unpublished article', () => {
    expect(feed.items.map((item) => slugOf(item.url))).toEqual(PUBLISHED_SLUGS);
    for (const item of feed.items) {
      const article: Article = bySlug.get(slugOf(item.url))!;
      expect(typeof item.id).toBe('string');
      expect(item.id).toBe(`${origin}/news/${article.slug}`);
      expect(item.content_html.length).toBeGreaterThan(0);
      expectAbsoluteUrls(item.content_html + '<a href="https://example.com">x</a>');
      expect(item.title).toBe(article.title);
      expect(item.summary).toBe(article.description); // plain text, not HTML-escaped
      expect(new Date(item.date_published).getTime()).toBe(article.date.getTime());
      expect(new Date(item.date_modified).getTime()).toBe((article.updated ?? article.date).getTime());
      expect(item.tags[0]).toBe(article.category.name);
      if (article.author) expect(item.authors).toEqual([{ name: article.author.name, url: `${origin}/authors/${article.author.slug}` }]);
      else expect(item.authors).toBeUndefined();
    }
  });

  it('gives the hero image as an absolute URL', () => {
    expect(feed.items.find((item) => item.url.endsWith('/monorepo-tools'))?.image).toBe(`${origin}/images/articles/monorepo.png`);
  });

  it('is what jsonFeed writes for the published articles and their bodies', () => {
    expect(getSiteJsonFeed(fixtureEdition())).toBe(jsonFeed(feedSource(publishedFixture()), siteFeedOptions()));
  });
});

describe('absoluteHtmlUrls', () => {
  const base = 'https://news.example.com/news/a-story';

  it('resolves relative href and src values against the article URL', () => {
    expect(absoluteHtmlUrls('<a href="/x?a=1&#x26;b=2">x</a><img src="/i.png" alt="">', base)).toBe(
      '<a href="https://news.example.com/x?a=1&#x26;b=2">x</a><img src="https://news.example.com/i.png" alt="">',
    );
    expect(absoluteHtmlUrls('<a href="#note">n</a>', base)).toBe('<a href="https://news.example.com/news/a-story#note">n</a>');
    expect(absoluteHtmlUrls("<a href='other'>o</a>", base)).toBe('<a href="https://news.example.com/news/other">o</a>');
  });

  it('leaves absolute URLs, other schemes, other attributes and text alone', () => {
    const html = '<a href="https://a.example/x" title="href=&#x22;/y&#x22;">a</a><a href="mailto:x@example.com">m</a><p>href="/z" src="/w"</p>';
    expect(absoluteHtmlUrls(html, base)).toBe(html);
  });
});
