import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import slugify from '@sindresorhus/slugify';
import matter from 'gray-matter';
import { imageSize } from 'image-size';
import type { z } from 'zod';
import { currentTime } from '../clock';
import { siteConfig } from '../config';
import { renderMarkdown, readingMinutes, type ImageSize } from '../markdown';
import { checkArticles } from './checks';
import { byLocation, ContentError, type Problem, type Severity } from './problems';
import {
  authorSchema,
  categorySchema,
  FRONTMATTER_KEYS,
  frontmatterSchema,
  SLUG_PATTERN,
  type Author,
  type Category,
  type Frontmatter,
} from './schema';
import { suggest } from './suggest';
import { parseYaml, type ParsedYaml } from './yaml';

export type { Author, Category } from './schema';

export interface Tag {
  slug: string;
  label: string;
}

export interface ArticleImage extends ImageSize {
  src: string;
  alt: string;
}

/** A finished article: validated frontmatter reshaped for pages, plus computed fields. */
export interface Article
  extends Omit<Frontmatter, 'category' | 'author' | 'tags' | 'image' | 'imageAlt' | 'source' | 'updated' | 'featured' | 'draft' | 'ads'> {
  slug: string;
  /** Source file relative to the working directory, for messages. */
  file: string;
  updated: Date | null;
  category: Category;
  author: Author | null;
  tags: Tag[];
  image: ArticleImage | null;
  source: { name: string; url: string | null } | null;
  featured: boolean;
  draft: boolean;
  ads: boolean;
  /** Sanitised body HTML; two parts when the body is long enough for the in-body ad. */
  htmlParts: string[];
  /** The body as plain text, one block per line. */
  text: string;
  words: number;
  readingMinutes: number;
  internalLinks: { url: string; line: number }[];
  bodyImages: { src: string; line: number; found: boolean }[];
  /** File line of each frontmatter key present, for messages about the whole article. */
  lines?: Record<string, number>;
}

export interface Content {
  /** Every article, drafts and scheduled ones included, newest first. */
  articles: Article[];
  categories: Category[];
  authors: Author[];
  /** Problems that do not stop publishing. */
  warnings: Problem[];
}

export interface ContentOptions {
  /** Folder holding articles/, categories.yml and authors.yml. Default: ./content */
  contentDir?: string;
  /** Folder that site paths such as /images/x.webp resolve in. Default: ./public */
  publicDir?: string;
}

export interface ContentReport {
  content: Content | null;
  problems: Problem[];
}

interface Context {
  contentDir: string;
  publicDir: string;
  problems: Problem[];
  /** Image sizes by site path: many articles share an image, each file is read once. */
  imageSizes: Map<string, ImageSize | null>;
}

function report(context: Context, file: string, line: number, message: string, severity: Severity = 'error'): void {
  context.problems.push({ file: path.relative(process.cwd(), file) || file, line, message, severity });
}

function resolveOptions(options: ContentOptions): { contentDir: string; publicDir: string } {
  return {
    contentDir: options.contentDir ? path.resolve(/* turbopackIgnore: true */ options.contentDir) : path.join(process.cwd(), 'content'),
    publicDir: options.publicDir ? path.resolve(/* turbopackIgnore: true */ options.publicDir) : path.join(process.cwd(), 'public'),
  };
}

