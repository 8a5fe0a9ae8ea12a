import { describe, expect, it } from 'vitest';
import { siteConfig } from '@/lib/config';
import { articleMetadata, categorySocialImage, isoDateTime, pageMetadata } from '@/lib/seo';
import { socialImageText } from '@/lib/social-image';
import { fixtureArticle, fixtureContent } from './helpers/seo-fixture';

const origin = siteConfig.url;
const feeds = {
  'application/rss+xml': [{ title: siteConfig.name, url: `${origin}/feed.xml` }],
  'application/feed+json': [{ title: siteConfig.name, url: `${origin}/feed.json` }],
};

describe('pageMetadata', () => {
  const metadata = pageMetadata({ title: 'All news', description: 'Every story.', path: '/news/page/2' });

  it('sets the title, description and an absolute canonical URL', () => {
    expect(metadata.title).toBe('All news');
    expect(metadata.description).toBe('Every story.');
    expect(metadata.alternates?.canonical).toBe(`${origin}/news/page/2`);
  });

  it('links the site feeds', () => {
    expect(metadata.alternates?.types).toEqual(feeds);
  });

  it('describes the page for Open Graph and Twitter with the default generated card', () => {
    const image = { url: `${origin}/opengraph-image`, width: 1200, height: 630, alt: `${siteConfig.name} — ${siteConfig.tagline}` };
    expect(metadata.openGraph).toEqual({
      title: 'All news',
      description: 'Every story.',
      url: `${origin}/news/page/2`,
      siteName: siteConfig.name,
      locale: 'en_GB',
      type: 'website',
      images: [image],
    });
    expect(metadata.twitter).toEqual({ card: 'summary_large_image', title: 'All news', description: 'Every story.', images: [image] });
  });

  it('lets search engines index it with large image previews', () => {
    expect(metadata.robots).toMatchObject({ index: true, follow: true, 'max-image-preview': 'large' });
  });

  it('can opt out of indexing, keep a title out of the template, and add a category feed', () => {
    const search = pageMetadata({ title: 'Search', description: 'd', path: '/search', noindex: true });
    expect(search.robots).toEqual({ index: false, follow: true });
    expect(pageMetadata({ title: 'Home', description: 'd', path: '/', absoluteTitle: true }).title).toEqual({ absolute: 'Home' });
    const category = pageMetadata({ title: 'Dev Tools', description: 'd', path: '/category/dev-tools', feeds: [{ title: 'Dev Tools', path: '/category/dev-tools/feed.xml' }] });
    expect(category.alternates?.types?.['application/rss+xml']).toEqual([
      { title: 'Dev Tools', url: `${origin}/category/dev-tools/feed.xml` },
      ...feeds['application/rss+xml'],
    ]);
  });

  it('uses a given image', () => {
    const category = fixtureContent().categories[0]!;
    const metadata = pageMetadata({ title: 't', description: 'd', path: '/category/dev-tools', image: categorySocialImage(category) });
    expect(metadata.openGraph?.images).toEqual([{ url: `${origin}/category/dev-tools/opengraph-image`, width: 1200, height: 630, alt: `Dev Tools — ${siteConfig.name}` }]);
  });
});

describe('articleMetadata', () => {
  it('is an Open Graph article with times in the site offset, section, tags, author and the hero image', () => {
    const metadata = articleMetadata(fixtureArticle('monorepo-tools'));
    expect(metadata.alternates?.canonical).toBe(`${origin}/news/monorepo-tools`);
    expect(metadata.authors).toEqual([{ name: 'Sam Okafor', url: `${origin}/authors/sam-okafor` }]);
    expect(metadata.openGraph).toMatchObject({
      type: 'article',
      publishedTime: '2026-03-10T00:00:00+07:00',
      modifiedTime: '2026-03-12T09:30:00+07:00',
      section: 'Dev Tools',
      tags: ['tooling', 'TypeScript', 'workflow'],
      authors: [`${origin}/authors/sam-okafor`],
      images: [{ url: `${origin}/images/articles/monorepo.png`, width: 1600, height: 900, alt: 'A plain blue rectangle.' }],
    });
    expect(metadata.twitter).toMatchObject({ card: 'summary_large_image', images: [{ url: `${origin}/images/articles/monorepo.png` }] });
  });

  it("uses the article's generated card when it has no hero", () => {
    const metadata = articleMetadata(fixtureArticle('studio-in-saigon'));
    expect(metadata.openGraph?.images).toEqual([
      { url: `${origin}/news/studio-in-saigon/opengraph-image`, width: 1200, height: 630, alt: 'Building a studio in Ho Chi Minh City' },
    ]);
  });
});

describe('isoDateTime', () => {
  it("writes an instant in the site's offset", () => {
    expect(isoDateTime(new Date('2026-10-21T17:00:00Z'))).toBe('2026-10-22T00:00:00+07:00');
    expect(isoDateTime(new Date('2026-10-21T17:00:00.250Z'))).toBe('2026-10-22T00:00:00.250+07:00');
  });
});

describe('socialImageText', () => {
  it('keeps Latin and Vietnamese text and drops what the bundled font cannot draw', () => {
    expect(socialImageText('Thành phố Hồ Chí Minh — “quotes” & 100%')).toBe('Thành phố Hồ Chí Minh — “quotes” & 100%');
    expect(socialImageText('Launch 🚀 day ✨ 中文')).toBe('Launch day');
  });
});
