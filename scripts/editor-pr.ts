/**
 * `npm run test:editor-pr`: proves that an editor's correct pull request leaves `npm test`
 * green. Copies the project (every file git knows, as it is in the working tree) to a temp
 * folder, makes there the changes editors make every week, and runs the whole test command:
 *
 *   1. a new article, featured, dated now: it leads the home page;
 *   2. a new section in categories.yml with a first article in it;
 *   3. an article written in Vietnamese;
 *   4. the draft published (every draft, if there are several; one is written first if none).
 *
 * Prints the changes and the test command's output; exits with its status.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isoDay } from '../lib/dates';
import { PROJECT_ROOT } from './lib/workspace';

const { values } = parseArgs({ options: { keep: { type: 'boolean', default: false } } });

function copyProject(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nowletus-editor-pr-'));
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: PROJECT_ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file && existsSync(path.join(PROJECT_ROOT, file)));
  for (const file of files) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    cpSync(path.join(PROJECT_ROOT, file), path.join(dir, file));
  }
  execFileSync('cp', ['-al', path.join(PROJECT_ROOT, 'node_modules'), path.join(dir, 'node_modules')]);
  return dir;
}

function firstCategory(contentDir: string): string {
  const slug = /^- slug:\s*(\S+)/m.exec(readFileSync(path.join(contentDir, 'categories.yml'), 'utf8'))?.[1];
  if (!slug) throw new Error('categories.yml declares no section');
  return slug;
}

function article(fields: Record<string, string>, body: string): string {
  const frontmatter = Object.entries(fields).map(([key, value]) => `${key}: ${value}`).join('\n');
  return `---\n${frontmatter}\n---\n\n${body}\n`;
}

function editorialChanges(contentDir: string): string[] {
  const articles = path.join(contentDir, 'articles');
  const today = isoDay(new Date());
  const category = firstCategory(contentDir);
  const done: string[] = [];

  writeFileSync(
    path.join(articles, 'editor-pr-featured-story.md'),
    article(
      { title: '"A featured story from this week"', description: '"The kind of piece an editor features on a Monday morning."', date: today, category, featured: 'true' },
      'This article leads the home page from the moment it is merged.\n\n## Why it matters\n\nBecause editors feature one story at a time, and the newest featured one leads.',
    ),
  );
  done.push(`added content/articles/editor-pr-featured-story.md (featured, ${today})`);

  writeFileSync(
    path.join(contentDir, 'categories.yml'),
    `${readFileSync(path.join(contentDir, 'categories.yml'), 'utf8').trimEnd()}\n- slug: field-reports\n  name: Field Reports\n  description: Short dispatches from projects in progress.\n`,
  );
  writeFileSync(
    path.join(articles, 'editor-pr-first-field-report.md'),
    article(
      { title: '"The first field report"', description: '"A new section gets its first article."', date: today, category: 'field-reports', tags: '[reports]' },
      'A new section appears in the navigation with its first article.',
    ),
  );
  done.push('added the section field-reports to content/categories.yml, and content/articles/editor-pr-first-field-report.md in it');

  writeFileSync(
    path.join(articles, 'editor-pr-bai-viet-tieng-viet.md'),
    article(
      { title: '"Một bài viết bằng tiếng Việt"', description: '"Biên tập viên viết bài bằng tiếng Việt, có đủ dấu."', date: today, category },
      'Đây là một bài viết ngắn bằng tiếng Việt. Nó có tiêu đề, phần mô tả và nội dung với đầy đủ dấu thanh.',
    ),
  );
  done.push('added content/articles/editor-pr-bai-viet-tieng-viet.md (in Vietnamese)');

  const drafts = readdirSync(articles).filter((name) => /^draft:\s*true\s*$/m.test(readFileSync(path.join(articles, name), 'utf8')));
  if (drafts.length === 0) {
    writeFileSync(
      path.join(articles, 'editor-pr-draft.md'),
      article({ title: '"A draft to publish"', description: '"Written as a draft, then published."', date: today, category, draft: 'true' }, 'Ready now.'),
    );
    drafts.push('editor-pr-draft.md');
  }
  for (const name of drafts) {
    const file = path.join(articles, name);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^draft:\s*true\s*\n/m, ''));
    done.push(`published content/articles/${name} (removed draft: true)`);
  }
  return done;
}

const dir = copyProject();
console.log(`Copied the project to ${dir}`);
for (const change of editorialChanges(path.join(dir, 'content'))) console.log(`  - ${change}`);
console.log('\nRunning npm test there…\n');
const result = spawnSync('npm', ['test'], { cwd: dir, stdio: 'inherit', // Its own ports: a server of this checkout's tests may be running on the default ones.
  env: { ...process.env, CI: 'true', NEXT_TELEMETRY_DISABLED: '1', E2E_PORT: process.env.EDITOR_PR_E2E_PORT ?? '3300' } });
console.log(`\nnpm test on the editor's pull request: ${result.status === 0 ? 'passed' : `failed (exit ${result.status})`}`);
if (values.keep) console.log(`kept ${dir}`);
else rmSync(dir, { recursive: true, force: true });
process.exit(result.status ?? 1);
