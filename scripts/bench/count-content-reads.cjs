/**
 * Preloaded into every process of a benchmark build (NODE_OPTIONS=--require …): records each
 * read of an article file (content/articles/*.md) with the process and the bundled chunk that
 * read it, to the file named by BENCH_CONTENT_READS_LOG. The bench sums it up: how many times
 * the build loaded the content, in how many processes and from how many copies of the loader.
 */
'use strict';
const fs = require('node:fs'); // eslint-disable-line @typescript-eslint/no-require-imports -- a CommonJS preload

const log = process.env.BENCH_CONTENT_READS_LOG;
const ARTICLE = /[\\/]content[\\/]articles[\\/][^\\/]+\.md$/;

/** The bundled server chunk the read came from: each chunk holds its own copy of the loader. */
function callerChunk() {
  const frame = (new Error().stack || '').split('\n').find((line) => /[\\/]server[\\/](chunks|app)[\\/]/.test(line));
  const match = frame && /[\\/]server[\\/]((?:chunks|app)[\\/][^:)]+)/.exec(frame);
  return match ? match[1] : 'unbundled';
}

if (log) {
  const { readFileSync } = fs;
  fs.readFileSync = function patchedReadFileSync(file, ...rest) {
    if (typeof file === 'string' && ARTICLE.test(file)) {
      try {
        fs.appendFileSync(log, `${process.pid}\t${callerChunk()}\t${file}\n`);
      } catch {
        // never break the build for a measurement
      }
    }
    return readFileSync.call(this, file, ...rest);
  };
}
