import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, compileContent } from '@/lib/content/loader';
import { ContentError, type Problem } from '@/lib/content/problems';
import { EDITOR_FIXTURES, makeWorkspace, type Workspace } from '../fixtures/editor/workspace';
import { copySite, SITE_NOW } from './helpers/site-fixture';

let workspace: Workspace | undefined;
afterEach(() => {
  workspace?.remove();
  workspace = undefined;
});

/** The moment of the checks: after every published piece of the base site, before its scheduled one (2099). */
const NOW = new Date('2026-06-01T00:00:00Z');

/** checkContent on the base fixture site plus the named case articles. */
function check(...cases: string[]) {
  workspace = makeWorkspace(...cases);
  return checkContent({ contentDir: workspace.contentDir, publicDir: workspace.publicDir }, NOW);
}

/** checkContent on a copy of the fixture site (tests/fixtures/site) plus one case article. */
function checkOnSite(name: string) {
  const site = copySite();
  const file = path.join(site.contentDir, 'articles', `${name}.md`);
  cpSync(path.join(EDITOR_FIXTURES, 'cases', `${name}.md`), file);
  workspace = { root: site.root, contentDir: site.contentDir, publicDir: site.publicDir, article: (slug) => path.join(site.contentDir, 'articles', `${slug}.md`), remove: site.remove };
  return checkContent({ contentDir: site.contentDir, publicDir: site.publicDir }, SITE_NOW);
}

/** A problem in one of the case articles, located as checkContent reports it. */
function problem(slug: string, line: number, message: string, severity: Problem['severity'] = 'error'): Problem {
  if (!workspace) throw new Error('no workspace');
  return { file: path.relative(process.cwd(), workspace.article(slug)), line, message, severity };
}

/** The text on a reported line, to prove the line number points at the mistake. */
function lineText(found: Problem): string {
  return readFileSync(found.file, 'utf8').split('\n')[found.line - 1] ?? '';
}

describe('the editor fixture site', () => {
  it('is clean on its own, so every problem below comes from the case article', () => {
    expect(check()).toMatchObject({ problems: [], content: { articles: expect.any(Array) } });
  });
});

