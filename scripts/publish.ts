/**
 * `tsx scripts/publish.ts <distDir>`: the publishing step of `next build` (next.config.ts runs
 * it once, in its own process, before any page is rendered). Compiles $CONTENT_DIR (default
 * ./content) into the artifact at <distDir>/publication and adds it to the server's file
 * trace, or prints every problem as `file:line: message` and exits 1, writing nothing.
 */
import path from 'node:path';
import { formatProblem, problemSummary } from '../lib/content/problems';
import { publish, traceArtifact } from '../lib/publish';

const distDir = process.argv[2];
if (!distDir) {
  console.error('usage: tsx scripts/publish.ts <distDir>');
  process.exit(2);
}
const outDir = path.join(distDir, 'publication');

const started = performance.now();
const { content, problems } = publish({ outDir });
for (const problem of problems) console.error(formatProblem(problem));
if (!content) {
  console.error(`\n✗ The content has ${problemSummary(problems)}: nothing was published.`);
  process.exit(1);
}
traceArtifact(distDir, outDir);
const articles = content.articles.filter((article) => !article.draft).length;
console.log(`✓ Published ${articles} articles (${problemSummary(problems)}) in ${Math.round(performance.now() - started)} ms`);
