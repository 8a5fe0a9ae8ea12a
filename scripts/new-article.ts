/**
 * `npm run new -- "Title of the piece" --category dev-tools [--tags a,b] [--author slug]
 * [--date YYYY-MM-DD] [--slug my-slug]`: starts a draft article in content/articles/.
 * Run without arguments in a terminal, it asks for each field instead.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { isoDay } from '../lib/dates';
import { parseTags, planNewArticle, promptNewArticle, type Choice, type NewArticleInput } from '../lib/content/new-article';
import { authorsFileSchema, categoriesFileSchema } from '../lib/content/schema';
import { suggest } from '../lib/content/suggest';
import { parseYaml } from '../lib/content/yaml';
import { articleUrl } from '../lib/urls';

const USAGE = `Usage: npm run new -- "Title of the piece" --category <slug> [--tags a,b] [--author <slug>] [--date YYYY-MM-DD] [--slug <slug>]
   or: npm run new            (in a terminal: asks for each field)`;

const OPTIONS = {
  category: { type: 'string', short: 'c' },
  tags: { type: 'string', short: 't' },
  author: { type: 'string', short: 'a' },
  date: { type: 'string' },
  slug: { type: 'string' },
  'content-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function fail(messages: string[], showUsage = false): never {
  for (const message of messages) console.error(`✗ ${message}`);
  if (showUsage) console.error(`\n${USAGE}`);
  process.exit(1);
}

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    const unknown = /^Unknown option '(-[^']*)'/.exec(message)?.[1];
    if (!unknown) fail([message], true);
    const hint = suggest(unknown.replace(/^-+/, ''), Object.keys(OPTIONS));
    fail([`unknown option '${unknown}'${hint ? `, did you mean '--${hint}'?` : ''}`], true);
  }
}

/** Entries of categories.yml or authors.yml; the content check explains any problem in detail. */
function readChoices(file: string, schema: z.ZodType<Choice[]>, required: boolean): Choice[] {
  const shown = path.relative(process.cwd(), file);
  if (!existsSync(file)) {
    if (required) fail([`${shown} is missing: it must list the site's categories`]);
    return [];
  }
  const yaml = parseYaml(readFileSync(file, 'utf8'));
  const result = yaml.errors.length ? null : schema.safeParse(yaml.data ?? []);
  if (!result?.success) fail([`${shown} has problems: run npm run content:check to see them`]);
  return result.data;
}

async function askInTerminal(categories: Choice[], authors: Choice[], existingSlugs: string[]): Promise<NewArticleInput> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  rl.on('close', () => {
    console.log('\nCancelled: nothing was written.');
    process.exit(1);
  });
  console.log('New article. Press Ctrl+C to cancel at any time.\n');
  const input = await promptNewArticle({ ask: (question) => rl.question(question), say: console.log }, { categories, authors, existingSlugs });
  rl.removeAllListeners('close');
  rl.close();
  return input;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const { values, positionals } = parseCommandLine(argv);
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const contentDir = path.resolve(values['content-dir'] ?? 'content');
  const articlesDir = path.join(contentDir, 'articles');
  const categories = readChoices(path.join(contentDir, 'categories.yml'), categoriesFileSchema, true);
  const authors = readChoices(path.join(contentDir, 'authors.yml'), authorsFileSchema, false);
  const existingSlugs = existsSync(articlesDir)
    ? readdirSync(articlesDir).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -'.md'.length))
    : [];

  const interactive = positionals.length === 0 && Object.keys(values).every((key) => key === 'content-dir');
  let input: NewArticleInput;
  if (interactive) {
    if (!process.stdin.isTTY || !process.stdout.isTTY) fail(['a title and a category are needed'], true);
    input = await askInTerminal(categories, authors, existingSlugs);
  } else {
    input = {
      title: positionals.join(' '),
      category: values.category,
      tags: parseTags(values.tags),
      author: values.author,
      date: values.date,
      slug: values.slug,
    };
  }

  const plan = planNewArticle(input, {
    categorySlugs: categories.map((category) => category.slug),
    authorSlugs: authors.map((author) => author.slug),
    existingSlugs,
    today: isoDay(new Date()),
    articlesDir: path.relative(process.cwd(), articlesDir).split(path.sep).join('/') || '.',
  });
  if (!plan.ok) fail(plan.errors);

  mkdirSync(articlesDir, { recursive: true });
  writeFileSync(path.join(articlesDir, `${plan.slug}.md`), plan.text, { flag: 'wx' });
  console.log(`✓ Created ${plan.file} (a draft: it is not published until you remove "draft: true")

Next:
  1. Open ${plan.file}: replace the description and the placeholder paragraphs.
  2. Preview it: run npm run dev, then open http://localhost:3000${articleUrl(plan.slug)}
  3. Run npm run content:check and fix anything it reports.
  4. When it is ready, delete the line "draft: true" and open a pull request.`);
}

main().catch((error: unknown) => fail([(error as Error).message]));