describe('internal links in article bodies', () => {
  it('reports links to articles that do not exist, with a hint for near misses', () => {
    const { content, problems } = check('broken-article-link');
    expect(problems).toEqual([
      problem('broken-article-link', 8, "broken link '/news/publishd-piece': no article with slug 'publishd-piece', did you mean '/news/published-piece'?"),
      problem('broken-article-link', 10, "broken link '/news/nope': no article with slug 'nope'"),
    ]);
    expect(content).toBeNull();
    expect(lineText(problems[0]!)).toContain('(/news/publishd-piece)');
  });

  it('reports links to categories, tags and authors that do not exist', () => {
    expect(check('broken-category-link').problems).toEqual([
      problem('broken-category-link', 8, "broken link '/category/desgin': no category with slug 'desgin' in categories.yml, did you mean '/category/design'?"),
    ]);
    workspace?.remove();
    expect(check('broken-tag-link').problems).toEqual([
      problem('broken-tag-link', 8, "broken link '/tags/toolng': no article is tagged 'toolng', did you mean '/tags/tooling'?"),
    ]);
    workspace?.remove();
    expect(check('broken-author-link').problems).toEqual([
      problem('broken-author-link', 8, "broken link '/authors/jane-do': no author with slug 'jane-do' in authors.yml, did you mean '/authors/jane-doe'?"),
    ]);
  });

  it('reports site paths that lead nowhere: unknown sections, page numbers, deep paths, missing files', () => {
    const { problems } = check('broken-site-path');
    expect(problems).toEqual([
      problem('broken-site-path', 8, "broken link '/new/published-piece': the site has no page or file at that address, did you mean '/news/published-piece'?"),
      problem('broken-site-path', 10, "broken link '/news/page/1': '1' is not a page number; page 1 is '/news', then '/news/page/2', '/news/page/3'…"),
      problem('broken-site-path', 12, "broken link '/news/published-piece/extra': '/news' has no page at that address: its pages look like '/news/page/:page', '/news/:slug', '/news/:slug/opengraph-image'"),
      problem('broken-site-path', 14, "broken link '/files/missing.pdf': the site has no page or file at that address"),
      problem('broken-site-path', 16, "broken link '/category/design/page/two': 'two' is not a page number; page 1 is '/category/design', then '/category/design/page/2', '/category/design/page/3'…"),
      problem('broken-site-path', 18, "broken link '/tags': '/tags' has no page of its own: its pages look like '/tags/:slug', '/tags/:slug/page/:page'"),
      problem(
        'broken-site-path',
        20,
        "broken link '/category': '/category' has no page of its own: its pages look like '/category/:slug', '/category/:slug/page/:page', '/category/:slug/feed.xml', '/category/:slug/opengraph-image', did you mean '/categories'?",
      ),
    ]);
    for (const found of problems) expect(lineText(found)).toContain('](/');
  });

  it('does not blame links for an article that exists but has errors of its own', () => {
    const { problems } = check('invalid-target', 'links-to-invalid');
    expect(problems).toEqual([
      problem('invalid-target', 5, "unknown category 'dev-tool', did you mean 'dev-tools'?"),
      problem('links-to-invalid', 8, "broken link '/news/invalid-targt': no article with slug 'invalid-targt', did you mean '/news/invalid-target'?"),
    ]);
  });

  it('accepts every address the site answers, with #fragments, ?queries and trailing slashes', () => {
    expect(check('good-links').problems).toEqual([]);
  });

  it('reports links to pages past the end of a listing, naming how many it has', () => {
    const { content, problems } = check('page-past-the-end');
    expect(problems).toEqual([
      problem('page-past-the-end', 8, "broken link '/news/page/2': '/news' has 1 page"),
      problem('page-past-the-end', 10, "broken link '/category/dev-tools/page/2': '/category/dev-tools' has 1 page"),
      problem('page-past-the-end', 12, "broken link '/tags/tooling/page/2': '/tags/tooling' has 1 page"),
      problem('page-past-the-end', 14, "broken link '/authors/jane-doe/page/2': '/authors/jane-doe' has 1 page"),
    ]);
    expect(content).toBeNull();
  });

  it('accepts later pages that exist and counts the pages of longer listings (fixture site)', () => {
    const { content, problems } = checkOnSite('site-listing-links');
    const scheduled = path.relative(process.cwd(), workspace!.article('notes-for-a-distant-almanac'));
    expect(problems).toEqual([
      problem('site-listing-links', 12, "broken link '/news/page/4': '/news' has 3 pages"),
      problem('site-listing-links', 14, "broken link '/authors/ada-quill/page/3': '/authors/ada-quill' has 2 pages"),
      problem('site-listing-links', 16, 'link \'/authors/dana-holt\' goes to an author with no published article yet: readers get "page not found" for now', 'warning'),
      problem('site-listing-links', 18, 'link \'/category/dormant\' goes to a section with no published article yet: readers get "page not found" for now', 'warning'),
      problem('site-listing-links', 20, 'link \'/tags/someday\' goes to a tag only drafts or scheduled articles use: readers get "page not found" until one of them is published', 'warning'),
      problem('site-listing-links', 22, `link '/news/notes-for-a-distant-almanac' goes to an article scheduled for 1 June 2099 (${scheduled}): readers get "page not found" until it is published`, 'warning'),
    ]);
    expect(content).toBeNull();
    for (const found of problems) expect(lineText(found)).toContain('](/');
  });

  it('warns, without failing, about links to a declared section with nothing published in it', () => {
    const { content, problems } = check('link-to-empty-listing');
    const warning = (line: number, url: string) =>
      problem('link-to-empty-listing', line, `link '${url}' goes to a section with no published article yet: readers get "page not found" for now`, 'warning');
    expect(problems).toEqual([warning(8, '/category/design'), warning(10, '/category/design/feed.xml'), warning(12, '/category/design/page/2')]);
    expect(content).not.toBeNull();
  });

  it('warns, without failing, about links to drafts, scheduled articles and tags only they use', () => {
    const { content, problems } = check('link-to-unpublished');
    expect(problems).toEqual([
      problem('link-to-unpublished', 8, `link '/news/draft-piece' goes to a draft (${path.relative(process.cwd(), workspace!.article('draft-piece'))}): readers get "page not found" until it is published`, 'warning'),
      problem('link-to-unpublished', 10, `link '/news/scheduled-piece' goes to an article scheduled for 1 January 2099 (${path.relative(process.cwd(), workspace!.article('scheduled-piece'))}): readers get "page not found" until it is published`, 'warning'),
      problem('link-to-unpublished', 12, `link '/tags/work-in-progress' goes to a tag only drafts or scheduled articles use: readers get "page not found" until one of them is published`, 'warning'),
    ]);
    expect(content).not.toBeNull();
    expect(problems.every((found) => found.severity === 'warning')).toBe(true);
  });

  it('does not warn when a scheduled article links to one that goes live before it, but does when it goes live after', () => {
    expect(check('scheduled-after-target').problems).toEqual([]);
    workspace?.remove();
    expect(check('scheduled-before-target').problems).toEqual([
      { ...problem('scheduled-before-target', 8, '', 'warning'), message: expect.stringContaining("link '/news/scheduled-piece' goes to an article scheduled for 1 January 2099") },
    ]);
  });
});

