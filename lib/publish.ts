/**
 * The publishing step of `next build`: compiles the content folder once, in the build's main
 * process, and writes the artifact every build worker and every production server reads.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeArtifact } from './artifact';
import { checkContent, type ContentOptions, type ContentReport } from './content/loader';
import { publicationOf } from './publication';
import { buildSearchIndex, serializeSearchIndex } from './search';

export interface PublishOptions extends ContentOptions {
  /** The artifact folder, inside the build's output. */
  outDir: string;
  /** The moment that decides what is scheduled, for the checks (the build's clock). */
  now?: Date;
}

/**
 * Compiles the content into the artifact at `outDir`. When any problem is an error nothing is
 * written; the report lists every problem either way.
 */
export function publish({ outDir, now = new Date(), ...options }: PublishOptions): ContentReport {
  const report = checkContent(options, now);
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

/**
 * Adds the artifact's files to the server's file trace (`next-server.js.nft.json`), the list
 * of files a deployment of the server must carry: the standalone output copies them with the
 * rest. Next writes its traces while compiling, before the content is published, so the
 * artifact joins the list afterwards.
 */
export function traceArtifact(distDir: string, artifactDir: string): void {
  const traceFile = path.join(distDir, 'next-server.js.nft.json');
  if (!existsSync(traceFile)) return;
  const trace = JSON.parse(readFileSync(traceFile, 'utf8')) as { files: string[] };
  const files = readdirSync(artifactDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(distDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  trace.files = [...new Set([...trace.files, ...files])];
  writeFileSync(traceFile, JSON.stringify(trace));
}
