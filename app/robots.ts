import type { MetadataRoute } from 'next';
import { absoluteUrl, newsSitemapUrl, sitemapUrl } from '@/lib/urls';

// Everything may be crawled, /search included: its pages say noindex, and a crawler has to
// fetch a page to see that (a Disallow would leave bare, linked search URLs indexable).
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: [absoluteUrl(sitemapUrl()), absoluteUrl(newsSitemapUrl())],
  };
}
