import { z } from 'zod';
import { parseContentDate } from '../dates';
import { LANGUAGES } from './model';
import { unknownMessage } from './suggest';

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Tags an article may carry: more stop helping readers and only dilute the tag pages. */
export const MAX_TAGS = 20;

/** Image files a page may show: raster formats only (an SVG or HTML file could carry script). */
export const IMAGE_EXTENSIONS = ['webp', 'avif', 'png', 'jpg', 'jpeg', 'gif'] as const;

/**
 * Why a site path cannot be an article image, or null when it can: it must be a plain path
 * under /images/ (no ?query or #fragment, which the image optimiser refuses) to a raster file.
 */
export function imagePathProblem(field: string, sitePath: string): string | null {
  if (!sitePath.startsWith('/images/')) return `${field} must be a path under /images/`;
  if (/[?#]/.test(sitePath)) return `${field} '${sitePath}' must be a plain file path, without ?query or #fragment`;
  const extension = /\.([a-z0-9]+)$/i.exec(sitePath)?.[1]?.toLowerCase();
  if (!extension || !(IMAGE_EXTENSIONS as readonly string[]).includes(extension)) {
    return `${field} '${sitePath}' must be a raster image (${IMAGE_EXTENSIONS.join(', ')}); SVG and other files are not allowed`;
  }
  return null;
}

/** What the frontmatter schema needs to know about the rest of the content. */
export interface SchemaContext {
  categorySlugs: readonly string[];
  authorSlugs: readonly string[];
  /** Whether a site path such as /images/x.webp names a file in public/. */
  publicFileExists: (sitePath: string) => boolean;
  timeZone: string;
}

function text(field: string, max: number) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `${field} is required` : `${field} must be text`) })
    .trim()
    .min(1, { error: `${field} must not be empty` })
    .max(max, { error: (issue) => `${field} is ${String(issue.input).length} characters, the limit is ${max}` });
}

function flag(field: string) {
  return z.boolean({ error: `${field} must be true or false` }).optional();
}

function contentDate(field: string, timeZone: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined ? `${field} is required` : `${field} must be a date such as 2026-03-14, in quotes if needed`,
    })
    .transform((value, ctx) => {
      const date = parseContentDate(value.trim(), timeZone);
      if (!date) {
        ctx.addIssue({
          code: 'custom',
          message: `${field} '${value}' is not a valid date: use YYYY-MM-DD or an ISO date-time such as 2026-03-14T09:30:00+07:00`,
        });
        return z.NEVER;
      }
      return date;
    });
}

function reference(field: string, what: string, slugs: readonly string[]) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `${field} is required` : `${field} must be a slug`) })
    .refine((value) => slugs.includes(value), { error: (issue) => unknownMessage(what, String(issue.input), slugs) });
}

function httpsUrl(field: string) {
  return z
    .string({ error: `${field} must be text` })
    .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
      error: (issue) => `${field} '${String(issue.input)}' must be an https:// URL`,
    });
}

/** The frontmatter contract of SPEC.md section 1, bound to the declared categories and authors. */
export function frontmatterSchema(context: SchemaContext) {
  return z
    .strictObject({
      title: text('title', 160),
      description: text('description', 320),
      date: contentDate('date', context.timeZone),
      updated: contentDate('updated', context.timeZone).optional(),
      category: reference('category', 'category', context.categorySlugs),
      tags: z
        .array(text('each tag', 40), { error: 'tags must be a list, such as [design, tooling]' })
        .max(MAX_TAGS, { error: (issue) => `tags has ${(issue.input as unknown[]).length} entries, the limit is ${MAX_TAGS}: keep the ones readers would browse` })
        .optional(),
      author: reference('author', 'author', context.authorSlugs).optional(),
      image: z
        .string({ error: 'image must be a path such as /images/articles/my-story.webp' })
        .superRefine((value, ctx) => {
          const problem = imagePathProblem('image', value);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
          else if (!context.publicFileExists(value)) {
            ctx.addIssue({ code: 'custom', message: `image '${value}' does not exist in public/: add the file at public${value} or fix the path` });
          }
        })
        .optional(),
      imageAlt: text('imageAlt', 300).optional(),
      source: z
        .strictObject(
          { name: text('source.name', 120), url: httpsUrl('source.url').optional() },
          { error: 'source must have a name and optionally a url, such as { name: Hacker News, url: https://… }' },
        )
        .optional(),
      featured: flag('featured'),
      draft: flag('draft'),
      ads: flag('ads'),
      lang: z.enum(LANGUAGES, { error: (issue) => `lang '${String(issue.input)}' is not a language of the site: use ${LANGUAGES.join(' or ')}` }).optional(),
      translationOf: slug('translationOf').optional(),
    })
    // `when` runs these cross-field rules even when another field failed, so one run reports everything.
    .refine((data) => data.image === undefined || data.imageAlt !== undefined, {
      path: ['image'],
      error: 'imageAlt is required when image is set (describe the picture for readers who cannot see it)',
      when: () => true,
    })
    .refine((data) => !(data.date instanceof Date && data.updated instanceof Date) || data.updated >= data.date, {
      path: ['updated'],
      error: 'updated must not be before date',
      when: () => true,
    });
}

export type Frontmatter = z.output<ReturnType<typeof frontmatterSchema>>;

/** All keys an article may use, for "did you mean" hints on unknown keys. */
export const FRONTMATTER_KEYS = [
  'title', 'description', 'date', 'updated', 'category', 'tags', 'author',
  'image', 'imageAlt', 'source', 'featured', 'draft', 'ads', 'lang', 'translationOf',
] as const;

const slug = (field: string) =>
  z
    .string({ error: `${field} is required` })
    .regex(SLUG_PATTERN, { error: (issue) => `${field} '${String(issue.input)}' must be lowercase letters, digits and single hyphens` });

export const categorySchema = z.strictObject({
  slug: slug('slug'),
  name: text('name', 60),
  description: text('description', 320),
});

export const authorSchema = z.strictObject({
  slug: slug('slug'),
  name: text('name', 80),
  bio: text('bio', 600).optional(),
  avatar: z
    .string({ error: 'avatar must be a path such as /images/authors/name.webp' })
    .superRefine((value, ctx) => {
      const problem = imagePathProblem('avatar', value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
  url: httpsUrl('url').optional(),
});

export type Category = z.output<typeof categorySchema>;
export type Author = z.output<typeof authorSchema>;

/** Whole-file shapes, for tools that read the lists without line-level reporting. */
export const categoriesFileSchema = z.array(categorySchema, { error: 'categories.yml must be a list of categories' });
export const authorsFileSchema = z.array(authorSchema, { error: 'authors.yml must be a list of authors' });
