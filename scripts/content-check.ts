/**
 * `npm run content:check [contentDir] [publicDir]`: validates every content file and prints
 * each problem as `path:line: message`. Inside GitHub Actions it also prints workflow
 * annotations so each problem shows on its line in the pull request. Exits 1 when any
 * problem is an error (warnings never fail), 0 with a summary otherwise.
 */
import path from 'node:path';
import { siteConfig } from '../lib/config';
import { problemAnnotation } from '../lib/content/annotations';
import { checkContent, resolveContentOptions } from '../lib/content/loader';
import { formatProblem, problemSummary } from '../lib/content/problems';
import { publicationStatus } from '../lib/content/visibility';
import { formatMoment } from '../lib/dates';

const options = resolveContentOptions({ contentDir: process.argv[2], publicDir: process.argv[3] });
const { content, problems } = checkContent(options);

for (const problem of problems) {
  (problem.severity === 'error' ? console.error : console.warn)(formatProblem(problem));
}
if (process.env.GITHUB_ACTIONS === 'true') {
  for (const problem of problems) console.log(problemAnnotation(problem));
}

const plural = (count: number, noun: string, nouns = `${noun}s`) => `${count} ${count === 1 ? noun : nouns}`;
if (!content) {
  console.error(`\n✗ ${problemSummary(problems)}: fix the errors above before publishing.`);
  process.exit(1);
}
// With no errors, every problem printed is a warning.
const now = new Date();
for (const article of content.articles.filter((candidate) => publicationStatus(candidate, now) === 'scheduled')) {
  const file = path.relative(process.cwd(), path.join(options.contentDir, 'articles', `${article.slug}.md`));
  console.log(`⏲ ${file} goes live on ${formatMoment(article.date)} (${siteConfig.timeZone} time)`);
}
const drafts = content.articles.filter((article) => article.draft).length;
console.log(
  `✓ ${plural(content.articles.length, 'article')} (${plural(drafts, 'draft')}), ${plural(content.categories.length, 'category', 'categories')}, ${plural(content.authors.length, 'author')} checked; ${plural(problems.length, 'warning')}.`,
);
