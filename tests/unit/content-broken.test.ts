import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent, compileContent } from '@/lib/content/loader';
import { ContentError, type Problem } from '@/lib/content/problems';
import { BROKEN, brokenArticle, fixtureOptions, lineOf } from './helpers/fixtures';

/** An expected problem; `key` is the frontmatter key the reported line must hold. */
interface Expected {
  file: string;
  line: number;
  message: string | ReturnType<typeof expect.stringMatching>;
  key?: string;
}

const check = (name: string) => checkContent(fixtureOptions(`${BROKEN}/${name}`));
const asProblems = (expected: Expected[]): Problem[] =>
  expected.map(({ file, line, message }) => ({ file, line, message, severity: 'error' as const }));

const INVALID_DATE = 'is not a valid date: use YYYY-MM-DD or an ISO date-time such as 2026-03-14T09:30:00+07:00';
const x = (name: string) => brokenArticle(name);

/** One fixture folder per broken-content case of SPEC.md section 1, with every problem it must report. */
const CASES: [name: string, expected: Expected[]][] = [
  ['unknown-key', [
    { file: x('unknown-key'), line: 1, message: 'category is required' },
    { file: x('unknown-key'), line: 5, key: 'catgory', message: "unknown field 'catgory', did you mean 'category'?" },
  ]],
  ['unknown-category', [
    { file: x('unknown-category'), line: 5, key: 'category', message: "unknown category 'dev-tool', did you mean 'dev-tools'?" },
  ]],
  ['unknown-author', [
    { file: x('unknown-author'), line: 6, key: 'author', message: "unknown author 'jane-do', did you mean 'jane-doe'?" },
  ]],
  ['missing-title', [{ file: x('missing-title'), line: 1, message: 'title is required' }]],
  ['missing-description', [{ file: x('missing-description'), line: 1, message: 'description is required' }]],
  ['missing-date', [{ file: x('missing-date'), line: 1, message: 'date is required' }]],
  ['missing-category', [{ file: x('missing-category'), line: 1, message: 'category is required' }]],
  ['title-too-long', [
    { file: x('title-too-long'), line: 2, key: 'title', message: 'title is 161 characters, the limit is 160' },
  ]],
  ['description-too-long', [
    { file: x('description-too-long'), line: 4, key: 'description', message: 'description is 321 characters, the limit is 320' },
  ]],
  ['malformed-date', [{ file: x('malformed-date'), line: 4, key: 'date', message: `date '01/03/2026' ${INVALID_DATE}` }]],
  ['impossible-date', [{ file: x('impossible-date'), line: 4, key: 'date', message: `date '2026-02-30' ${INVALID_DATE}` }]],
  ['updated-before-date', [
    { file: x('updated-before-date'), line: 6, key: 'updated', message: 'updated must not be before date' },
  ]],
  ['image-missing', [
    { file: x('image-missing'), line: 6, key: 'image', message: "image '/images/articles/missing.webp' does not exist in public/: add the file at public/images/articles/missing.webp or fix the path" },
  ]],
  ['image-without-alt', [{
    file: x('image-without-alt'),
    line: 6,
    key: 'image',
    message: 'imageAlt is required when image is set (describe the picture for readers who cannot see it)',
  }]],
  ['bad-slug', [{
    file: brokenArticle('bad-slug', 'Bad_Name.md'),
    line: 1,
    message: "file name 'Bad_Name.md' is not a valid slug: use lowercase letters, digits and single hyphens (e.g. bad-name.md)",
  }]],
  ['non-https-source', [
    { file: x('non-https-source'), line: 8, key: 'url', message: "source.url 'http://example.com/story' must be an https:// URL" },
  ]],
  ['wrong-types', [
    { file: x('wrong-types'), line: 6, key: 'featured', message: 'featured must be true or false' },
    { file: x('wrong-types'), line: 7, key: 'tags', message: 'tags must be a list, such as [design, tooling]' },
  ]],
  // YAML mistakes in plain words, saying what to do, on the line of the mistake.
  ['yaml-syntax-error', [{ file: x('yaml-syntax-error'), line: 3, key: 'description', message: 'the value of description contains a colon: put the whole value in quotes, e.g. description: "Note: this description needs quotes around it."' }]],
  ['duplicate-key', [{ file: x('duplicate-key'), line: 5, key: 'title', message: 'the field title appears twice: keep one of them' }]],
  ['missing-frontmatter', [{
    file: x('missing-frontmatter'),
    line: 1,
    message: 'missing frontmatter: the file must start with a --- line, then the fields, then another --- line',
  }]],
  ['no-articles', [{
    file: `${BROKEN}/no-articles/content/articles`,
    line: 1,
    message: 'no articles found: add a markdown file to content/articles',
  }]],
  ['several-problems', [
    { file: x('several-problems'), line: 2, key: 'title', message: 'title is 161 characters, the limit is 160' },
    { file: x('several-problems'), line: 4, key: 'date', message: `date '2026-02-30' ${INVALID_DATE}` },
    { file: x('several-problems'), line: 5, key: 'updated', message: `updated 'yesterday' ${INVALID_DATE}` },
    { file: x('several-problems'), line: 6, key: 'category', message: "unknown category 'dev-tool', did you mean 'dev-tools'?" },
    { file: x('several-problems'), line: 7, key: 'catgory', message: "unknown field 'catgory', did you mean 'category'?" },
    { file: x('several-problems'), line: 8, key: 'tags', message: 'tags must be a list, such as [design, tooling]' },
    { file: x('several-problems'), line: 9, key: 'author', message: "unknown author 'nobody'" },
    { file: x('several-problems'), line: 10, key: 'image', message: "image '/images/articles/missing.webp' does not exist in public/: add the file at public/images/articles/missing.webp or fix the path" },
    {
      file: x('several-problems'),
      line: 10,
      key: 'image',
      message: 'imageAlt is required when image is set (describe the picture for readers who cannot see it)',
    },
    { file: x('several-problems'), line: 11, key: 'featured', message: 'featured must be true or false' },
    { file: x('several-problems'), line: 14, key: 'url', message: "source.url 'ftp://example.com/story' must be an https:// URL" },
  ]],
  ['several-files', [
    { file: brokenArticle('several-files', 'b-bad-date.md'), line: 4, key: 'date', message: `date '2026-02-30' ${INVALID_DATE}` },
    {
      file: brokenArticle('several-files', 'c-unknown-category.md'),
      line: 5,
      key: 'category',
      message: "unknown category 'desing', did you mean 'design'?",
    },
  ]],
];

