/**
 * `tsx scripts/publish.ts <outDir>`: the publishing step of `next build` (next.config.ts runs
 * it once, in its own process, before anything is compiled). Compiles $CONTENT_DIR (default
 * ./content) into the artifact at <outDir>, or prints every problem as `file:line: message`
 * and exits 1, writing nothing. Rendering markdown is most of the work, so the articles are
 * read on every core, a share per worker thread running this same file.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { readArticleShare, type ArticleShare } from '../lib/content/loader';
import { formatProblem, problemSummary } from '../lib/content/problems';
import { publish } from '../lib/publish';

/** Below this many files per thread, another thread costs more than it saves. */
const FILES_PER_SHARE = 100;

/** Reads the articles in shares: one here, the others each in a worker thread meanwhile. */
async function readInWorkers(files: string[]): Promise<ArticleShare[]> {
  const threads = Math.min(availableParallelism(), Math.ceil(files.length / FILES_PER_SHARE));
  // Every threads-th file, so long and short articles spread evenly.
  const [own = [], ...others] = Array.from({ length: Math.max(threads, 1) }, (_, share) => files.filter((_, index) => index % threads === share));
  const workers = others.map(
    (share) =>
      new Promise<ArticleShare>((resolve, reject) => {
        // A worker thread has no TypeScript loader of its own: it registers tsx, then runs this file.
        const bootstrap = `require('tsx/cjs/api').register(); require(${JSON.stringify(__filename)});`;
        const worker = new Worker(bootstrap, { eval: true, workerData: share });
        worker.once('message', resolve);
        worker.once('error', reject);
        worker.once('exit', (code) => code !== 0 && reject(new Error(`a publishing worker stopped with exit code ${code}`)));
      }),
  );
  const mine = readArticleShare({}, own);
  return [mine, ...(await Promise.all(workers))];
}

async function main() {
  const outDir = process.argv[2];
  if (!outDir) {
    console.error('usage: tsx scripts/publish.ts <outDir>');
    process.exit(2);
  }
  const started = performance.now();
  const { content, problems } = await publish({ outDir, readShares: readInWorkers });
  for (const problem of problems) console.error(formatProblem(problem));
  if (!content) {
    console.error(`\n✗ The content has ${problemSummary(problems)}: nothing was published.`);
    process.exit(1);
  }
  const articles = content.articles.filter((article) => !article.draft).length;
  console.log(`✓ Published ${articles} articles (${problemSummary(problems)}) in ${Math.round(performance.now() - started)} ms`);
}

if (isMainThread) {
  void main();
} else {
  parentPort!.postMessage(readArticleShare({}, workerData as string[]));
}
