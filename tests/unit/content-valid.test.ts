import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { articleAdPlacements } from '@/lib/ads';
import { checkContent, compileContent } from '@/lib/content/loader';
import { blocksHtml, type Article, type ArticleBody } from '@/lib/content/model';
import { isPublished } from '@/lib/content/visibility';
import { fixtureOptions, VALID } from './helpers/fixtures';
import { parseHtml } from './helpers/html';

const options = fixtureOptions(VALID);
const NOW = new Date('2026-06-01T00:00:00Z');
const content = compileContent(options, NOW);

function find(slug: string): Article {
  const article = content.articles.find((candidate) => candidate.slug === slug);
  if (!article) throw new Error(`fixture article ${slug} is missing`);
  return article;
}

function body(slug: string): ArticleBody {
  const found = content.bodies.get(slug);
  if (!found) throw new Error(`fixture article ${slug} has no body`);
  return found;
}

const paragraphTexts = (blocks: ArticleBody['blocks']) => blocks.filter((block) => block.paragraph).map((block) => parseHtml(block.html).text);

/** A throwaway copy of the valid fixture, for the tests that take a piece away from it. */
let copy: string | null = null;
afterEach(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
  copy = null;
});
function copyValid(): Required<typeof options> {
  copy = mkdtempSync(path.join(tmpdir(), 'valid-'));
  cpSync(VALID, copy, { recursive: true });
  return fixtureOptions(copy);
}

describe('checkContent on the valid fixture', () => {
  it('reports no problems and returns the content', () => {
    const report = checkContent(options, NOW);
    expect(report.problems).toEqual([]);
    expect(report.content?.articles).toHaveLength(5);
  });
});

