import { TZDate } from '@date-fns/tz';
import type { Metadata } from 'next';
import type { Article, Category } from './content/model';
import { siteConfig } from './config';
import { absoluteUrl, articleImageUrl, articleUrl, authorUrl, categoryImageUrl, feedUrls, siteImageUrl } from './urls';

/** Size of every generated Open Graph image (the size Facebook, LinkedIn and X crop least). */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;


export interface SocialImage {
  /** Site path or absolute URL. */
  url: string;
  width: number;
  height: number;
  alt: string;
}

export interface PageMetadataInput {
  title: string;
  description: string;
  /** Site path of the page, e.g. /news/page/2; the canonical URL is built from SITE_URL. */
  path: string;
  /** Use the title as it is, without the "%s | BRAND" template (the home page). */
  absoluteTitle?: boolean;
  type?: 'website' | 'article';
  publishedTime?: Date;
  modifiedTime?: Date;
  section?: string;
  tags?: string[];
  author?: { name: string; url: string };
  /** The social card; the site's generated default when omitted. */
  image?: SocialImage;
  /** Feeds of this page besides the site's own (a category's RSS). */
  feeds?: { title: string; path: string }[];
  noindex?: boolean;
  /** The page in each language (itself included), by language: hreflang alternates. */
  languages?: Record<string, string>;
  /** The page's own language, for Open Graph's locale. */
  lang?: string;
}

/** An instant as ISO 8601 with the site's UTC offset: 2026-10-22T00:00:00+07:00. */
export function isoDateTime(date: Date): string {
  return new TZDate(date, siteConfig.timeZone).toISOString().replace('.000', '');
}

/** The site's generated share card. */
export function siteSocialImage(): SocialImage {
  return { url: siteImageUrl(), ...OG_IMAGE_SIZE, alt: `${siteConfig.name} — ${siteConfig.tagline}` };
}

/** The article's hero image when it has one, otherwise its generated card. */
export function articleSocialImage(article: Article): SocialImage {
  if (article.image) {
    const { src, width, height, alt } = article.image;
    return { url: src, width, height, alt };
  }
  return { url: articleImageUrl(article.slug), ...OG_IMAGE_SIZE, alt: article.title };
}

export function categorySocialImage(category: Category): SocialImage {
  return { url: categoryImageUrl(category.slug), ...OG_IMAGE_SIZE, alt: `${category.name} — ${siteConfig.name}` };
}

/**
 * Every route's metadata, from one place: title and description, canonical URL, Open Graph
 * and Twitter cards, robots and the feed links. Images are always set explicitly, because a
 * page's own `openGraph` replaces its parents' wholesale (file-based images included).
 */
export function pageMetadata(input: PageMetadataInput): Metadata {
  const { title, description, path } = input;
  const url = absoluteUrl(path);
  const image = input.image ?? siteSocialImage();
  const images = [{ url: absoluteUrl(image.url), width: image.width, height: image.height, alt: image.alt }];
  const article = input.type === 'article';
  const feedTitle = siteConfig.name;

  return {
    title: input.absoluteTitle ? { absolute: title } : title,
    description,
    ...(input.author && { authors: [input.author] }),
    alternates: {
      canonical: url,
      ...(input.languages && { languages: Object.fromEntries(Object.entries(input.languages).map(([lang, path]) => [lang, absoluteUrl(path)])) }),
      types: {
        'application/rss+xml': [
          ...(input.feeds ?? []).map((feed) => ({ title: feed.title, url: absoluteUrl(feed.path) })),
          { title: feedTitle, url: absoluteUrl(feedUrls.rss) },
        ],
        'application/feed+json': [{ title: feedTitle, url: absoluteUrl(feedUrls.json) }],
      },
    },
    openGraph: {
      title,
      description,
      url,
      siteName: siteConfig.name,
      locale: input.lang === 'vi' ? 'vi_VN' : siteConfig.locale.replace('-', '_'),
      images,
      ...(article
        ? {
            type: 'article',
            publishedTime: input.publishedTime && isoDateTime(input.publishedTime),
            modifiedTime: input.modifiedTime && isoDateTime(input.modifiedTime),
            section: input.section,
            tags: input.tags,
            authors: input.author ? [input.author.url] : undefined,
          }
        : { type: 'website' }),
    },
    twitter: { card: 'summary_large_image', title, description, images },
    robots: input.noindex
      ? { index: false, follow: true }
      : { index: true, follow: true, 'max-image-preview': 'large', 'max-snippet': -1, 'max-video-preview': -1 },
  };
}

/**
 * The article page's metadata: Open Graph article fields, the hero (or generated) image, and
 * when it exists in more than one language, hreflang links to every version (itself too),
 * with the original as x-default.
 */
export function articleMetadata(article: Article, versions: readonly Article[] = [article]): Metadata {
  const original = versions.find((version) => version.translationOf === null) ?? article;
  const languages =
    versions.length > 1
      ? { ...Object.fromEntries(versions.map((version) => [version.lang, articleUrl(version.slug)])), 'x-default': articleUrl(original.slug) }
      : undefined;
  return pageMetadata({
    languages,
    lang: article.lang,
    title: article.title,
    description: article.description,
    path: articleUrl(article.slug),
    type: 'article',
    publishedTime: article.date,
    modifiedTime: article.updated ?? article.date,
    section: article.category.name,
    tags: article.tags.map((tag) => tag.label),
    author: article.author ? { name: article.author.name, url: absoluteUrl(authorUrl(article.author.slug)) } : undefined,
    image: articleSocialImage(article),
  });
}
