import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeWorkspace, type Workspace } from '../fixtures/editor/workspace';

const SCRIPT = path.resolve('scripts/content-check.ts');
const TSX = path.resolve('node_modules/.bin/tsx');

let workspace: Workspace | undefined;
afterEach(() => {
  workspace?.remove();
  workspace = undefined;
});

/**
 * Runs `npm run content:check` as CI would: from the site's root, reading content/ and public/
 * (without the CONTENT_DIR the unit tests set to point getPublication at the fixture site).
 */
function contentCheck(cwd: string, githubActions: boolean) {
  const env: NodeJS.ProcessEnv = { ...process.env, GITHUB_ACTIONS: githubActions ? 'true' : '' };
  delete env.CONTENT_DIR;
  const result = spawnSync(TSX, [SCRIPT], { cwd, env, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each case starts a process; allow for slow CI machines.
describe('npm run content:check', { timeout: 30_000 }, () => {
  it('exits 0 with a summary on valid content, and prints no annotations when clean', () => {
    workspace = makeWorkspace();
    const result = contentCheck(workspace.root, true);
    expect(result).toEqual({
      status: 0,
      // The scheduled article says when it goes live, in the site's time zone.
      stdout: '⏲ content/articles/scheduled-piece.md goes live on 1 January 2099 at 00:00 (Asia/Ho_Chi_Minh time)\n✓ 3 articles (1 draft), 2 categories, 1 author checked; 0 warnings.\n',
      stderr: '',
    });
  });

  it('exits 1 on an error, printing path:line: message and the count', () => {
    workspace = makeWorkspace('broken-article-link', 'narrow-hero');
    const result = contentCheck(workspace.root, false);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "content/articles/broken-article-link.md:8: broken link '/news/publishd-piece': no article with slug 'publishd-piece', did you mean '/news/published-piece'?\n",
    );
    expect(result.stderr).toContain("content/articles/narrow-hero.md:6: warning: hero image '/images/articles/narrow.png' is 800 px wide");
    expect(result.stderr).toContain('✗ 2 errors, 1 warning: fix the errors above before publishing.');
    expect(result.stdout).not.toContain('::');
  });

  it('exits 0 when there are only warnings', () => {
    workspace = makeWorkspace('narrow-hero', 'long-description');
    const result = contentCheck(workspace.root, false);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').at(-2)).toBe('✓ 5 articles (1 draft), 2 categories, 1 author checked; 2 warnings.');
  });

  it('inside GitHub Actions, also prints one annotation per problem on its file and line', () => {
    workspace = makeWorkspace('broken-article-link', 'narrow-hero');
    const result = contentCheck(workspace.root, true);
    expect(result.status).toBe(1);
    const annotations = result.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations).toEqual([
      "::error file=content/articles/broken-article-link.md,line=8,title=Content check::broken link '/news/publishd-piece': no article with slug 'publishd-piece', did you mean '/news/published-piece'?",
      "::error file=content/articles/broken-article-link.md,line=10,title=Content check::broken link '/news/nope': no article with slug 'nope'",
      expect.stringMatching(/^::warning file=content\/articles\/narrow-hero\.md,line=6,title=Content check::hero image '\/images\/articles\/narrow\.png' is 800 px wide/),
    ]);
    expect(result.stderr).toContain('content/articles/broken-article-link.md:8: broken link');
  });

  it('reports frontmatter errors from the loader the same way', () => {
    workspace = makeWorkspace();
    cpSync('tests/fixtures/editor/cases/broken-category-link.md', workspace.article('Bad Name'));
    const result = contentCheck(workspace.root, true);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("::error file=content/articles/Bad Name.md,line=1,title=Content check::file name 'Bad Name.md' is not a valid slug");
  });
});
