/**
 * A small site written into a temp folder for one test: a categories.yml with one section
 * ('news'), the given files, and the content check's problems as `file:line: message`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkContent } from '@/lib/content/loader';

const CATEGORIES = '- slug: news\n  name: News\n  description: Everything.\n';

const folders: string[] = [];

/** Removes every temp site written so far (call it in afterEach). */
export function removeTempSites(): void {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
}

/** Checks a site of `files` (paths relative to the site folder; content/categories.yml is added). */
export function checkTempSite(files: Record<string, string>, now?: Date) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nowletus-site-'));
  folders.push(dir);
  for (const [file, text] of Object.entries({ 'content/categories.yml': CATEGORIES, ...files })) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const { content, problems } = checkContent({ contentDir: path.join(dir, 'content') }, now);
  return { content, problems: problems.map((problem) => `${path.basename(problem.file)}:${problem.line}: ${problem.message}`) };
}

/** An article file: the given frontmatter lines, then a date and the 'news' section, then the body. */
export function articleFile(fields: string, body = 'Body text.'): string {
  return `---\n${fields}\ndate: 2025-01-01\ncategory: news\n---\n${body}\n`;
}
