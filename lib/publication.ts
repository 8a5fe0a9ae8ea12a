/**
 * The publication: the compiled content every page, feed and index reads. It comes from one
 * of two places, and nothing downstream knows which:
 *
 * - in production (`next build` workers, `next start`, the standalone server): the artifact
 *   the build wrote into its output folder (lib/artifact.ts), never the content folder;
 * - everywhere else (`next dev`, tests, scripts): the content folder, compiled in memory and
 *   compiled again when a file changes (lib/content/watch.ts).
 */
import { artifactDirectory, readArtifactBody, readArtifactPublication, readArtifactSearchIndex } from './artifact';
import type { Article, ArticleBody, Author, Category, CompiledContent } from './content/model';
import type { Problem } from './content/problems';
import { previewUnpublished, visibleFrom } from './content/visibility';
import { routeIndexOf, type RouteIndex } from './routes';

export interface Publication {
  compiledAt: Date;
  /** Sections in display order, empty ones included. */
  categories: readonly Category[];
  authors: readonly Author[];
  /** Every article readers can ever see from this publication, newest first; drafts only while previewing. */
  articles: readonly Article[];
  routeIndex: RouteIndex;
  /** The rendered body of one of `articles`, or null for any other slug. */
  body(slug: string): ArticleBody | null;
  /** The search index serialised at build, or null when it is to be built from the bodies. */
  serializedSearchIndex(): string | null;
}

/** The publication of compiled content held in memory: drafts are dropped unless previewing. */
export function publicationOf(content: CompiledContent, { preview = previewUnpublished, compiledAt = new Date() } = {}): Publication {
  const articles = content.articles.filter((article) => visibleFrom(article, preview) !== null);
  const slugs = new Set(articles.map((article) => article.slug));
  return {
    compiledAt,
    categories: content.categories,
    authors: content.authors,
    articles,
    routeIndex: routeIndexOf({ articles, categories: content.categories, authors: content.authors }, preview),
    body: (slug) => (slugs.has(slug) ? (content.bodies.get(slug) ?? null) : null),
    serializedSearchIndex: () => null,
  };
}

/** Bodies kept in memory by a production server: the pages being re-rendered and the feeds' newest. */
const BODY_CACHE_SIZE = 200;

function artifactPublication(dir: string): Publication {
  const { compiledAt, categories, authors, articles } = readArtifactPublication(dir);
  const slugs = new Set(articles.map((article) => article.slug));
  const bodies = new Map<string, ArticleBody>();
  return {
    compiledAt,
    categories,
    authors,
    articles,
    // The same index the build wrote beside it (routes.json), from the same articles.
    routeIndex: routeIndexOf({ articles, categories, authors }, false),
    body(slug) {
      if (!slugs.has(slug)) return null;
      let body = bodies.get(slug);
      if (body) {
        bodies.delete(slug); // re-inserted below: the map's order is least recently used first
      } else {
        body = readArtifactBody(dir, slug);
        if (bodies.size >= BODY_CACHE_SIZE) bodies.delete(bodies.keys().next().value as string);
      }
      bodies.set(slug, body);
      return body;
    },
    serializedSearchIndex: () => readArtifactSearchIndex(dir),
  };
}

// On globalThis, not in module scope: Next bundles lib/ into more than one layer (server
// components, SSR, route handlers), and each copy of this module would otherwise read again.
const CACHE_KEY = Symbol.for('nowletus.publication');
const globalCache = globalThis as typeof globalThis & { [CACHE_KEY]?: { dir: string; publication: Publication } };

/** The build's publication, read from its artifact once per process. */
function builtPublication(): Publication {
  const dir = artifactDirectory();
  const cached = globalCache[CACHE_KEY];
  if (cached?.dir === dir) return cached.publication;
  const publication = artifactPublication(dir);
  globalCache[CACHE_KEY] = { dir, publication };
  return publication;
}

/**
 * The publication this process serves. In production it is read from the build's artifact,
 * once; elsewhere the content folder ($CONTENT_DIR, default ./content) is compiled, and
 * compiled again after a change. When the content folder has errors it rejects with a
 * ContentError listing every problem, except under `next dev`: there it keeps serving the
 * last publication without errors (or an empty one), and getContentProblems() says why.
 */
export async function getPublication(): Promise<Publication> {
  if (process.env.NODE_ENV === 'production') return builtPublication();
  // Never bundled into a production server: the branch, and the loader with it, is dropped.
  const { watchedContent } = await import('./content/watch');
  const { publication, error } = watchedContent();
  if (error && process.env.NODE_ENV !== 'development') throw error;
  return publication;
}

/**
 * Why the content folder cannot be published right now, for the page `next dev` shows editors
 * instead of the site: every problem, errors first, then warnings, each in file and line order.
 * Empty when the content has no errors (warnings alone do not stop it), and always in
 * production, whose publication was built without any.
 */
export async function getContentProblems(): Promise<readonly Problem[]> {
  if (process.env.NODE_ENV === 'production') return [];
  const { watchedContent } = await import('./content/watch');
  const problems = watchedContent().error?.problems ?? [];
  return [...problems.filter((problem) => problem.severity === 'error'), ...problems.filter((problem) => problem.severity !== 'error')];
}
