/**
 * Deterministic synthetic articles for the benchmark: the same count always gives the same
 * files, spread over the declared categories and authors, with tags, ~600-word bodies
 * (headings, paragraphs, a list, now and then a link to an older article) and, for most, a
 * hero image borrowed from public/images/articles.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { authorsFileSchema, categoriesFileSchema } from '../../lib/content/schema';
import { createRandom, pick, type Random } from '../random';

export interface SyntheticArticle {
  slug: string;
  category: string;
}

export interface GenerateOptions {
  contentDir: string;
  publicDir: string;
  count: number;
  /** Newest possible publication moment; defaults to the start of 2026 or yesterday, whichever is earlier. */
  newest?: Date;
}

const TAGS = [
  'typescript', 'react', 'nextjs', 'testing', 'accessibility', 'performance', 'design-systems', 'typography',
  'ci', 'tooling', 'postgres', 'sqlite', 'payments', 'analytics', 'llm', 'evaluation', 'hiring', 'remote-work',
  'offline-first', 'mobile', 'security', 'observability', 'workflow', 'product-strategy', 'research', 'onboarding',
  'vietnam', 'rituals', 'infrastructure', 'caching', 'search', 'content', 'figma', 'tokens', 'refactoring', 'apis',
];

const SUBJECTS = [
  'the team', 'our designers', 'the release train', 'a small pull request', 'the staging server', 'the product owner',
  'every new joiner', 'the on-call engineer', 'the design system', 'a quiet refactor', 'the client', 'the build',
  'the test suite', 'the support inbox', 'a one-page brief', 'the analytics pipeline', 'the search index', 'the studio',
];
const VERBS = [
  'keeps', 'questions', 'simplifies', 'measures', 'documents', 'replaces', 'protects', 'reviews', 'ships',
  'untangles', 'budgets', 'rehearses', 'automates', 'explains', 'postpones', 'revisits',
];
const OBJECTS = [
  'the slowest page', 'every flaky test', 'the naming of events', 'the first draft', 'a risky migration',
  'the checkout flow', 'the weekly demo', 'the error budget', 'a forgotten feature flag', 'the onboarding checklist',
  'the colour tokens', 'the cache headers', 'the deploy script', 'an old dependency', 'the reading experience',
  'the customer interview notes', 'the pricing page', 'the offline queue',
];
const CLAUSES = [
  'before anyone asks for it', 'so that Friday stays calm', 'because the numbers said so', 'with a checklist nobody skips',
  'long before the launch date', 'without a meeting', 'in under an hour', 'after a week of honest measurement',
  'while the coffee is still warm', 'so the next person understands why', 'and writes down what changed',
  'until the trade-off is obvious', 'in the same pull request', 'with the whole team watching the graph',
];
const TITLE_OPENERS = [
  'What we learned from', 'A field guide to', 'Why we stopped ignoring', 'Notes on', 'The quiet cost of',
  'How we budget for', 'A checklist for', 'Second thoughts on', 'Lessons from', 'Getting serious about',
];
const TITLE_TOPICS = [
  'flaky end-to-end tests', 'design tokens', 'payment retries', 'offline sync', 'feature flags', 'event naming',
  'release notes', 'on-call rotations', 'image budgets', 'Vietnamese typography', 'search relevance', 'database migrations',
  'prompt evaluation', 'client workshops', 'accessibility audits', 'cache invalidation', 'dependency upgrades',
  'onboarding docs', 'error messages', 'performance budgets',
];
const HEADINGS = [
  'Where it started', 'What we measured', 'The part that surprised us', 'What we changed', 'How it holds up',
  'What we would do again', 'The trade-offs', 'A checklist', 'What is next', 'Why it matters to clients',
];
const SOURCES = [
  { name: 'Hacker News', url: 'https://news.ycombinator.com/' },
  { name: 'web.dev', url: 'https://web.dev/' },
  { name: 'Studio notes' },
];

