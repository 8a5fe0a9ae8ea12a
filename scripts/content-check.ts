/**
 * `npm run content:check`: validates every content file and prints each problem as
 * `path:line: message`. Exits 1 when any problem is an error, 0 with a summary otherwise.
 */
import { checkContent } from '../lib/content/loader';
import { formatProblem } from '../lib/content/problems';

const { content, problems } = checkContent({ contentDir: process.argv[2], publicDir: process.argv[3] });

for (const problem of problems) {
  (problem.severity === 'error' ? console.error : console.warn)(formatProblem(problem));
}

const errors = problems.filter((problem) => problem.severity === 'error').length;
const warnings = problems.length - errors;
if (!content) {
  console.error(`\n✗ ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}: fix the errors above before publishing.`);
  process.exit(1);
}
const drafts = content.articles.filter((article) => article.draft).length;
console.log(
  `✓ ${content.articles.length} articles (${drafts} draft${drafts === 1 ? '' : 's'}), ${content.categories.length} categories, ${content.authors.length} authors checked; ${warnings} warning${warnings === 1 ? '' : 's'}.`,
);
