import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { JsonLd } from '@/components/json-ld';
import { articleCrumbs, categoryCrumbs } from '@/lib/breadcrumbs';
import { siteConfig } from '@/lib/config';
import { breadcrumbListJsonLd, newsArticleJsonLd, serializeJsonLd } from '@/lib/structured-data';
import { parseHtml } from './helpers/html';
import { fixtureArticle, fixtureContent } from './helpers/seo-fixture';

const origin = siteConfig.url;

/** Renders the component as a page would and reads the JSON back out of the script element. */
function jsonLdFromPage(data: object): unknown[] {
  const html = `<html><head>${renderToStaticMarkup(createElement(JsonLd, { data }))}</head><body></body></html>`;
  return parseHtml(html)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.innerHTML) as unknown);
}

describe('newsArticleJsonLd', () => {
  it("has Google's required and recommended NewsArticle properties", () => {
    const [data] = jsonLdFromPage(newsArticleJsonLd(fixtureArticle('monorepo-tools')));
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'The monorepo tooling we use',
      description: 'Workspaces, a task runner with caching & one TypeScript configuration: <the dull setup> that works.',
      image: [`${origin}/images/articles/monorepo.png`],
      datePublished: '2026-03-10T00:00:00+07:00',
      dateModified: '2026-03-12T09:30:00+07:00',
      author: [{ '@type': 'Person', name: 'Sam Okafor', url: `${origin}/authors/sam-okafor` }],
      publisher: {
        '@type': 'Organization',
        name: siteConfig.name,
        url: `${origin}/`,
        logo: { '@type': 'ImageObject', url: `${origin}/apple-icon`, width: 180, height: 180 },
      },
      mainEntityOfPage: { '@type': 'WebPage', '@id': `${origin}/news/monorepo-tools` },
      url: `${origin}/news/monorepo-tools`,
      articleSection: 'Dev Tools',
      keywords: ['tooling', 'TypeScript', 'workflow'],
      wordCount: expect.any(Number),
      inLanguage: siteConfig.language,
      isAccessibleForFree: true,
    });
  });

  it('uses the generated card when there is no hero, and dates equal when never updated', () => {
    const data = newsArticleJsonLd(fixtureArticle('studio-in-saigon'));
    expect(data.image).toEqual([`${origin}/news/studio-in-saigon/opengraph-image`]);
    expect(data.datePublished).toBe('2026-04-02T08:15:00+07:00');
    expect(data.dateModified).toBe(data.datePublished);
  });

  it('credits the publication when an article has no author', () => {
    expect(newsArticleJsonLd(fixtureArticle('script-in-title')).author).toEqual([{ '@type': 'Organization', name: siteConfig.name, url: `${origin}/` }]);
  });
});

describe('breadcrumbListJsonLd', () => {
  it('numbers the trail from 1 with absolute item URLs', () => {
    const article = fixtureArticle('monorepo-tools');
    expect(breadcrumbListJsonLd(articleCrumbs(article))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: `${origin}/` },
        { '@type': 'ListItem', position: 2, name: 'News', item: `${origin}/news` },
        { '@type': 'ListItem', position: 3, name: 'Dev Tools', item: `${origin}/category/dev-tools` },
        { '@type': 'ListItem', position: 4, name: 'The monorepo tooling we use', item: `${origin}/news/monorepo-tools` },
      ],
    });
  });

  it('works for a listing trail', () => {
    const category = fixtureContent().categories[0]!;
    const list = breadcrumbListJsonLd(categoryCrumbs(category)).itemListElement as { item: string }[];
    expect(list.at(-1)?.item).toBe(`${origin}/category/${category.slug}`);
  });
});

describe('serializeJsonLd and <JsonLd>', () => {
  it('cannot be closed early by a title containing </script>', () => {
    const article = fixtureArticle('script-in-title');
    const json = serializeJsonLd(newsArticleJsonLd(article));
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(newsArticleJsonLd(article))));

    const html = renderToStaticMarkup(createElement(JsonLd, { data: [newsArticleJsonLd(article), breadcrumbListJsonLd(articleCrumbs(article))] }));
    expect(html.match(/<\/script/g)).toHaveLength(1);
    const root = parseHtml(`<body>${html}</body>`);
    expect(root.querySelectorAll('script')).toHaveLength(1);
    const [news, crumbs] = JSON.parse(root.querySelector('script')!.innerHTML) as { headline?: string; '@type': string }[];
    expect(news?.headline).toBe('Why </script> in a title & other "quotes" must be escaped');
    expect(crumbs?.['@type']).toBe('BreadcrumbList');
  });

  it('escapes line and paragraph separators too', () => {
    expect(serializeJsonLd({ a: 'x\u2028y\u2029z' })).toBe('{"a":"x\\u2028y\\u2029z"}');
  });
});
