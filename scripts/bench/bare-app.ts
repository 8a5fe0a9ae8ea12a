/**
 * The framework's baseline: a bare Next.js app (one layout, one page of text, default config)
 * built with the same Next.js and React, so "JavaScript over a bare page" compares against
 * what any Next.js 16 page ships rather than against a page of this site.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { measurePage, type PageWeight } from './assets';
import { runBuild } from './build';
import { onInterrupt } from './util';
import { createWorkspace, type Workspace } from './workspace';

const LAYOUT = `export const metadata = { title: 'Bare page', description: 'A bare Next.js page: the framework baseline.' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`;

const PAGE = `export default function Page() {
  return (
    <main>
      <h1>Bare page</h1>
      <p>Nothing but the framework: the JavaScript every Next.js page ships.</p>
    </main>
  );
}
`;

export interface BareApp {
  workspace: Workspace;
  page: PageWeight;
  buildMs: number;
}

export async function buildBareApp(): Promise<BareApp> {
  const workspace = createWorkspace('bare', { entries: ['package.json', 'tsconfig.json'] });
  const forgetWorkspace = onInterrupt(() => workspace.remove());
  try {
    mkdirSync(path.join(workspace.dir, 'app'), { recursive: true });
    writeFileSync(path.join(workspace.dir, 'app', 'layout.tsx'), LAYOUT);
    writeFileSync(path.join(workspace.dir, 'app', 'page.tsx'), PAGE);
    const build = await runBuild({ cwd: workspace.dir });
    return { workspace, page: measurePage(build.distDir, 'index.html'), buildMs: build.wallMs };
  } catch (error) {
    workspace.remove();
    throw error;
  } finally {
    forgetWorkspace();
  }
}
