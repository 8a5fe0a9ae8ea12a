import { describe, expect, it } from 'vitest';
import { isPublished } from '@/lib/articles';
import { checkContent, loadContent, type Article } from '@/lib/content/loader';
import { fixtureOptions, VALID } from './helpers/fixtures';
import { parseHtml } from './helpers/html';

const options = fixtureOptions(VALID);

function find(slug: string): Article {
  const article = loadContent(options).articles.find((candidate) => candidate.slug === slug);
  if (!article) throw new Error(`fixture article ${slug} is missing`);
  return article;
}

describe('checkContent on the valid fixture', () => {
  it('reports no problems and returns the content', () => {
    const { content, problems } = checkContent(options);
    expect(problems).toEqual([]);
    expect(content?.warnings).toEqual([]);
    expect(content?.articles).toHaveLength(5);
  });
});

describe('loadContent on the valid fixture', () => {
  it('returns every article, drafts and scheduled ones included, newest first', () => {
    expect(loadContent(options).articles.map((article) => article.slug)).toEqual([
      'scheduled-launch',
      'terminal-tips',
      'design-tokens',
      'draft-notes',
      'studio-friday',
    ]);
  });

  it('is memoised: the same options give the same object without re-reading', () => {
    expect(loadContent(options)).toBe(loadContent(fixtureOptions(VALID)));
    expect(checkContent(options).content).not.toBe(loadContent(options));
    expect(checkContent(options).content).toEqual(loadContent(options));
  });

  it('returns categories and authors in file order', () => {
    const { categories, authors } = loadContent(options);
    expect(categories.map((category) => category.slug)).toEqual(['dev-tools', 'design', 'studio']);
    expect(authors.map((author) => author.name)).toEqual(['Jane Doe', 'Minh Nguyễn']);
  });

  it('names each article by its file, relative to the working directory', () => {
    expect(find('terminal-tips').file).toBe(`${VALID}/content/articles/terminal-tips.md`);
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

  it('splits a long body after paragraph 4 for the in-body ad', () => {
    const parts = find('terminal-tips').htmlParts;
    expect(parts).toHaveLength(2);
    expect(parseHtml(parts[0] ?? '').querySelectorAll('p')).toHaveLength(4);
    expect(parseHtml(parts[1] ?? '').querySelectorAll('p')).toHaveLength(3);
    expect(parts[1]).toContain('Finally, we ask every new joiner');
  });

  it('does not split when the article turns ads off, or when the body is short', () => {
    expect(find('design-tokens').htmlParts).toHaveLength(1);
    expect(parseHtml(find('design-tokens').htmlParts[0] ?? '').querySelectorAll('p')).toHaveLength(6);
    expect(find('studio-friday').htmlParts).toHaveLength(1);
  });

  it('sizes and lazy-loads body images from public/', () => {
    const tips = find('terminal-tips');
    const image = parseHtml(tips.htmlParts.join('')).querySelector('img');
    expect(image?.attributes).toMatchObject({ src: '/images/body/diagram.png', loading: 'lazy', width: '40', height: '30' });
    expect(tips.bodyImages).toEqual([{ src: '/images/body/diagram.png', line: 19, found: true }]);
  });

  it('reports internal links at their line in the file', () => {
    expect(find('terminal-tips').internalLinks).toEqual([
      { url: '/news/studio-friday', line: 17 },
      { url: '/news/design-tokens', line: 25 },
    ]);
  });

  it('leaves drafts and scheduled articles to isPublished', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    const published = loadContent(options).articles.filter((article) => isPublished(article, now));
    expect(published.map((article) => article.slug)).toEqual(['terminal-tips', 'design-tokens', 'studio-friday']);
  });
});
