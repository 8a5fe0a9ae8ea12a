import type { Article } from './content/model';
import type { Crumb } from './breadcrumbs';
import { siteConfig } from './config';
import { articleSocialImage, isoDateTime } from './seo';
import { absoluteUrl, articleUrl, authorUrl, homeUrl } from './urls';

type Thing = { '@type': string } & Record<string, unknown>;

export interface JsonLdDocument extends Record<string, unknown> {
  '@context': 'https://schema.org';
  '@type': string;
}

/** Path of the publisher logo: the generated 180×180 PNG app icon (Google wants a raster logo). */
export const PUBLISHER_LOGO = { path: '/apple-icon', width: 180, height: 180 } as const;

function publisher(): Thing {
  return {
    '@type': 'Organization',
    name: siteConfig.name,
    url: absoluteUrl(homeUrl()),
    logo: { '@type': 'ImageObject', url: absoluteUrl(PUBLISHER_LOGO.path), width: PUBLISHER_LOGO.width, height: PUBLISHER_LOGO.height },
  };
}

function author(article: Article): Thing {
  if (!article.author) return { '@type': 'Organization', name: siteConfig.name, url: absoluteUrl(homeUrl()) };
  return {
    '@type': 'Person',
    name: article.author.name,
    url: absoluteUrl(authorUrl(article.author.slug)),
    ...(article.author.url && { sameAs: [article.author.url] }),
  };
}

/**
 * schema.org NewsArticle for an article page, with Google's recommended properties. The
 * image is the 16:9 hero, or the generated 1200×630 card when the article has none.
 */
export function newsArticleJsonLd(article: Article): JsonLdDocument {
  const url = absoluteUrl(articleUrl(article.slug));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.description,
    image: [absoluteUrl(articleSocialImage(article).url)],
    datePublished: isoDateTime(article.date),
    dateModified: isoDateTime(article.updated ?? article.date),
    author: [author(article)],
    publisher: publisher(),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    articleSection: article.category.name,
    keywords: article.tags.map((tag) => tag.label),
    wordCount: article.words,
    inLanguage: article.lang,
    isAccessibleForFree: true,
  };
}

/** schema.org BreadcrumbList from a breadcrumb trail, with absolute item URLs. */
export function breadcrumbListJsonLd(crumbs: readonly Crumb[]): JsonLdDocument {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(crumb.path),
    })),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element. `<`, `>` and `&` are written as
 * \u escapes (still the same JSON), so no title containing `</script>` can end the element.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
