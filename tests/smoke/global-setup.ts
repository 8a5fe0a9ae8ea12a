/**
 * Builds the editorial content the way a deployment does (a copy of the app with the
 * project's own content/ and public/, `next build`, `next start`) and hands the tests the
 * server's address and the copy's content folder.
 */
import type { TestProject } from 'vitest/node';
import { runBuild } from '../../scripts/lib/build';
import { startServer } from '../../scripts/lib/server';
import { createWorkspace } from '../../scripts/lib/workspace';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    contentDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const workspace = createWorkspace('smoke');
  await runBuild({ cwd: workspace.dir });
  const server = await startServer({ cwd: workspace.dir });
  project.provide('siteUrl', server.url);
  project.provide('contentDir', workspace.contentDir);
  return async () => {
    await server.stop();
    workspace.remove();
  };
}
