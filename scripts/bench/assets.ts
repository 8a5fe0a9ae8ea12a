/**
 * What a prerendered page makes the browser download: the JavaScript and CSS files its own
 * HTML names (<script src>, <link rel=stylesheet>), measured raw and gzipped from the build's
 * static folder, plus the HTML document itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'next/dist/compiled/node-html-parser';
import { gzipBytes } from './util';

export interface Sizes {
  raw: number;
  gzip: number;
}

export interface AssetFile extends Sizes {
  url: string;
}

export interface AssetGroup extends Sizes {
  files: AssetFile[];
}

export interface PageWeight {
  /** The HTML file it was measured from, relative to <distDir>/server/app. */
  page: string;
  html: Sizes;
  js: AssetGroup;
  css: AssetGroup;
  /** `nomodule` polyfills: in the HTML, but modern browsers never download them. */
  noModuleJs: AssetGroup;
}

function group(files: AssetFile[]): AssetGroup {
  return {
    raw: files.reduce((sum, file) => sum + file.raw, 0),
    gzip: files.reduce((sum, file) => sum + file.gzip, 0),
    files,
  };
}

/** Maps /_next/static/chunks/a.js?dpl=x to <distDir>/static/chunks/a.js and measures it. */
function assetFile(distDir: string, url: string): AssetFile {
  const pathname = new URL(url, 'http://localhost').pathname;
  if (!pathname.startsWith('/_next/static/')) throw new Error(`not a build asset: ${url}`);
  const file = path.join(distDir, 'static', decodeURIComponent(pathname.slice('/_next/static/'.length)));
  if (!existsSync(file)) throw new Error(`${url} is named by the page but ${file} does not exist`);
  const data = readFileSync(file);
  return { url: pathname, raw: data.length, gzip: gzipBytes(data) };
}

/** Measures one prerendered page, e.g. `index.html` or `news/my-article.html`. */
export function measurePage(distDir: string, page: string): PageWeight {
  const html = readFileSync(path.join(distDir, 'server', 'app', page), 'utf8');
  const root = parse(html);
  const unique = (values: (string | undefined)[]) => [...new Set(values.filter((value): value is string => Boolean(value)))];
  const scripts = root.querySelectorAll('script[src]');
  const js = unique(scripts.filter((script) => !script.hasAttribute('nomodule')).map((script) => script.getAttribute('src')));
  const noModule = unique(scripts.filter((script) => script.hasAttribute('nomodule')).map((script) => script.getAttribute('src')));
  const css = unique(
    root
      .querySelectorAll('link[href]')
      .filter((link) => (link.getAttribute('rel') ?? '').split(/\s+/).includes('stylesheet'))
      .map((link) => link.getAttribute('href')),
  );
  const measure = (urls: string[]) => group(urls.map((url) => assetFile(distDir, url)));
  return {
    page,
    html: { raw: Buffer.byteLength(html), gzip: gzipBytes(html) },
    js: measure(js),
    css: measure(css),
    noModuleJs: measure(noModule),
  };
}

/** JavaScript files a page loads that another page does not (compared by file name). */
export function filesNotIn(page: PageWeight, other: PageWeight): AssetGroup {
  const others = new Set(other.js.files.map((file) => file.url));
  return group(page.js.files.filter((file) => !others.has(file.url)));
}

export interface ModuleWeight {
  /** Turbopack's module id (stable across builds of the same sources). */
  id: string;
  gzip: number;
  /** The first name the module exports, or the start of its code. */
  label: string;
}

/** Splits a Turbopack chunk, `push([script, id, factory, id, factory, …])`, into its modules. */
function chunkModules(code: string): Map<string, string> {
  const starts = [...code.matchAll(/[,[](\d{1,7}),(?=\(?[\w$]+(?:,[\w$]+)*\)?=>|function\b)/g)];
  const modules = new Map<string, string>();
  starts.forEach((match, index) => {
    const begin = match.index + match[0].length;
    const next = starts[index + 1];
    modules.set(match[1]!, code.slice(begin, next ? next.index : code.length));
  });
  return modules;
}

function moduleLabel(code: string): string {
  const patterns = [/e\.s\(\["([\w$]+)"/g, /defineProperty\(\w,"([\w$]+)"/g, /[{,]([\w$]+):function\(\)\{return/g, /let \w="([\w-]+)"/g];
  const names = patterns.flatMap((pattern) => [...code.matchAll(pattern)].map((match) => match[1]!));
  return names.find((name) => name !== 'default' && name !== '__esModule') ?? code.slice(0, 60).replace(/\s+/g, ' ');
}

/**
 * The modules a page's JavaScript contains that another page's (typically a bare Next.js
 * app's) does not, each gzipped on its own, largest first. A reading aid for "what are these
 * extra kilobytes": it relies on Turbopack's chunk format and returns [] when it cannot parse it.
 */
export function extraModules(distDir: string, page: PageWeight, baselineDistDir: string, baseline: PageWeight): ModuleWeight[] {
  const modulesOf = (dir: string, weight: PageWeight) => {
    const all = new Map<string, string>();
    for (const file of weight.js.files) {
      const code = readFileSync(path.join(dir, 'static', file.url.slice('/_next/static/'.length)), 'utf8');
      for (const [id, source] of chunkModules(code)) all.set(id, source);
    }
    return all;
  };
  const base = modulesOf(baselineDistDir, baseline);
  return [...modulesOf(distDir, page)]
    .filter(([id]) => !base.has(id))
    .map(([id, code]) => ({ id, gzip: gzipBytes(code), label: moduleLabel(code) }))
    .sort((a, b) => b.gzip - a.gzip);
}