function pickDistinct<T>(random: Random, items: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(pick(random, items));
  return [...chosen];
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function sentence(random: Random): string {
  const main = `${capitalise(pick(random, SUBJECTS))} ${pick(random, VERBS)} ${pick(random, OBJECTS)} ${pick(random, CLAUSES)}`;
  return random() < 0.5 ? `${main}, and ${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)}.` : `${main}.`;
}

function paragraph(random: Random, sentences = 4 + Math.floor(random() * 2)): string {
  return Array.from({ length: sentences }, () => sentence(random)).join(' ');
}

/** One or two sentences, within the 200 characters search engines show. */
function description(random: Random): string {
  const first = sentence(random);
  const second = sentence(random);
  return first.length + second.length < 199 ? `${first} ${second}` : first.length <= 200 ? first : `${first.slice(0, 196).replace(/\s+\S*$/, '')}…`;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A ~600-word body: intro, three sections with paragraphs, one bulleted list. */
function body(random: Random, linkedSlug: string | null): string {
  const blocks: string[] = [paragraph(random)];
  const headings = pickDistinct(random, HEADINGS, 3);
  headings.forEach((heading, index) => {
    blocks.push(`## ${heading}`, paragraph(random), paragraph(random));
    if (index === 0) blocks.push(Array.from({ length: 4 }, () => `- ${capitalise(pick(random, OBJECTS))} ${pick(random, CLAUSES)}.`).join('\n'));
    if (index === 1 && linkedSlug) blocks.push(`We wrote about a related problem in [another piece](/news/${linkedSlug}).`);
  });
  while (wordCount(blocks.join(' ')) < 560) blocks.push(paragraph(random, 2));
  return blocks.join('\n\n') + '\n';
}

/** The slugs a categories.yml or authors.yml declares, checked by the content schema. */
const slugsIn = (file: string, schema: typeof categoriesFileSchema | typeof authorsFileSchema) => schema.parse(parseYaml(readFileSync(file, 'utf8'))).map((entry) => entry.slug);

function defaultNewest(): Date {
  const yesterday = new Date(Date.now() - 86_400_000);
  const fixed = new Date('2026-01-01T00:00:00Z');
  return yesterday < fixed ? yesterday : fixed;
}

const yamlString = (text: string) => JSON.stringify(text);

/** Writes `count` articles into contentDir/articles and describes what it wrote. */
export function generateArticles(options: GenerateOptions): SyntheticArticle[] {
  const categories = slugsIn(path.join(options.contentDir, 'categories.yml'), categoriesFileSchema);
  const authors = slugsIn(path.join(options.contentDir, 'authors.yml'), authorsFileSchema);
  const images = readdirSync(path.join(options.publicDir, 'images', 'articles'))
    .filter((name) => /\.(webp|avif|png|jpe?g)$/.test(name))
    .sort()
    .map((name) => `/images/articles/${name}`);
  const newest = (options.newest ?? defaultNewest()).getTime();
  // Five years of archive, evenly spread, whatever the count.
  const spacing = (5 * 365 * 86_400_000) / Math.max(1, options.count);
  const written: SyntheticArticle[] = [];

  for (let index = 0; index < options.count; index++) {
    const random = createRandom(index + 1);
    const number = String(index + 1).padStart(5, '0');
    const topic = pick(random, TITLE_TOPICS);
    const title = `${pick(random, TITLE_OPENERS)} ${topic}, part ${index + 1}`;
    const slug = `${topic.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${number}`;
    const category = categories[index % categories.length] ?? pick(random, categories);
    const date = new Date(newest - Math.round(index * spacing) - Math.floor(random() * 3_600_000));
    const hasImage = images.length > 0 && index % 7 !== 3;
    const linked = written.length > 10 && index % 5 === 0 ? pick(random, written.slice(0, -1)) : null;
    const source = index % 4 === 0 ? pick(random, SOURCES) : null;

    const lines = [
      '---',
      `title: ${yamlString(title)}`,
      `description: ${yamlString(description(random))}`,
      `date: ${date.toISOString()}`,
      `category: ${category}`,
      `tags: [${pickDistinct(random, TAGS, 2 + Math.floor(random() * 3)).join(', ')}]`,
      ...(index % 11 === 5 || authors.length === 0 ? [] : [`author: ${pick(random, authors)}`]),
      ...(hasImage
        ? [`image: ${pick(random, images)}`, 'imageAlt: "Abstract cover: a gradient with geometric shapes and the section name in large white type."']
        : []),
      ...(source ? [`source: { name: ${yamlString(source.name)}${source.url ? `, url: ${source.url}` : ''} }`] : []),
      ...(index % 97 === 1 ? ['featured: true'] : []),
      ...(index % 25 === 13 ? ['ads: false'] : []),
      '---',
      '',
    ];
    writeFileSync(path.join(options.contentDir, 'articles', `${slug}.md`), lines.join('\n') + body(random, linked?.slug ?? null));
    written.push({ slug, category });
  }
  return written;
}
