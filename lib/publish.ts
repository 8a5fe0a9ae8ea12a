/**
 * The publishing step of `next build`: compiles the content folder once, before anything is
 * compiled or rendered, and writes the artifact every build worker and every production
 * server reads.
 */
import { writeArtifact } from './artifact';
import { checkContent, checkContentWith, type ArticleShare, type ContentOptions, type ContentReport } from './content/loader';
import { publicationOf } from './publication';
import { buildSearchIndex, serializeSearchIndex } from './search';

export interface PublishOptions extends ContentOptions {
  /** The artifact folder, inside the build's output. */
  outDir: string;
  /** The moment that decides what is scheduled, for the checks (the build's clock). */
  now?: Date;
  /** Reads the articles in shares (on several cores, see scripts/publish.ts); one process reads them all without it. */
  readShares?: (files: string[]) => Promise<ArticleShare[]>;
}

/**
 * Compiles the content into the artifact at `outDir`. When any problem is an error nothing is
 * written; the report lists every problem either way.
 */
export async function publish({ outDir, now = new Date(), readShares, ...options }: PublishOptions): Promise<ContentReport> {
  const report = readShares ? await checkContentWith(options, now, readShares) : checkContent(options, now);
  if (!report.content) return report;
  const { content } = report;
  const publication = publicationOf(content, { preview: false, compiledAt: now });
  const search = buildSearchIndex(publication.articles, (slug) => content.bodies.get(slug)?.text ?? '');
  writeArtifact(outDir, {
    content,
    articles: publication.articles,
    routeIndex: publication.routeIndex,
    searchIndex: serializeSearchIndex(search),
    compiledAt: now,
  });
  return report;
}

