import slugify from '@sindresorhus/slugify';
import { Document, isMap, isScalar, isSeq } from 'yaml';
import { parseContentDate } from '../dates';
import { PLACEHOLDER_DESCRIPTION } from './checks';
import { SLUG_PATTERN } from './schema';
import { unknownMessage } from './suggest';

/** Slugs longer than this are cut at a word boundary: URLs stay readable and shareable. */
export const MAX_SLUG_LENGTH = 80;
const MAX_TITLE_LENGTH = 160;
const MAX_TAG_LENGTH = 40;

export interface NewArticleInput {
  title: string;
  category: string | undefined;
  tags?: readonly string[];
  author?: string;
  /** `YYYY-MM-DD` or an ISO date-time; default: `today`. */
  date?: string;
  /** Overrides the slug made from the title. */
  slug?: string;
}

export interface NewArticleContext {
  categorySlugs: readonly string[];
  authorSlugs: readonly string[];
  /** Slugs of the articles that already exist. */
  existingSlugs: readonly string[];
  /** Today in the site's time zone, `YYYY-MM-DD`. */
  today: string;
  /** The articles folder as the editor should read it in messages, e.g. content/articles. */
  articlesDir: string;
}

export type NewArticlePlan =
  | { ok: true; slug: string; file: string; text: string }
  | { ok: false; errors: string[] };

/** The slug of a title: ASCII, lowercase, hyphenated ("Đà Nẵng" -> "da-nang"), at most 80 characters. */
export function articleSlug(title: string): string {
  const slug = slugify(title, { decamelize: false });
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, MAX_SLUG_LENGTH);
}

/** "design, Vietnam ,,ux" -> ["design", "Vietnam", "ux"], without repeats. */
export function parseTags(raw: string | undefined): string[] {
  const tags = (raw ?? '').split(',').map((tag) => tag.trim()).filter(Boolean);
  return [...new Set(tags)];
}

/** An answer to a numbered-list prompt: the number shown, or the slug itself. */
export function resolveChoice(answer: string, slugs: readonly string[]): string | null {
  const trimmed = answer.trim();
  if (/^\d+$/.test(trimmed)) return slugs[Number(trimmed) - 1] ?? null;
  return slugs.includes(trimmed) ? trimmed : null;
}

export interface Choice {
  slug: string;
  name: string;
}

/** How the interactive mode talks to the editor; the script wires it to the terminal. */
export interface Prompter {
  ask: (question: string) => Promise<string>;
  say: (line: string) => void;
}

function listChoices(prompter: Prompter, heading: string, choices: readonly Choice[]): void {
  const width = Math.max(...choices.map((choice) => choice.slug.length));
  prompter.say(`\n${heading}`);
  choices.forEach((choice, index) => prompter.say(`  ${String(index + 1).padStart(2)}. ${choice.slug.padEnd(width)}  ${choice.name}`));
}

async function askChoice(prompter: Prompter, question: string, choices: readonly Choice[], optional: boolean): Promise<string | undefined> {
  for (;;) {
    const answer = (await prompter.ask(question)).trim();
    if (optional && answer === '') return undefined;
    const slug = resolveChoice(answer, choices.map((choice) => choice.slug));
    if (slug) return slug;
    prompter.say(`  Type a number from 1 to ${choices.length}${optional ? ', or press Enter for none' : ''}.`);
  }
}

/** Asks for the title, a category from a numbered list, tags and an author, re-asking until each answer is usable. */
export async function promptNewArticle(
  prompter: Prompter,
  options: { categories: readonly Choice[]; authors: readonly Choice[]; existingSlugs: readonly string[] },
): Promise<NewArticleInput> {
  let title = '';
  for (;;) {
    title = (await prompter.ask('Title: ')).trim();
    const slug = articleSlug(title);
    if (title && slug && !options.existingSlugs.includes(slug)) break;
    if (!title) prompter.say('  A title is needed.');
    else if (!slug) prompter.say('  That title has no letters or digits to make a file name from; try another.');
    else prompter.say(`  An article called ${slug}.md already exists; choose another title.`);
  }
  listChoices(prompter, 'Categories:', options.categories);
  const category = await askChoice(prompter, 'Category (number): ', options.categories, false);
  const tags = parseTags(await prompter.ask('\nTags, separated by commas (optional): '));
  let author: string | undefined;
  if (options.authors.length > 0) {
    listChoices(prompter, 'Authors:', options.authors);
    author = await askChoice(prompter, 'Author (number, or Enter for none): ', options.authors, true);
  }
  return { title, category, tags, author };
}

