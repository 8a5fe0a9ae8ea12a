import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { PLACEHOLDER_DESCRIPTION } from '@/lib/content/checks';
import { checkContent } from '@/lib/content/loader';
import {
  articleSlug,
  parseTags,
  planNewArticle,
  promptNewArticle,
  resolveChoice,
  type NewArticleContext,
  type NewArticleInput,
} from '@/lib/content/new-article';
import { isoDay } from '@/lib/dates';
import { makeWorkspace, type Workspace } from '../fixtures/editor/workspace';

const SCRIPT = path.resolve('scripts/new-article.ts');
const TSX = path.resolve('node_modules/.bin/tsx');

/** Frontmatter and body as the site reads them: YAML 1.2, so dates stay text. */
const read = (text: string) => matter(text, { engines: { yaml: (source) => parseYaml(source) as object } });

const CONTEXT: NewArticleContext = {
  categorySlugs: ['dev-tools', 'design'],
  authorSlugs: ['jane-doe'],
  existingSlugs: ['published-piece'],
  today: '2026-11-30',
  articlesDir: 'content/articles',
};

function plan(input: Partial<NewArticleInput>, context: Partial<NewArticleContext> = {}) {
  return planNewArticle({ title: 'A new piece', category: 'dev-tools', ...input }, { ...CONTEXT, ...context });
}

function planned(input: Partial<NewArticleInput>) {
  const result = plan(input);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result;
}

describe('articleSlug', () => {
  it.each([
    ['Đà Nẵng', 'da-nang'],
    ['Ăn phở ở Sài Gòn', 'an-pho-o-sai-gon'],
    ['Thành phố Hồ Chí Minh — đường phố', 'thanh-pho-ho-chi-minh-duong-pho'],
    ['Designing for Vietnamese: diacritics & search', 'designing-for-vietnamese-diacritics-and-search'],
    ["TypeScript tips: what's new?", 'typescript-tips-whats-new'],
    ['  Spaces   and --- dashes  ', 'spaces-and-dashes'],
    ['日本語', ''],
  ])('%j -> %j', (title, slug) => {
    expect(articleSlug(title)).toBe(slug);
  });

  it('cuts long titles at a word boundary, at most 80 characters', () => {
    const slug = articleSlug('A very long title that goes on and on about every detail of the launch of our new design system');
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toBe('a-very-long-title-that-goes-on-and-on-about-every-detail-of-the-launch-of-our');
  });
});

describe('parseTags and resolveChoice', () => {
  it('splits, trims and de-duplicates tags', () => {
    expect(parseTags(' design, Vietnam ,,design, ux ')).toEqual(['design', 'Vietnam', 'ux']);
    expect(parseTags(undefined)).toEqual([]);
  });

  it('accepts the number shown or the slug itself', () => {
    expect(resolveChoice('2', ['dev-tools', 'design'])).toBe('design');
    expect(resolveChoice(' design ', ['dev-tools', 'design'])).toBe('design');
    expect(resolveChoice('3', ['dev-tools', 'design'])).toBeNull();
    expect(resolveChoice('0', ['dev-tools', 'design'])).toBeNull();
    expect(resolveChoice('desgin', ['dev-tools', 'design'])).toBeNull();
  });
});

