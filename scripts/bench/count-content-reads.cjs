/**
 * Preloaded into every process of a bench build (NODE_OPTIONS=--require …): appends the pid
 * of each read of an article file (content/articles/*.md, or the reference app's _posts/*.md) to BENCH_CONTENT_READS_LOG, so the
 * bench can tell how many times, and in how many processes, the build read the content.
 */
'use strict';
const fs = require('node:fs'); // eslint-disable-line @typescript-eslint/no-require-imports -- a CommonJS preload

const log = process.env.BENCH_CONTENT_READS_LOG;
const ARTICLE = /[\\/](content[\\/]articles|_posts)[\\/][^\\/]+\.md$/;
if (log) {
  const { readFileSync } = fs;
  fs.readFileSync = function readAndRecord(file, ...rest) {
    if (typeof file === 'string' && ARTICLE.test(file)) fs.appendFileSync(log, `${process.pid}\n`);
    return readFileSync.call(this, file, ...rest);
  };
}
