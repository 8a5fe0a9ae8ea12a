import type { Metadata } from 'next';
import { absoluteUrl } from './urls';

interface PageMetadataInput {
  title: string;
  description: string;
  path: string;
}

/** The metadata every route shares: title, description and canonical URL. */
export function pageMetadata({ title, description, path }: PageMetadataInput): Metadata {
  return {
    title,
    description,
    alternates: { canonical: absoluteUrl(path) },
  };
}
