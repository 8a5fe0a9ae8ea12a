/**
 * The build's artifact: the content compiled once by `next build` and written inside its
 * output folder, where a production server (and the standalone output) reads it. It is a
 * folder of JSON files:
 *
 *   publication.json   categories, authors and every article a reader may ever see (no drafts)
 *   routes.json        the route index: every URL the build will ever answer, with its moment
 *   search.json        the serialised full-text index
 *   bodies/<slug>.json each article's rendered body, read when its page is rendered
 *
 * This module only reads and writes those files; it must stay light (next.config.ts imports it).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Article, ArticleBody, Author, Category, CompiledContent } from './content/model';
import type { RouteIndex } from './routes';

/** Bumped whenever the files' shape changes, so a server never misreads an older build. */
const FORMAT = 1;

/** Where this build's artifact lives: next.config.ts writes its path, relative to the server's folder, into the server code. */
export function artifactDirectory(): string {
  const dir = process.env.PUBLICATION_DIR;
  if (!dir) throw new Error('PUBLICATION_DIR is not set: the artifact is read only by a server that `next build` compiled');
  return path.resolve(/* turbopackIgnore: true */ dir);
}

type StoredArticle = Omit<Article, 'date' | 'updated' | 'category' | 'author'> & {
  date: string;
  updated: string | null;
  category: string;
  author: string | null;
};

interface StoredPublication {
  format: number;
  compiledAt: string;
  categories: Category[];
  authors: Author[];
  articles: StoredArticle[];
}

/** The publication part of the artifact, as the pages read it. */
export interface ArtifactPublication {
  compiledAt: Date;
  categories: Category[];
  authors: Author[];
  articles: Article[];
}

function store(article: Article): StoredArticle {
  return {
    ...article,
    date: article.date.toISOString(),
    updated: article.updated?.toISOString() ?? null,
    category: article.category.slug,
    author: article.author?.slug ?? null,
  };
}

function revive(stored: StoredArticle, categories: Map<string, Category>, authors: Map<string, Author>): Article {
  const category = categories.get(stored.category);
  if (!category) throw new Error(`artifact: article ${stored.slug} names unknown category ${stored.category}`);
  return {
    ...stored,
    date: new Date(stored.date),
    updated: stored.updated ? new Date(stored.updated) : null,
    category,
    author: stored.author ? (authors.get(stored.author) ?? null) : null,
  };
}

export interface ArtifactInput {
  content: CompiledContent;
  /** The articles to publish: every one but the drafts. */
  articles: readonly Article[];
  routeIndex: RouteIndex;
  searchIndex: string;
  compiledAt: Date;
}

/**
 * Writes the artifact to `dir`, whole or not at all: the files go to a sibling folder that
 * replaces `dir` in one rename.
 */
export function writeArtifact(dir: string, input: ArtifactInput): void {
  const staging = `${dir}.staging`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(path.join(staging, 'bodies'), { recursive: true });
  const publication: StoredPublication = {
    format: FORMAT,
    compiledAt: input.compiledAt.toISOString(),
    categories: input.content.categories,
    authors: input.content.authors,
    articles: input.articles.map(store),
  };
  writeFileSync(path.join(staging, 'publication.json'), JSON.stringify(publication));
  writeFileSync(path.join(staging, 'routes.json'), JSON.stringify(input.routeIndex));
  writeFileSync(path.join(staging, 'search.json'), input.searchIndex);
  for (const article of input.articles) {
    const body = input.content.bodies.get(article.slug);
    if (body) writeFileSync(path.join(staging, 'bodies', `${article.slug}.json`), JSON.stringify(body));
  }
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
}

function readJson(dir: string, file: string): unknown {
  const location = path.join(dir, file);
  if (!existsSync(location)) {
    throw new Error(`The build's content is missing (${location}): run \`next build\` before \`next start\`.`);
  }
  return JSON.parse(readFileSync(location, 'utf8'));
}

export function readArtifactPublication(dir: string): ArtifactPublication {
  const stored = readJson(dir, 'publication.json') as StoredPublication;
  if (stored.format !== FORMAT) throw new Error(`The build's content at ${dir} has format ${stored.format}, expected ${FORMAT}: rebuild.`);
  const categories = new Map(stored.categories.map((category) => [category.slug, category]));
  const authors = new Map(stored.authors.map((author) => [author.slug, author]));
  return {
    compiledAt: new Date(stored.compiledAt),
    categories: stored.categories,
    authors: stored.authors,
    articles: stored.articles.map((article) => revive(article, categories, authors)),
  };
}

export function readArtifactRoutes(dir: string): RouteIndex {
  return readJson(dir, 'routes.json') as RouteIndex;
}

export function readArtifactSearchIndex(dir: string): string {
  return readFileSync(path.join(dir, 'search.json'), 'utf8');
}

/** An article's body; `slug` must be one the artifact publishes (the caller checks). */
export function readArtifactBody(dir: string, slug: string): ArticleBody {
  return readJson(dir, path.join('bodies', `${slug}.json`)) as ArticleBody;
}

/**
 * Moves an artifact compiled before Next cleaned its output folder into that folder
 * (<distDir>/publication), and adds its files to the server's file trace
 * (next-server.js.nft.json): the standalone output copies what that trace lists.
 */
export function installArtifact(staged: string, distDir: string): void {
  const target = path.join(distDir, 'publication');
  rmSync(target, { recursive: true, force: true });
  renameSync(staged, target);
  const traceFile = path.join(distDir, 'next-server.js.nft.json');
  if (!existsSync(traceFile)) return;
  const trace = JSON.parse(readFileSync(traceFile, 'utf8')) as { files: string[] };
  const files = readdirSync(target, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(distDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  trace.files = [...new Set([...trace.files, ...files])];
  writeFileSync(traceFile, JSON.stringify(trace));
}