describe('planNewArticle', () => {
  it('writes frontmatter the YAML library quotes safely, whatever the title holds', () => {
    const title = 'Đà Nẵng: "quotes", #hashes & a colon: here';
    const { slug, file, text } = planned({ title, tags: ['design', 'yes', '1.5'], author: 'jane-doe' });
    expect(slug).toBe('da-nang-quotes-hashes-and-a-colon-here');
    expect(file).toBe('content/articles/da-nang-quotes-hashes-and-a-colon-here.md');
    const { data, content } = read(text);
    expect(data).toEqual({
      title,
      description: PLACEHOLDER_DESCRIPTION,
      date: '2026-11-30',
      category: 'dev-tools',
      tags: ['design', 'yes', '1.5'],
      author: 'jane-doe',
      draft: true,
    });
    expect(content).toContain('\n## ');
    expect(text).not.toContain('<!--');
  });

  it('leaves out tags and author when none are given, and uses --date when it is', () => {
    const { data } = read(planned({ date: '2027-01-05' }).text);
    expect(data).not.toHaveProperty('tags');
    expect(data).not.toHaveProperty('author');
    expect(data.date).toBe('2027-01-05');
  });

  it('uses --slug instead of the title', () => {
    expect(planned({ slug: 'my-own-slug' }).file).toBe('content/articles/my-own-slug.md');
  });

  it('refuses an existing slug', () => {
    expect(plan({ title: 'Published piece' })).toEqual({
      ok: false,
      errors: ['content/articles/published-piece.md already exists: choose another title or pass --slug'],
    });
    expect(plan({ slug: 'published-piece' })).toEqual({
      ok: false,
      errors: ['content/articles/published-piece.md already exists: choose another --slug'],
    });
  });

  it('refuses an unknown category or author with a hint and the valid ones', () => {
    expect(plan({ category: 'dev-tool', author: 'jane' })).toEqual({
      ok: false,
      errors: [
        "unknown category 'dev-tool', did you mean 'dev-tools'? Choose one of: dev-tools, design (new ones are added in content/categories.yml)",
        "unknown author 'jane'. Choose one of: jane-doe (new ones are added in content/authors.yml)",
      ],
    });
  });

  it('requires a title and a category', () => {
    expect(plan({ title: '  ', category: undefined })).toEqual({
      ok: false,
      errors: [
        'a title is required, e.g. npm run new -- "Title of the piece" --category dev-tools',
        '--category is required. Choose one of: dev-tools, design (new ones are added in content/categories.yml)',
      ],
    });
  });

  it('refuses a title with nothing to make a slug from, a bad --slug, a bad date and an overlong title', () => {
    expect(plan({ title: '日本語' })).toMatchObject({ errors: [expect.stringContaining("could not make a file name from the title '日本語'")] });
    expect(plan({ slug: 'Bad_Slug' })).toMatchObject({ errors: ["--slug 'Bad_Slug' must be lowercase letters, digits and single hyphens, e.g. bad-slug"] });
    expect(plan({ date: '2026-02-30' })).toMatchObject({ errors: ["--date '2026-02-30' is not a valid date: use YYYY-MM-DD, e.g. 2026-11-30"] });
    expect(plan({ title: 'x'.repeat(161) })).toMatchObject({ errors: ['the title is 161 characters, the limit is 160'] });
  });
});

describe('promptNewArticle', () => {
  function scripted(answers: string[]) {
    const said: string[] = [];
    const asked: string[] = [];
    return {
      said,
      asked,
      prompter: {
        ask: async (question: string) => {
          asked.push(question);
          const answer = answers.shift();
          if (answer === undefined) throw new Error(`no answer left for ${question}`);
          return answer;
        },
        say: (line: string) => said.push(line),
      },
    };
  }
  const options = {
    categories: [{ slug: 'dev-tools', name: 'Dev Tools' }, { slug: 'design', name: 'Design' }],
    authors: [{ slug: 'jane-doe', name: 'Jane Doe' }],
    existingSlugs: ['published-piece'],
  };

  it('asks for each field, offering numbered lists', async () => {
    const { prompter, said } = scripted(['Sài Gòn by night', '2', 'night, food', '1']);
    await expect(promptNewArticle(prompter, options)).resolves.toEqual({
      title: 'Sài Gòn by night',
      category: 'design',
      tags: ['night', 'food'],
      author: 'jane-doe',
    });
    expect(said).toContain('   2. design     Design');
  });

  it('asks again after an empty or taken title and an impossible choice; Enter skips the author', async () => {
    const { prompter, said } = scripted(['', 'Published piece', 'Fresh', '7', 'dev-tools', '', '']);
    await expect(promptNewArticle(prompter, options)).resolves.toEqual({ title: 'Fresh', category: 'dev-tools', tags: [], author: undefined });
    expect(said).toEqual(expect.arrayContaining([
      '  A title is needed.',
      '  An article called published-piece.md already exists; choose another title.',
      '  Type a number from 1 to 2.',
    ]));
  });
});

