/**
 * One article count, end to end: a fresh project copy, N generated articles, the content
 * loader timed on them in separate processes, then a measured `next build`.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { runBuild, type BuildResult } from './build';
import type { ContentLoadSample } from './content-load';
import type { SizeRun } from './report';
import { generateArticles, type SyntheticArticle } from './synthetic';
import { gzipBytes, median, onInterrupt, progress } from './util';
import { clearArticles, createWorkspace, PROJECT_ROOT, type Workspace } from './workspace';

const run = promisify(execFile);

/** Times a cold checkContent in `runs` fresh processes, one after the other. */
export async function measureContentLoad(workspace: Workspace, runs: number): Promise<ContentLoadSample[]> {
  const tsx = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
  const script = path.join(import.meta.dirname, 'content-load.ts');
  const samples: ContentLoadSample[] = [];
  for (let index = 0; index < runs; index++) {
    const { stdout } = await run(tsx, [script, workspace.dir, workspace.contentDir, workspace.publicDir], {
      cwd: workspace.dir,
      env: { ...process.env, NODE_ENV: 'production' },
      maxBuffer: 16 * 1024 * 1024,
    });
    const sample = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as ContentLoadSample;
    if (sample.errors > 0) throw new Error(`the generated content has ${sample.errors} error(s); run npm run content:check on ${workspace.contentDir}`);
    samples.push(sample);
  }
  return samples;
}

export interface SizeRunOutput {
  run: SizeRun;
  workspace: Workspace;
  articles: SyntheticArticle[];
  distDir: string;
}

export async function runSize(count: number, { contentLoadRuns = 1 } = {}): Promise<SizeRunOutput> {
  progress(`[${count}] copying the project to a temp folder`);
  const workspace = createWorkspace(`bench-${count}`);
  // Until it is handed to the caller, an interrupted run removes the copy here.
  const forgetWorkspace = onInterrupt(() => workspace.remove());
  try {
    clearArticles(workspace);
    const articles = generateArticles({ contentDir: workspace.contentDir, publicDir: workspace.publicDir, count });
    progress(`[${count}] generated ${articles.length} articles in ${workspace.contentDir}`);
    progress(`[${count}] timing checkContent in ${contentLoadRuns} fresh process(es)`);
    const samples = await measureContentLoad(workspace, contentLoadRuns);
    progress(`[${count}] checkContent: ${samples.map((sample) => `${Math.round(sample.checkMs)} ms`).join(', ')}`);
    progress(`[${count}] next build`);
    const build = await runBuild({ cwd: workspace.dir, onProgress: (line) => progress(`[${count}]   ${line}`) });
    progress(`[${count}] built in ${(build.wallMs / 1000).toFixed(1)} s, ${build.staticPages ?? '?'} pages`);
    const { distDir, ...measured } = build satisfies BuildResult;
    const htmlGzip = (page: string) => gzipBytes(readFileSync(path.join(distDir, 'server', 'app', page)));
    return {
      run: {
        articles: count,
        build: measured,
        contentLoad: {
          samples,
          medianCheckMs: median(samples.map((sample) => sample.checkMs)),
          medianImportMs: median(samples.map((sample) => sample.importMs)),
        },
        listingHtmlGzip: { home: htmlGzip('index.html'), news: htmlGzip('news.html') },
      },
      workspace,
      articles,
      distDir,
    };
  } catch (error) {
    workspace.remove();
    throw error;
  } finally {
    forgetWorkspace();
  }
}
