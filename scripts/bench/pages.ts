/**
 * What a prerendered page makes a browser download: the scripts and stylesheets its own HTML
 * names, measured raw and gzipped from the build's static folder, plus the document itself.
 * `nomodule` polyfills are left out: modern browsers never fetch them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'next/dist/compiled/node-html-parser';
import { gzipBytes } from './util';

const staticFile = (distDir: string, url: string) => path.join(distDir, 'static', decodeURIComponent(new URL(url, 'http://x').pathname.replace(/^\/_next\/static\//, '')));

function sizes(distDir: string, urls: string[]) {
  const files = urls.map((url) => readFileSync(staticFile(distDir, url)));
  return { raw: files.reduce((sum, file) => sum + file.length, 0), gzip: files.reduce((sum, file) => sum + gzipBytes(file), 0) };
}

/** Measures one prerendered page of a build, e.g. `index.html` or `news/my-article.html` (relative to <distDir>/server/app). */
export function measurePage(distDir: string, page: string) {
  const html = readFileSync(path.join(distDir, 'server', 'app', page), 'utf8');
  const root = parse(html);
  const unique = (values: (string | undefined)[]) => [...new Set(values.filter((value): value is string => Boolean(value)))];
  const js = unique(root.querySelectorAll('script[src]:not([nomodule])').map((script) => script.getAttribute('src')));
  const css = unique(root.querySelectorAll('link[rel~=stylesheet]').map((link) => link.getAttribute('href')));
  return { page, html: { raw: Buffer.byteLength(html), gzip: gzipBytes(html) }, js: { ...sizes(distDir, js), files: js }, css: sizes(distDir, css) };
}

export type PageWeight = ReturnType<typeof measurePage>;