/** The file a site path such as /images/a.webp names, or null when it would leave public/. */
function publicFile(publicDir: string, sitePath: string): string | null {
  const file = path.join(publicDir, decodeURI(sitePath.split(/[?#]/)[0] ?? ''));
  return file.startsWith(publicDir + path.sep) ? file : null;
}

function publicFileExists(publicDir: string, sitePath: string): boolean {
  try {
    const file = publicFile(publicDir, sitePath);
    return file !== null && existsSync(file) && statSync(file).isFile();
  } catch {
    return false; // malformed percent-encoding
  }
}

function imageSizeOf(publicDir: string, sitePath: string): ImageSize | null {
  let file: string | null;
  try {
    file = publicFile(publicDir, sitePath);
  } catch {
    return null; // malformed percent-encoding
  }
  if (!file || !existsSync(file) || !statSync(file).isFile()) return null;
  try {
    const { width, height } = imageSize(readFileSync(file));
    return width && height ? { width, height } : null;
  } catch {
    return null;
  }
}

function sizeOf(context: Context, sitePath: string): ImageSize | null {
  if (!context.imageSizes.has(sitePath)) context.imageSizes.set(sitePath, imageSizeOf(context.publicDir, sitePath));
  return context.imageSizes.get(sitePath) ?? null;
}

type FrontmatterSchema = ReturnType<typeof frontmatterSchema>;

function reportIssues(context: Context, file: string, yaml: ParsedYaml, issues: z.core.$ZodIssue[], offset = 0): void {
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const line = yaml.lineOf([...issue.path, key]) ?? 1;
        const hint = issue.path.length === 0 ? suggest(key, FRONTMATTER_KEYS) : null;
        report(context, file, line + offset, `unknown field '${key}'${hint ? `, did you mean '${hint}'?` : ''}`);
      }
      continue;
    }
    const line = yaml.lineOf(issue.path) ?? 1;
    report(context, file, line + offset, issue.message);
  }
}

function readListFile<T extends { slug: string }>(context: Context, name: string, schema: z.ZodType<T>, required: boolean): T[] {
  const file = path.join(context.contentDir, name);
  if (!existsSync(file)) {
    if (required) report(context, file, 1, `${name} is missing: declare the site's sections there`);
    return [];
  }
  const yaml = parseYaml(readFileSync(file, 'utf8'));
  for (const error of yaml.errors) report(context, file, error.line, `YAML syntax error: ${error.message}`);
  if (yaml.errors.length) return [];
  if (!Array.isArray(yaml.data ?? [])) {
    report(context, file, 1, `${name} must be a list of entries, each starting with "- slug: ..."`);
    return [];
  }
  // Entries are checked one by one: a bad entry is reported without hiding the good ones.
  const items: T[] = [];
  const seen = new Set<string>();
  ((yaml.data ?? []) as unknown[]).forEach((entry, index) => {
    const result = schema.safeParse(entry);
    if (!result.success) {
      reportIssues(context, file, yaml, result.error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] })));
      return;
    }
    if (seen.has(result.data.slug)) {
      report(context, file, yaml.lineOf([index, 'slug']) ?? 1, `duplicate slug '${result.data.slug}'`);
      return;
    }
    seen.add(result.data.slug);
    items.push(result.data);
  });
  return items;
}

function readArticle(context: Context, file: string, schema: FrontmatterSchema, categories: Category[], authors: Author[]): Article | null {
  const slug = path.basename(file, '.md');
  if (!SLUG_PATTERN.test(slug)) {
    report(context, file, 1, `file name '${slug}.md' is not a valid slug: use lowercase letters, digits and single hyphens (e.g. ${slugify(slug) || 'my-article'}.md)`);
  }

  const source = readFileSync(file, 'utf8');
  if (!/^---\r?\n/.test(source)) {
    report(context, file, 1, 'missing frontmatter: the file must start with a --- line, then the fields, then another --- line');
    return null;
  }
  if (!/\r?\n---[ \t]*(\r?\n|$)/.test(source.slice(3))) {
    report(context, file, 1, 'frontmatter is not closed: add a --- line after the last field');
    return null;
  }
  // gray-matter only splits the file; the YAML is parsed by parseYaml to keep line numbers.
  const parsed = matter(source, { engines: { yaml: () => ({}) } });
  // The frontmatter text starts on the line of the opening ---, so its lines are file lines.
  const frontmatterYaml = parseYaml(parsed.matter);
  for (const error of frontmatterYaml.errors) report(context, file, error.line, `YAML syntax error: ${error.message}`);
  if (frontmatterYaml.errors.length) return null;
  const fields = frontmatterYaml.data ?? {};
  if (typeof fields !== 'object' || Array.isArray(fields)) {
    report(context, file, 1, 'frontmatter must be a set of "field: value" lines');
    return null;
  }

  const result = schema.safeParse(fields);
  if (!result.success) {
    reportIssues(context, file, frontmatterYaml, result.error.issues);
    return null;
  }
  const data = result.data;
  const category = categories.find((candidate) => candidate.slug === data.category);
  if (!category) return null; // the schema has already reported the unknown category

  const bodyStartLine = source.slice(0, source.length - parsed.content.length).split('\n').length - 1;
  const rendered = renderMarkdown(parsed.content, {
    imageSize: (sitePath) => sizeOf(context, sitePath),
    splitAfterParagraph: data.ads === false ? undefined : siteConfig.ads.inBodyAfterParagraph,
  });
  const atFileLine = <T extends { line: number }>(item: T): T => ({ ...item, line: item.line + bodyStartLine });
  const heroSize = data.image ? sizeOf(context, data.image) : null;

  return {
    slug,
    file: path.relative(process.cwd(), file),
    title: data.title,
    description: data.description,
    date: data.date,
    updated: data.updated ?? null,
    category,
    author: authors.find((author) => author.slug === data.author) ?? null,
    tags: uniqueTags(data.tags ?? []),
    image: data.image && heroSize ? { src: data.image, alt: data.imageAlt ?? '', ...heroSize } : null,
    source: data.source ? { name: data.source.name, url: data.source.url ?? null } : null,
    featured: data.featured ?? false,
    draft: data.draft ?? false,
    ads: data.ads ?? true,
    htmlParts: rendered.htmlParts,
    text: rendered.text,
    words: rendered.words,
    readingMinutes: readingMinutes(rendered.words),
    internalLinks: rendered.internalLinks.map(atFileLine),
    bodyImages: rendered.images.map(atFileLine),
    lines: Object.fromEntries(FRONTMATTER_KEYS.map((key) => [key, frontmatterYaml.lineOf([key]) ?? 0] as const).filter(([, line]) => line > 0)),
  };
}