// Each case starts a process; allow for slow CI machines.
describe('npm run new (the command)', { timeout: 30_000 }, () => {
  let workspace: Workspace;
  afterEach(() => workspace?.remove());

  function run(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
    const result = spawnSync(TSX, [SCRIPT, ...args], {
      cwd: options.cwd ?? process.cwd(),
      env: { ...process.env, ...options.env },
      encoding: 'utf8',
      input: '',
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  it('writes a draft that passes the content check, dated today in the site time zone', () => {
    workspace = makeWorkspace();
    const result = run(['Đà Nẵng offsite, day one', '--category', 'design', '--tags', 'studio, travel', '--author', 'jane-doe'], {
      cwd: workspace.root,
      env: { TZ: 'America/Los_Angeles' },
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Created content/articles/da-nang-offsite-day-one.md');
    expect(result.stdout).toContain('http://localhost:3000/news/da-nang-offsite-day-one');

    const { data } = read(readFileSync(workspace.article('da-nang-offsite-day-one'), 'utf8'));
    expect(data).toMatchObject({ title: 'Đà Nẵng offsite, day one', date: isoDay(new Date()), category: 'design', tags: ['studio', 'travel'], draft: true });

    const { content, problems } = checkContent({ contentDir: workspace.contentDir, publicDir: workspace.publicDir });
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(content?.articles.find((article) => article.slug === 'da-nang-offsite-day-one')?.draft).toBe(true);
  });

  it('publishes cleanly once the editor replaces the placeholder and removes draft', () => {
    workspace = makeWorkspace();
    expect(run(['Ready to go', '--category', 'dev-tools', '--date', '2026-01-02', '--content-dir', workspace.contentDir]).status).toBe(0);
    const file = workspace.article('ready-to-go');
    const edited = readFileSync(file, 'utf8')
      .replace(PLACEHOLDER_DESCRIPTION, 'A real description.')
      .replace(/^draft: true.*\n/m, '');
    writeFileSync(file, edited);
    const { content, problems } = checkContent({ contentDir: workspace.contentDir, publicDir: workspace.publicDir });
    expect(problems).toEqual([]);
    expect(content?.articles.find((article) => article.slug === 'ready-to-go')).toMatchObject({ draft: false, title: 'Ready to go' });
  });

  it('refuses an existing slug and exits 1 without touching the file', () => {
    workspace = makeWorkspace();
    const before = readFileSync(workspace.article('published-piece'), 'utf8');
    const result = run(['Published piece', '--category', 'dev-tools'], { cwd: workspace.root });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('content/articles/published-piece.md already exists: choose another title or pass --slug');
    expect(readFileSync(workspace.article('published-piece'), 'utf8')).toBe(before);
  });

  it('refuses an unknown category and author with a hint and the list, writing nothing', () => {
    workspace = makeWorkspace();
    const result = run(['Something new', '--category', 'desgin', '--author', 'jane-do', '--content-dir', workspace.contentDir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("unknown category 'desgin', did you mean 'design'? Choose one of: dev-tools, design");
    expect(result.stderr).toContain("unknown author 'jane-do', did you mean 'jane-doe'?");
    expect(existsSync(workspace.article('something-new'))).toBe(false);
  });

  it('accepts --slug, and names a mistyped option', () => {
    workspace = makeWorkspace();
    expect(run(['Anything', '--category', 'design', '--slug', 'chosen-slug', '--content-dir', workspace.contentDir]).status).toBe(0);
    expect(existsSync(workspace.article('chosen-slug'))).toBe(true);
    const typo = run(['Anything else', '--categroy', 'design', '--content-dir', workspace.contentDir]);
    expect(typo.status).toBe(1);
    expect(typo.stderr).toContain("unknown option '--categroy', did you mean '--category'?");
  });

  it('never prompts without a terminal: no arguments prints the usage and exits 1', () => {
    workspace = makeWorkspace();
    const files = readdirSync(path.dirname(workspace.article('x')));
    const result = run(['--content-dir', workspace.contentDir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Usage: npm run new -- "Title of the piece" --category <slug>');
    expect(readdirSync(path.dirname(workspace.article('x')))).toEqual(files);
  });
});
