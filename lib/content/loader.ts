/**
 * The one door to the content folder: reads every file, validates it against the schema,
 * renders the bodies and runs the checks that need the whole collection. Only the build (and
 * `next dev`, `npm run content:check`, the editor tools) come here; a production server reads
 * the build's artifact instead (lib/publication.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import slugify from '@sindresorhus/slugify';
import matter from 'gray-matter';
import { imageSize } from 'image-size';
import type { z } from 'zod';
import { currentTime } from '../clock';
import { siteConfig } from '../config';
import { readingMinutes, renderMarkdown, type ImageSize } from '../markdown';
import { checkArticles, type SourceArticle } from './checks';
import { byNewest, type ArticleBody, type CompiledContent, type Tag } from './model';
import { byLocation, ContentError, type Problem, type Severity } from './problems';
import { authorSchema, categorySchema, FRONTMATTER_KEYS, frontmatterSchema, SLUG_PATTERN, type Author, type Category } from './schema';
import { resolveContentOptions, type ContentOptions } from './paths';
import { suggest } from './suggest';
import { forbiddenCharacters, forbiddenTextMessage } from './text-hygiene';
import { parseYaml, stringsIn, type ParsedYaml } from './yaml';

export { contentDirectory, resolveContentOptions, type ContentOptions } from './paths';

export interface ContentReport {
  /** The compiled content, or null when any problem is an error. */
  content: CompiledContent | null;
  /** Every problem found, errors and warnings, in file and line order. */
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

/** The file a site path such as /images/a.webp names, or null when it would leave public/. */
function publicFile(publicDir: string, sitePath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURI(sitePath.split(/[?#]/)[0] ?? '');
  } catch {
    return null; // malformed percent-encoding
  }
  const file = path.join(publicDir, decoded);
  return file.startsWith(publicDir + path.sep) && existsSync(file) && statSync(file).isFile() ? file : null;
}

function imageSizeOf(publicDir: string, sitePath: string): ImageSize | null {
  const file = publicFile(publicDir, sitePath);
  if (!file) return null;
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

function reportIssues(context: Context, file: string, yaml: ParsedYaml, issues: z.core.$ZodIssue[]): void {
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const line = yaml.lineOf([...issue.path, key]) ?? 1;
        const hint = issue.path.length === 0 ? suggest(key, FRONTMATTER_KEYS) : null;
        report(context, file, line, `unknown field '${key}'${hint ? `, did you mean '${hint}'?` : ''}`);
      }
      continue;
    }
    report(context, file, yaml.lineOf(issue.path) ?? 1, issue.message);
  }
}

/** Reports every string of parsed YAML that holds a character no published text may hold; true when clean. */
function checkText(context: Context, file: string, yaml: ParsedYaml): boolean {
  let clean = true;
  for (const { path: at, value } of stringsIn(yaml.data)) {
    const characters = forbiddenCharacters(value);
    if (characters.length === 0) continue;
    clean = false;
    const field = at.filter((segment) => typeof segment === 'string').join('.') || 'this entry';
    report(context, file, yaml.lineOf(at) ?? 1, forbiddenTextMessage(field, characters));
  }
  return clean;
}

/**
 * The valid entries of a list file, and the slugs it declares: those of its invalid entries
 * too, so an article naming one is not also told the slug is unknown (one mistake, one message).
 */