function uniqueTags(labels: string[]): Tag[] {
  const tags = new Map<string, Tag>();
  for (const label of labels) {
    const slug = slugify(label, { decamelize: false });
    if (slug && !tags.has(slug)) tags.set(slug, { slug, label });
  }
  return [...tags.values()];
}

/** Newest first; ties broken by slug so every listing is deterministic. */
export function byNewest(a: Article, b: Article): number {
  return b.date.getTime() - a.date.getTime() || a.slug.localeCompare(b.slug);
}

/**
 * Reads and validates every content file, collecting every problem instead of stopping at
 * the first. `content` is null when any problem is an error.
 */
export function checkContent(options: ContentOptions = {}): ContentReport {
  const context: Context = { ...resolveOptions(options), problems: [], imageSizes: new Map() };
  const categories = readListFile(context, 'categories.yml', categorySchema, true);
  const authors = readListFile(context, 'authors.yml', authorSchema, false);

  // Built once per run: zod compiles each schema, which costs more than validating with it.
  const schema = frontmatterSchema({
    categorySlugs: categories.map((category) => category.slug),
    authorSlugs: authors.map((author) => author.slug),
    publicFileExists: (sitePath) => sizeOf(context, sitePath) !== null,
    timeZone: siteConfig.timeZone,
  });

  const articlesDir = path.join(context.contentDir, 'articles');
  const files = existsSync(articlesDir)
    ? readdirSync(articlesDir).filter((name) => name.endsWith('.md')).sort().map((name) => path.join(articlesDir, name))
    : [];
  if (files.length === 0) report(context, articlesDir, 1, 'no articles found: add a markdown file to content/articles');

  const articles = files
    .map((file) => readArticle(context, file, schema, categories, authors))
    .filter((article): article is Article => article !== null)
    .sort(byNewest);
  const publicFileAt = (sitePath: string) => publicFileExists(context.publicDir, sitePath);
  const fileSlugs = files.map((file) => path.basename(file, '.md'));
  context.problems.push(...checkArticles({ articles, fileSlugs, categories, authors, now: currentTime(), publicFileExists: publicFileAt }));

  const problems = context.problems.sort(byLocation);
  const hasErrors = problems.some((problem) => problem.severity === 'error');
  return {
    content: hasErrors ? null : { articles, categories, authors, warnings: problems },
    problems,
  };
}

// On globalThis, not in module scope: Next bundles the loader into more than one layer (server
// components and SSR), and each layer's copy of the module would otherwise load it again.
const CACHE_KEY = Symbol.for('nowletus.content-cache');
const globalCache = globalThis as typeof globalThis & { [CACHE_KEY]?: Map<string, { signature: string; content: Content }> };
const cache = (globalCache[CACHE_KEY] ??= new Map());

/** In development, a cheap fingerprint of the content files so edits show on reload. */
function signature(contentDir: string): string {
  if (process.env.NODE_ENV !== 'development') return '';
  const articlesDir = path.join(contentDir, 'articles');
  const files = existsSync(articlesDir) ? readdirSync(articlesDir).map((name) => path.join(articlesDir, name)) : [];
  return [...files, path.join(contentDir, 'categories.yml'), path.join(contentDir, 'authors.yml')]
    .map((file) => (existsSync(file) ? `${file}:${statSync(file).mtimeMs}` : file))
    .join('|');
}

/**
 * The validated content, read and parsed once per process (re-read in development when a
 * file changes). Throws a ContentError listing every problem when any is an error, so a
 * build with broken content publishes nothing.
 */
export function loadContent(options: ContentOptions = {}): Content {
  const { contentDir, publicDir } = resolveOptions(options);
  const key = `${contentDir}\0${publicDir}`;
  const currentSignature = signature(contentDir);
  const cached = cache.get(key);
  if (cached && cached.signature === currentSignature) return cached.content;

  const { content, problems } = checkContent({ contentDir, publicDir });
  if (!content) throw new ContentError(problems);
  cache.set(key, { signature: currentSignature, content });
  return content;
}
