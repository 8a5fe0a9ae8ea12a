import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { NextConfig } from 'next';
import { DEFAULT_ORIGIN, siteOrigin } from './lib/site-origin';
import { securityHeaders } from './lib/security';

const development = process.env.NODE_ENV === 'development';

/** A wrong SITE_URL stops the build, the development server and `next start` before anything is served. */
function checkedOrigin(): string {
  try {
    return siteOrigin(process.env.SITE_URL);
  } catch (error) {
    console.error(`\n✗ ${(error as Error).message}\n`);
    process.exit(1);
  }
}
const origin = checkedOrigin();
// A second build (e.g. the ads-on browser tests) can live beside the main one.
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
/** The compiled content, inside the build output (lib/artifact.ts). */
const publicationDir = path.join(distDir, 'publication');

const nextConfig: NextConfig = {
  distDir,
  // Deploy builds (NEXT_STANDALONE=true) get a self-contained server folder, see README
  // "Deploy and scale"; `next start` refuses to serve such a build cleanly, so it is opt-in.
  output: process.env.NEXT_STANDALONE === 'true' ? 'standalone' : undefined,
  poweredByHeader: false,
  compiler: {
    defineServer: {
      // Where the server code finds the compiled content, relative to the server's folder.
      'process.env.PUBLICATION_DIR': publicationDir,
      // The origin the build was made with, for every page: prerendered and dynamic pages,
      // feeds and share links never disagree, whatever the server's environment says later.
      'process.env.SITE_URL': origin,
    },
    /**
     * The publishing step: the content is compiled once, in one process, before any worker
     * renders a page. Broken content stops the build with one `file:line: message` per
     * problem and nothing else.
     */
    async runAfterProductionCompile({ distDir: outputDir }) {
      if (origin === DEFAULT_ORIGIN && !process.env.SITE_URL) {
        console.warn(
          `\n⚠ SITE_URL is not set: canonical URLs, share links, feeds and the sitemap of this build will say ${DEFAULT_ORIGIN}.\n` +
            '  Set it to the public origin for a real deployment, e.g. SITE_URL=https://news.example.com npm run build\n',
        );
      }
      const script = path.join(import.meta.dirname, 'scripts', 'publish.ts');
      const result = spawnSync(process.execPath, ['--import', 'tsx', script, outputDir], { stdio: 'inherit' });
      if (result.status !== 0) process.exit(result.status ?? 1);
    },
  },
  experimental: {
    // Next.js renders pages in (cores - 1) workers, leaving one core to a main process that
    // idles while they work. Every core renders here: on 2 cores, generating 1,000 articles'
    // pages went from 37.7 s on one worker to 25.7 s on two (npm run bench).
    cpus: availableParallelism(),
    // Links here are plain <a> (no client-side prefetching), so the gzip-size search that
    // decides which route segments to inline into prefetch responses is wasted work: it was
    // a third of static generation (1,000 articles: 26 s -> 18 s without it).
    prefetchInlining: false,
  },
  reactStrictMode: true,
  // `npm run typecheck` checks the whole project (tests and scripts too) once per change, in
  // CI before anything is built; checking again inside every build only slows it down.
  typescript: { ignoreBuildErrors: true },
  images: {
    formats: ['image/avif', 'image/webp'],
    // Hero and card images are illustrations: quality 60 AVIF/WebP is visually the same and
    // about a third lighter, which shortens the largest paint on slow connections.
    qualities: [60],
    deviceSizes: [360, 480, 640, 828, 1080, 1280, 1600],
  },
  async headers() {
    const headers = securityHeaders({
      adsEnabled: Boolean(process.env.NEXT_PUBLIC_ADSENSE_CLIENT?.trim()),
      development,
      https: origin.startsWith('https://'),
    });
    return [{ source: '/:path*', headers }];
  },
};

export default nextConfig;