function readListFile<T extends { slug: string }>(context: Context, name: string, schema: z.ZodType<T>, required: boolean): { items: T[]; declared: string[] } {
  const file = path.join(context.contentDir, name);
  const none = { items: [], declared: [] };
  if (!existsSync(file)) {
    if (required) report(context, file, 1, `${name} is missing: declare the site's sections there`);
    return none;
  }
  const yaml = parseYaml(readFileSync(file, 'utf8'));
  for (const error of yaml.errors) report(context, file, error.line, error.message);
  if (yaml.errors.length || !checkText(context, file, yaml)) return none;
  if (!Array.isArray(yaml.data ?? [])) {
    report(context, file, 1, `${name} must be a list of entries, each starting with "- slug: ..."`);
    return none;
  }
  // Entries are checked one by one: a bad entry is reported without hiding the good ones.
  const items: T[] = [];
  const declared: string[] = [];
  const seen = new Set<string>();
  ((yaml.data ?? []) as unknown[]).forEach((entry, index) => {
    const slug = (entry as { slug?: unknown } | null)?.slug;
    if (typeof slug === 'string') declared.push(slug);
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
  return { items, declared };
}

function readArticle(context: Context, file: string, schema: FrontmatterSchema, categories: Category[], authors: Author[]): SourceArticle | null {
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
  for (const error of frontmatterYaml.errors) report(context, file, error.line, error.message);
  if (frontmatterYaml.errors.length) return null;
  const bodyStartLine = source.slice(0, source.length - parsed.content.length).split('\n').length - 1;
  const cleanBody = checkBodyText(context, file, parsed.content, bodyStartLine);
  if (!checkText(context, file, frontmatterYaml) || !cleanBody) return null;
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

  const rendered = renderMarkdown(parsed.content, { imageSize: (sitePath) => sizeOf(context, sitePath) });
  const atFileLine = <T extends { line: number }>(item: T): T => ({ ...item, line: item.line + bodyStartLine });
  const heroSize = data.image ? sizeOf(context, data.image) : null;
  const body: ArticleBody = { blocks: rendered.blocks, headings: rendered.headings, text: rendered.text };

  return {
    article: {
      slug,
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
      lang: data.lang ?? siteConfig.language,
      translationOf: data.translationOf ?? null,
      words: rendered.words,
      readingMinutes: readingMinutes(rendered.words),
    },
    body,
    file: path.relative(process.cwd(), file),
    lines: Object.fromEntries(FRONTMATTER_KEYS.map((key) => [key, frontmatterYaml.lineOf([key]) ?? 0] as const).filter(([, line]) => line > 0)),
    internalLinks: rendered.internalLinks.map(atFileLine),
    bodyImages: rendered.images.map(atFileLine),
  };
}

/** Each author's avatar must be a file in public/ (its format is the schema's to check). */
function checkAvatars(context: Context, authors: readonly Author[]): void {
  const file = path.join(context.contentDir, 'authors.yml');
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
  for (const author of authors) {
    if (!author.avatar || sizeOf(context, author.avatar)) continue;
    const line = lines.findIndex((text) => text.includes(`avatar: ${author.avatar}`) || text.includes(`avatar: "${author.avatar}"`)) + 1;
    report(context, file, line || 1, `avatar '${author.avatar}' of ${author.slug} does not exist in public/: add the file at public${author.avatar} or fix the path`);
  }
}

/** Reports each body line holding a forbidden character (terminal colours pasted into a code block); true when clean. */
function checkBodyText(context: Context, file: string, body: string, firstLine: number): boolean {
  let clean = true;
  body.split('\n').forEach((line, index) => {
    const characters = forbiddenCharacters(line);
    if (characters.length === 0) return;
    clean = false;
    report(context, file, firstLine + index + 1, forbiddenTextMessage('this line', characters));
  });
  return clean;
}

function uniqueTags(labels: string[]): Tag[] {
  const tags = new Map<string, Tag>();
  for (const label of labels) {
    const slug = slugify(label, { decamelize: false });
    if (slug && !tags.has(slug)) tags.set(slug, { slug, label });
  }
  return [...tags.values()];
}

/**
 * readArticle, with anything unforeseen (a file that cannot be read, a parser giving up)
 * reported as a problem of that file rather than a stack trace that names none.
 */
function readArticleSafely(...args: Parameters<typeof readArticle>): SourceArticle | null {
  try {
    return readArticle(...args);
  } catch (error) {
    // Deleted since the folder was listed (an editor's save in progress): it is not there.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    const [context, file] = args;
    report(context, file, 1, `this file could not be read: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

/** What reading the articles needs: the list files read, the schema built, the files found. */
interface Prepared {
  context: Context;
  categories: Category[];
  authors: Author[];
  schema: FrontmatterSchema;
  /** Every article file, sorted by name. */
  files: string[];
}

function prepare(options: ContentOptions): Prepared {
  const context: Context = { ...resolveContentOptions(options), problems: [], imageSizes: new Map() };
  const { items: categories, declared: categorySlugs } = readListFile(context, 'categories.yml', categorySchema, true);
  const { items: authors, declared: authorSlugs } = readListFile(context, 'authors.yml', authorSchema, false);
  checkAvatars(context, authors);

  // Built once per run: zod compiles each schema, which costs more than validating with it.
  const schema = frontmatterSchema({
    categorySlugs,
    authorSlugs,
    publicFileExists: (sitePath) => sizeOf(context, sitePath) !== null,
    timeZone: siteConfig.timeZone,
  });

  const articlesDir = path.join(context.contentDir, 'articles');
  const files = existsSync(articlesDir)
    ? readdirSync(articlesDir).filter((name) => name.endsWith('.md')).sort().map((name) => path.join(articlesDir, name))
    : [];
  if (files.length === 0) report(context, articlesDir, 1, 'no articles found: add a markdown file to content/articles');
  return { context, categories, authors, schema, files };
}

function readArticles({ context, schema, categories, authors }: Prepared, files: readonly string[]): SourceArticle[] {
  return files.map((file) => readArticleSafely(context, file, schema, categories, authors)).filter((source): source is SourceArticle => source !== null);
}

/** The checks that need every article, then the report. */
function finish({ context, categories, authors, files }: Prepared, read: SourceArticle[], now: Date): ContentReport {
  const sources = read.sort((a, b) => byNewest(a.article, b.article));
  context.problems.push(
    ...checkArticles({
      sources,
      fileSlugs: files.map((file) => path.basename(file, '.md')),
      categories,
      authors,
      now,
      publicFileExists: (sitePath) => publicFile(context.publicDir, sitePath) !== null,
    }),
  );

  const problems = context.problems.sort(byLocation);
  const hasErrors = problems.some((problem) => problem.severity === 'error');
  const content: CompiledContent = {
    categories,
    authors,
    articles: sources.map((source) => source.article),
    bodies: new Map(sources.map((source) => [source.article.slug, source.body])),
  };
  return { content: hasErrors ? null : content, problems };
}

/**
 * Reads, validates and renders the whole content folder, collecting every problem instead of
 * stopping at the first. `content` is null when any problem is an error.
 */
export function checkContent(options: ContentOptions = {}, now: Date = currentTime()): ContentReport {
  const prepared = prepare(options);
  return finish(prepared, readArticles(prepared, prepared.files), now);
}

/** One share of the articles read in a worker: what it found, and the problems of those files. */
export interface ArticleShare {
  sources: SourceArticle[];
  problems: Problem[];
}

/** Reads `files` (a share of the folder's articles) for checkContentWith; run in a worker. */
export function readArticleShare(options: ContentOptions, files: readonly string[]): ArticleShare {
  const prepared = prepare(options);
  const before = prepared.context.problems.length; // the list files' problems: the caller reports those
  const sources = readArticles(prepared, files);
  return { sources, problems: prepared.context.problems.slice(before) };
}

/**
 * checkContent with the articles read by `readShares` (e.g. in worker threads, a share each,
 * through readArticleShare): the same report, faster on several cores. The articles' section
 * and author records are those of this process, as checkContent gives them.
 */
export async function checkContentWith(
  options: ContentOptions,
  now: Date,
  readShares: (files: string[]) => Promise<ArticleShare[]>,
): Promise<ContentReport> {
  const prepared = prepare(options);
  const shares = await readShares(prepared.files);
  const categories = new Map(prepared.categories.map((category) => [category.slug, category]));
  const authors = new Map(prepared.authors.map((author) => [author.slug, author]));
  const sources = shares.flatMap((share) => share.sources);
  for (const { article } of sources) {
    article.category = categories.get(article.category.slug) ?? article.category;
    if (article.author) article.author = authors.get(article.author.slug) ?? article.author;
  }
  prepared.context.problems.push(...shares.flatMap((share) => share.problems));
  return finish(prepared, sources, now);
}

/** The compiled content, or a ContentError listing every problem when any is an error. */
export function compileContent(options: ContentOptions = {}, now: Date = currentTime()): CompiledContent {
  const { content, problems } = checkContent(options, now);
  if (!content) throw new ContentError(problems);
  return content;
}
