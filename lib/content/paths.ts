/** Where a run finds the content: light, so next.config.ts can ask without loading the loader. */
import path from 'node:path';

export interface ContentOptions {
  /** Folder holding articles/, categories.yml and authors.yml. Default: $CONTENT_DIR, else ./content */
  contentDir?: string;
  /** Folder that site paths such as /images/x.webp resolve in. Default: public/ beside the content folder. */
  publicDir?: string;
}

/** The content folder a run uses: the option, else $CONTENT_DIR, else ./content. */
export function contentDirectory(option?: string): string {
  return path.resolve(/* turbopackIgnore: true */ option ?? process.env.CONTENT_DIR ?? 'content');
}

/**
 * The folders a run reads. A site folder holds content/ and public/ side by side (the project
 * itself, or a test fixture), so public/ defaults to the content folder's sibling.
 */
export function resolveContentOptions(options: ContentOptions = {}): Required<ContentOptions> {
  const contentDir = contentDirectory(options.contentDir);
  const publicDir = options.publicDir ? path.resolve(/* turbopackIgnore: true */ options.publicDir) : path.join(path.dirname(contentDir), 'public');
  return { contentDir, publicDir };
}