describe('compileContent on the valid fixture', () => {
  it('returns every article, drafts and scheduled ones included, newest first', () => {
    expect(content.articles.map((article) => article.slug)).toEqual([
      'scheduled-launch',
      'terminal-tips',
      'design-tokens',
      'draft-notes',
      'studio-friday',
    ]);
  });

  it('compiles afresh on each call, to the same content that checkContent returns', () => {
    const again = compileContent(options, NOW);
    expect(again).not.toBe(content);
    expect(again).toEqual(content);
    expect(checkContent(options, NOW).content).toEqual(content);
  });

  it('holds a body for every article, drafts and scheduled ones included', () => {
    expect([...content.bodies.keys()].sort()).toEqual(['design-tokens', 'draft-notes', 'scheduled-launch', 'studio-friday', 'terminal-tips']);
  });

  it('reads content/ from $CONTENT_DIR and public/ beside it when no folder is given', () => {
    // vitest.config.mts points CONTENT_DIR at the fixture site, the folder getPublication reads.
    const report = checkContent({}, NOW);
    expect(report.problems).toEqual([]);
    expect(report.content?.articles).toHaveLength(27);
    expect(report.content?.articles.find((article) => article.slug === 'focus-rings-worth-keeping')?.image).toMatchObject({ width: 1200, height: 675 });
    expect(checkContent({ contentDir: options.contentDir }, NOW).content).toEqual(content);
  });

  it('returns categories and authors in file order', () => {
    const { categories, authors } = content;
    expect(categories.map((category) => category.slug)).toEqual(['dev-tools', 'design', 'studio']);
    expect(authors.map((author) => author.name)).toEqual(['Jane Doe', 'Minh Nguyễn']);
  });

  it('names each article by its file, relative to the working directory', () => {
    const copied = copyValid();
    rmSync(path.join(copied.publicDir, 'images/body/diagram.png'));
    const { problems } = checkContent(copied, NOW);
    expect(problems.map((problem) => problem.file)).toEqual([path.relative(process.cwd(), path.join(copied.contentDir, 'articles/terminal-tips.md'))]);
  });

  it('resolves the category and author slugs to their records', () => {
    const tips = find('terminal-tips');
    expect(tips.category).toEqual({ slug: 'dev-tools', name: 'Dev Tools', description: 'Editors, terminals and build tools.' });
    expect(tips.author).toEqual({ slug: 'jane-doe', name: 'Jane Doe', bio: 'Developer experience engineer.' });
    expect(find('design-tokens').author?.url).toBe('https://example.com/minh');
    expect(find('studio-friday').author).toBeNull();
  });

  it('normalises tags to slugs, folding case and spaces, without duplicates', () => {
    expect(find('design-tokens').tags).toEqual([
      { slug: 'design-systems', label: 'design systems' },
      { slug: 'figma', label: 'Figma' },
    ]);
    const tips = find('terminal-tips').tags;
    // "Dev Tools" and "dev tools" are one tag; the first spelling is kept as its label.
    expect(tips.filter((tag) => tag.slug === 'dev-tools')).toEqual([{ slug: 'dev-tools', label: 'Dev Tools' }]);
    expect(find('studio-friday').tags).toEqual([]);
  });

  it('treats TypeScript and typescript as one tag, slug typescript', () => {
    expect(find('terminal-tips').tags.map((tag) => tag.slug)).toEqual(['dev-tools', 'typescript', 'cli']);
  });

  it('reads the hero image size from the file (PNG and WebP)', () => {
    expect(find('terminal-tips').image).toEqual({
      src: '/images/articles/terminal-tips.png',
      alt: 'A plain blue rectangle standing in for a terminal window.',
      width: 1200,
      height: 800,
    });
    expect(find('studio-friday').image).toMatchObject({ src: '/images/articles/studio-friday.webp', width: 1600, height: 900 });
    expect(find('design-tokens').image).toBeNull();
  });

  it('parses dates in the site time zone and honours explicit offsets', () => {
    expect(find('terminal-tips').date.toISOString()).toBe('2026-02-28T17:00:00.000Z');
    expect(find('terminal-tips').updated).toBeNull();
    expect(find('design-tokens').date.toISOString()).toBe('2026-02-20T02:30:00.000Z');
    expect(find('design-tokens').updated?.toISOString()).toBe('2026-02-21T17:00:00.000Z');
  });

  it('reshapes source and the boolean flags with their defaults', () => {
    expect(find('design-tokens').source).toEqual({ name: 'Hacker News', url: 'https://news.ycombinator.com/' });
    expect(find('terminal-tips').source).toBeNull();
    expect(find('terminal-tips')).toMatchObject({ featured: true, draft: false, ads: true });
    expect(find('design-tokens')).toMatchObject({ featured: false, draft: false, ads: false });
    expect(find('draft-notes').draft).toBe(true);
  });

  it('computes the reading time of the body', () => {
    expect(find('terminal-tips').words).toBeGreaterThan(230);
    expect(find('terminal-tips').readingMinutes).toBe(2);
    expect(find('studio-friday').readingMinutes).toBe(1);
  });

  it('renders the body as blocks, marking which are paragraphs of text', () => {
    const blocks = body('terminal-tips').blocks;
    // Seven paragraphs; the fourth holds only the diagram, which is not text to break up.
    expect(blocks.map((block) => block.paragraph)).toEqual([true, true, true, true, true, true, true]);
    expect(blocks[3]?.html).toContain('<img');
    expect(blocks[3]?.words).toBe(0);
    // Under 600 words: the end-of-article slot only.
    expect(articleAdPlacements(find('terminal-tips'), body('terminal-tips')).inBodyAfter).toEqual([]);
    expect(paragraphTexts(blocks.slice(5))).toHaveLength(2);
    expect(blocks[6]?.html).toContain('Finally, we ask every new joiner');
  });

  it('places no in-body ad when the article turns ads off, or when the body is short', () => {
    expect(articleAdPlacements(find('design-tokens'), body('design-tokens'))).toEqual({ inBodyAfter: [], end: null });
    expect(paragraphTexts(body('design-tokens').blocks)).toHaveLength(6);
    expect(paragraphTexts(body('studio-friday').blocks)).toEqual(['Every Friday at four, each team shows the studio something that works.']);
    expect(articleAdPlacements(find('studio-friday'), body('studio-friday')).inBodyAfter).toEqual([]);
  });

  it('sizes and lazy-loads body images from public/', () => {
    const image = parseHtml(blocksHtml(body('terminal-tips').blocks)).querySelector('img');
    expect(image?.attributes).toMatchObject({ src: '/images/body/diagram.png', loading: 'lazy', width: '40', height: '30' });
  });

  it('checks body images at their line in the file', () => {
    const copied = copyValid();
    rmSync(path.join(copied.publicDir, 'images/body/diagram.png'));
    const { content: none, problems } = checkContent(copied, NOW);
    expect(none).toBeNull();
    expect(problems).toEqual([
      {
        file: path.relative(process.cwd(), path.join(copied.contentDir, 'articles/terminal-tips.md')),
        line: 19,
        message: expect.stringContaining("image '/images/body/diagram.png' does not exist in public/"),
        severity: 'error',
      },
    ]);
  });

  it('checks internal links at their line in the file', () => {
    const copied = copyValid();
    rmSync(path.join(copied.contentDir, 'articles/studio-friday.md'));
    rmSync(path.join(copied.contentDir, 'articles/design-tokens.md'));
    const file = path.relative(process.cwd(), path.join(copied.contentDir, 'articles/terminal-tips.md'));
    expect(checkContent(copied, NOW).problems).toEqual([
      { file, line: 17, message: "broken link '/news/studio-friday': no article with slug 'studio-friday'", severity: 'error' },
      { file, line: 25, message: "broken link '/news/design-tokens': no article with slug 'design-tokens'", severity: 'error' },
    ]);
  });

  it('leaves drafts and scheduled articles to isPublished', () => {
    const published = content.articles.filter((article) => isPublished(article, NOW));
    expect(published.map((article) => article.slug)).toEqual(['terminal-tips', 'design-tokens', 'studio-friday']);
  });
});
