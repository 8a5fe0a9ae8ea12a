/**
 * `tsx scripts/publish.ts <outDir>`: the publishing step of `next build` (next.config.ts runs
 * it once, in its own process, before anything is compiled). Compiles $CONTENT_DIR (default
 * ./content) into the artifact at <outDir>, or prints every problem as `file:line: message`
 * and exits 1, writing nothing.
 */
import { formatProblem, problemSummary } from '../lib/content/problems';
import { publish } from '../lib/publish';

const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: tsx scripts/publish.ts <outDir>');
  process.exit(2);
}

const started = performance.now();
const { content, problems } = publish({ outDir });
for (const problem of problems) console.error(formatProblem(problem));
if (!content) {
  console.error(`\n✗ The content has ${problemSummary(problems)}: nothing was published.`);
  process.exit(1);
}
const articles = content.articles.filter((article) => !article.draft).length;
console.log(`✓ Published ${articles} articles (${problemSummary(problems)}) in ${Math.round(performance.now() - started)} ms`);