/** Cases whose exact problem list is a judgement call; tested one by one below. */
const OTHER_CASES = ['bad-categories', 'missing-categories', 'unclosed-frontmatter', 'empty-frontmatter'];

describe('checkContent on broken content', () => {
  it('has a test for every fixture folder', () => {
    const covered = [...CASES.map(([name]) => name), ...OTHER_CASES].sort();
    expect(readdirSync(BROKEN).sort()).toEqual(covered);
  });

  it.each(CASES)('%s: reports every problem with its file, line and message', (name, expected) => {
    const { content, problems } = check(name);
    expect(problems).toEqual(asProblems(expected));
    expect(content).toBeNull();
  });

  const keyed = CASES.filter(([, expected]) => expected.some((item) => item.key !== undefined));
  it.each(keyed)('%s: each expected line holds the offending key', (_name, expected) => {
    for (const { file, line, key } of expected) {
      if (key !== undefined) expect(lineOf(file, line).trimStart()).toMatch(new RegExp(`^${key}:`));
    }
  });

  it('reports a bad categories.yml entry at the line of its key', () => {
    const { content, problems } = check('bad-categories');
    expect(content).toBeNull();
    expect(problems).toContainEqual({
      file: `${BROKEN}/bad-categories/content/categories.yml`,
      line: 5,
      message: "slug 'Design Systems' must be lowercase letters, digits and single hyphens",
      severity: 'error',
    });
    expect(lineOf(`${BROKEN}/bad-categories/content/categories.yml`, 5)).toBe('- slug: Design Systems');
  });

  it('does not blame a valid article for another categories.yml entry', () => {
    // x.md uses dev-tools, which is declared correctly; only the Design Systems entry is wrong.
    const { problems } = check('bad-categories');
    expect(problems.filter((problem) => problem.file.endsWith('.md'))).toEqual([]);
  });

  it('reports a missing categories.yml', () => {
    const { content, problems } = check('missing-categories');
    expect(content).toBeNull();
    expect(problems).toContainEqual({
      file: `${BROKEN}/missing-categories/content/categories.yml`,
      line: 1,
      message: "categories.yml is missing: declare the site's sections there",
      severity: 'error',
    });
  });

  it('reports a frontmatter block that is never closed as such', () => {
    const { content, problems } = check('unclosed-frontmatter');
    expect(content).toBeNull();
    expect(problems).toEqual([
      { file: x('unclosed-frontmatter'), line: 1, message: expect.stringMatching(/---/), severity: 'error' },
    ]);
  });

  it('reports an empty frontmatter block as missing fields, not as unclosed', () => {
    const { content, problems } = check('empty-frontmatter');
    expect(content).toBeNull();
    expect(problems.length).toBeGreaterThan(0);
    const text = problems.map((problem) => problem.message).join('\n');
    expect(text).not.toContain('close it');
    for (const field of ['title', 'description', 'date', 'category']) expect(text).toContain(field);
  });
});

describe('compileContent on broken content', () => {
  it.each([...CASES.map(([name]) => name), ...OTHER_CASES])('%s: throws a ContentError listing every problem', (name) => {
    const { problems } = check(name);
    let thrown: unknown;
    try {
      compileContent(fixtureOptions(`${BROKEN}/${name}`));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentError);
    const error = thrown as ContentError;
    expect(error.problems).toEqual(problems);
    const lines = error.message.split('\n');
    expect(lines[0]).toBe(`The content has ${problems.length} error${problems.length === 1 ? '' : 's'}; nothing was published:`);
    expect(lines.slice(1)).toEqual(problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`));
  });

  it('publishes nothing when one file of several is broken', () => {
    expect(() => compileContent(fixtureOptions(`${BROKEN}/several-files`))).toThrow(ContentError);
    expect(check('several-files').content).toBeNull();
  });
});
