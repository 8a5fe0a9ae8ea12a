/**
 * Child process of the bench: times one cold `checkContent` (what each build worker pays once
 * when it first calls loadContent) on a content folder, with the loader of a given project
 * copy. Prints one JSON line.
 *
 * Usage: tsx scripts/bench/content-load.ts <project dir> <content dir> <public dir>
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface ContentLoadSample {
  /** Importing the loader and its dependencies (zod, remark, …). */
  importMs: number;
  /** One cold checkContent call: read, parse, validate and render every article. */
  checkMs: number;
  articles: number;
  errors: number;
  warnings: number;
}

interface LoaderModule {
  checkContent(options: { contentDir?: string; publicDir?: string }): {
    content: { articles: unknown[] } | null;
    problems: { severity: string }[];
  };
}

async function main(): Promise<void> {
  const [projectDir, contentDir, publicDir] = process.argv.slice(2);
  if (!projectDir || !contentDir || !publicDir) throw new Error('usage: content-load.ts <project dir> <content dir> <public dir>');
  const importStart = performance.now();
  const loader = (await import(pathToFileURL(path.join(projectDir, 'lib', 'content', 'loader.ts')).href)) as LoaderModule;
  const checkStart = performance.now();
  const { content, problems } = loader.checkContent({ contentDir, publicDir });
  const end = performance.now();
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const sample: ContentLoadSample = {
    importMs: checkStart - importStart,
    checkMs: end - checkStart,
    articles: content?.articles.length ?? 0,
    errors,
    warnings: problems.length - errors,
  };
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
