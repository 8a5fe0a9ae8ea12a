import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_BUILD } from 'next/constants';
import { installArtifact, readArtifactRoutes } from './lib/artifact';
import { newsletterFrom } from './lib/config';
import { contentGateRewrites } from './lib/content-gate';
import { languageRedirects, languageRewrites, slugsByLanguageInFolder } from './lib/languages';
import { contentDirectory } from './lib/content/paths';
import { publicFileHeaders, securityHeaders, siteSecurityOptions } from './lib/security';
import { DEFAULT_ORIGIN, siteOrigin } from './lib/site-origin';

/** A wrong setting stops the build, the development server and `next start` before anything is served. */
function checked<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    console.error(`\n✗ ${(error as Error).message}\n`);
    process.exit(1);
  }
}

/**
 * The publishing step: the content is compiled once, in one process, before Next compiles
 * anything (so broken content fails the build at once, with one `file:line: message` per
 * problem and nothing else). Next cleans its output folder after loading this file, so the
 * artifact waits in <distDir>/cache (which the clean keeps) until the compile is done.
 */
function publish(stagingDir: string): void {
  if (origin === DEFAULT_ORIGIN && !process.env.SITE_URL) {
    console.warn(
      `\n⚠ SITE_URL is not set: canonical URLs, share links, feeds and the sitemap of this build will say ${DEFAULT_ORIGIN}.\n` +
        '  Set it to the public origin for a real deployment, e.g. SITE_URL=https://news.example.com npm run build\n',
    );
  }
  const script = path.join(import.meta.dirname, 'scripts', 'publish.ts');
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, stagingDir], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const origin = checked(() => siteOrigin(process.env.SITE_URL));
const newsletter = checked(() => newsletterFrom(process.env.NEWSLETTER_ACTION, process.env.NEWSLETTER_EMAIL_FIELD));
// A second build (e.g. the ads-on browser tests) can live beside the main one.
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const stagingDir = path.join(distDir, 'cache', 'publication');
const development = process.env.NODE_ENV === 'development';

export default function config(phase: string): NextConfig {
  // Next loads this file more than once per build, and in every build worker (which inherit
  // the main process's environment): publish once, in the main process.
  if (phase === PHASE_PRODUCTION_BUILD && !process.env.IS_NEXT_WORKER && process.env.NEWS_PUBLISHED !== stagingDir) {
    publish(stagingDir);
    process.env.NEWS_PUBLISHED = stagingDir;
  }

  return {
    distDir,
    // Deploy builds (NEXT_STANDALONE=true) get a self-contained server folder, see README
    // "Deploy and scale"; `next start` warns about such a build, so it is opt-in.
    output: process.env.NEXT_STANDALONE === 'true' ? 'standalone' : undefined,
    poweredByHeader: false,
    // proxy.ts redirects `/news/` to `/news` itself, so the answer carries the site's headers.
    skipTrailingSlashRedirect: true,
    // A CDN or nginx in front validates and compresses; hashing every page in JavaScript to
    // make an ETag was a fifth of the server's time on an article (cpu profile, npm run bench).
    generateEtags: false,
    // Pages are regenerated when a scheduled article goes live, by this cache (lib/edition-cache.mjs).
    cacheHandler: path.resolve(import.meta.dirname, 'lib', 'edition-cache.mjs'),
    compiler: {
      defineServer: {
        // Where the server code finds the compiled content, relative to the server's folder.
        'process.env.PUBLICATION_DIR': path.join(distDir, 'publication'),
        // The origin the build was made with, for every page: prerendered and dynamic pages,
        // feeds and share links never disagree, whatever the server's environment says later.
        'process.env.SITE_URL': origin,
        // The newsletter form, likewise: the build that drew the form is the one that allowed
        // its action in the Content-Security-Policy.
        'process.env.NEWSLETTER_ACTION': newsletter?.action ?? '',
        'process.env.NEWSLETTER_EMAIL_FIELD': newsletter?.emailField ?? '',
      },
      async runAfterProductionCompile({ distDir: outputDir }) {
        installArtifact(path.join(outputDir, 'cache', 'publication'), outputDir);
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
      // Two root layouts (one per <html lang>, lib/languages.ts) share one designed 404 page.
      globalNotFound: true,
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
    async rewrites() {
      // The build's rewrites go into its route manifest; `next start` never asks again.
      if (phase === PHASE_DEVELOPMENT_SERVER) return { beforeFiles: [], afterFiles: languageRewrites(slugsByLanguageInFolder(contentDirectory())), fallback: [] };
      const index = existsSync(stagingDir) ? readArtifactRoutes(stagingDir) : null;
      // The content gate, which also sends articles in other languages to their root layout.
      const afterFiles = index ? contentGateRewrites(index) : [];
      return { beforeFiles: [], afterFiles, fallback: [] };
    },
    async redirects() {
      return languageRedirects();
    },
    async headers() {
      return [
        { source: '/:path*', headers: securityHeaders(siteSecurityOptions()) },
        // Files anyone can add in a pull request: served with a policy of their own (this later
        // rule's Content-Security-Policy replaces the site's), so none can run script here.
        { source: '/images/:path*', headers: publicFileHeaders() },
        // What a CDN may keep: half a minute fresh, half a minute more while it asks again, so
        // a reader sees a scheduled article within a minute of its moment however the CDN
        // caches (the server itself regenerates at the moment). Not the framework's files.
        ...(development ? [] : [{ source: '/:path((?!_next/).*)', headers: [{ key: 'Cache-Control', value: 'public, s-maxage=30, stale-while-revalidate=30' }] }]),
      ];
    },
  };
}