describe('images', () => {
  it('reports body images missing from public/ as errors, at their line', () => {
    const { content, problems } = check('missing-body-image');
    expect(problems).toEqual([
      problem('missing-body-image', 10, "image '/images/body/chart.png' does not exist in public/: add the file at public/images/body/chart.png or fix the path"),
    ]);
    expect(lineText(problems[0]!)).toBe('![A chart](/images/body/chart.png)');
    expect(content).toBeNull();
  });

  it('warns about hero images narrower than 1200 px, at the image line', () => {
    const { content, problems } = check('narrow-hero');
    expect(problems).toEqual([
      problem('narrow-hero', 6, "hero image '/images/articles/narrow.png' is 800 px wide; use one at least 1200 px wide (1600×900 is ideal) so it stays sharp on large screens and when shared", 'warning'),
    ]);
    expect(lineText(problems[0]!)).toMatch(/^image: /);
    expect(content).not.toBeNull();
  });
});

describe('file names', () => {
  it('refuses page.md: /news/page/N belongs to the archive', () => {
    const { content, problems } = check('page');
    expect(problems).toEqual([
      problem('page', 1, "the file name 'page.md' is reserved: /news/page/2 and the like are pages of the archive; rename the file"),
    ]);
    expect(content).toBeNull();
  });
});

describe('titles and descriptions', () => {
  it('warns on each file when two titles match, ignoring case and surrounding spaces', () => {
    const { content, problems } = check('duplicate-title');
    const published = path.relative(process.cwd(), workspace!.article('published-piece'));
    const duplicate = path.relative(process.cwd(), workspace!.article('duplicate-title'));
    expect(problems).toEqual([
      problem('duplicate-title', 2, `the title is also used by ${published}: give each article its own title so readers and search engines can tell them apart`, 'warning'),
      problem('published-piece', 2, `the title is also used by ${duplicate}: give each article its own title so readers and search engines can tell them apart`, 'warning'),
    ]);
    expect(content).not.toBeNull();
  });

  it('warns when a description is over 200 characters, and not at exactly 200', () => {
    expect(check('long-description').problems).toEqual([
      problem('long-description', 3, 'description is 201 characters; search engines show about 160–200, so the end will be cut off', 'warning'),
    ]);
    workspace?.remove();
    expect(check('description-at-limit').problems).toEqual([]);
  });

  it("warns about npm run new's placeholder description in a draft, and refuses to publish it", () => {
    const message = "description is still the placeholder from 'npm run new': write one or two sentences of your own";
    expect(check('placeholder-draft').problems).toEqual([problem('placeholder-draft', 3, message, 'warning')]);
    workspace?.remove();
    const published = check('placeholder-published');
    expect(published.problems).toEqual([problem('placeholder-published', 3, message)]);
    expect(published.content).toBeNull();
  });
});

describe('errors and warnings together', () => {
  it('reports every case in one run, sorted by file and line; any error stops compileContent', () => {
    const { problems } = check('broken-article-link', 'narrow-hero', 'missing-body-image', 'long-description');
    expect(problems.map((found) => [path.basename(found.file), found.line, found.severity])).toEqual([
      ['broken-article-link.md', 8, 'error'],
      ['broken-article-link.md', 10, 'error'],
      ['long-description.md', 3, 'warning'],
      ['missing-body-image.md', 10, 'error'],
      ['narrow-hero.md', 6, 'warning'],
    ]);
    expect(() => compileContent({ contentDir: workspace!.contentDir, publicDir: workspace!.publicDir }, NOW)).toThrow(ContentError);
  });

  it('publishes with warnings alone', () => {
    const { content, problems } = check('narrow-hero', 'long-description', 'link-to-unpublished');
    expect(problems.every((found) => found.severity === 'warning')).toBe(true);
    expect(content?.articles).toHaveLength(6);
    expect(problems).toHaveLength(1 + 1 + 3);
    expect(compileContent({ contentDir: workspace!.contentDir, publicDir: workspace!.publicDir }, NOW)).toEqual(content);
  });
});