/**
 * Validates what the editor asked for and, when it all holds, the file to write. Every
 * problem is reported at once, each with what to do about it.
 */
export function planNewArticle(input: NewArticleInput, context: NewArticleContext): NewArticlePlan {
  const errors: string[] = [];
  const title = input.title.trim();
  if (!title) errors.push('a title is required, e.g. npm run new -- "Title of the piece" --category dev-tools');
  if (title.length > MAX_TITLE_LENGTH) errors.push(`the title is ${title.length} characters, the limit is ${MAX_TITLE_LENGTH}`);

  errors.push(...referenceErrors('category', input.category, context.categorySlugs, true));
  errors.push(...referenceErrors('author', input.author, context.authorSlugs, false));

  const tags = input.tags ?? [];
  for (const tag of tags) {
    if (tag.length > MAX_TAG_LENGTH) errors.push(`the tag '${tag}' is ${tag.length} characters, the limit is ${MAX_TAG_LENGTH}`);
  }

  const date = input.date?.trim() || context.today;
  if (!parseContentDate(date)) errors.push(`--date '${date}' is not a valid date: use YYYY-MM-DD, e.g. ${context.today}`);

  const slug = input.slug === undefined ? articleSlug(title) : input.slug.trim();
  const file = `${context.articlesDir}/${slug}.md`;
  if (input.slug !== undefined && !SLUG_PATTERN.test(slug)) {
    errors.push(`--slug '${slug}' must be lowercase letters, digits and single hyphens, e.g. ${articleSlug(slug) || 'my-article'}`);
  } else if (title && !slug) {
    errors.push(`could not make a file name from the title '${title}': pass one with --slug, e.g. --slug my-article`);
  } else if (slug && context.existingSlugs.includes(slug)) {
    errors.push(`${file} already exists: ${input.slug === undefined ? 'choose another title or pass --slug' : 'choose another --slug'}`);
  }

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    slug,
    file,
    text: articleText({ title, date, category: input.category ?? '', tags, author: input.author, slug }),
  };
}

function referenceErrors(field: 'category' | 'author', value: string | undefined, slugs: readonly string[], required: boolean): string[] {
  const listFile = field === 'category' ? 'content/categories.yml' : 'content/authors.yml';
  const choices = slugs.length
    ? `Choose one of: ${slugs.join(', ')} (new ones are added in ${listFile})`
    : `None is declared yet: add one to ${listFile}`;
  if (value === undefined || value.trim() === '') return required ? [`--${field} is required. ${choices}`] : [];
  if (slugs.includes(value)) return [];
  const unknown = unknownMessage(field, value, slugs);
  return [`${unknown}${unknown.endsWith('?') ? '' : '.'} ${choices}`];
}

interface ArticleFields {
  slug: string;
  title: string;
  date: string;
  category: string;
  tags: readonly string[];
  author: string | undefined;
}

/** The new file: frontmatter written by the YAML library (so any title is quoted safely) and a body to replace. */
export function articleText(fields: ArticleFields): string {
  const doc = new Document({
    title: fields.title,
    description: PLACEHOLDER_DESCRIPTION,
    date: fields.date,
    category: fields.category,
    ...(fields.tags.length ? { tags: [...fields.tags] } : {}),
    ...(fields.author ? { author: fields.author } : {}),
    draft: true,
  });
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = isScalar(pair.key) ? pair.key.value : null;
      if ((key === 'title' || key === 'description') && isScalar(pair.value)) pair.value.type = 'QUOTE_DOUBLE';
      if (key === 'draft' && isScalar(pair.value)) pair.value.comment = ' delete this line when the piece is ready to publish';
      if (isSeq(pair.value)) pair.value.flow = true;
    }
  }
  const frontmatter = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return [
    '---',
    frontmatter.trimEnd(),
    '# Optional hero image, 1600×900 (at least 1200 px wide), saved under public/images/articles/:',
    `# image: /images/articles/${fields.slug}.webp`,
    '# imageAlt: "What the picture shows, for readers who cannot see it"',
    '---',
    '',
    'Start with the news or the main point in one or two sentences: what happened, or what the reader will learn. Replace this paragraph with your own.',
    '',
    '## A heading for the first section',
    '',
    'Write the section here. Keep paragraphs short and give each new idea its own heading. Links to other articles start with /news/ followed by their file name, as content/README.md explains.',
    '',
  ].join('\n');
}
