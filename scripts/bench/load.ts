/**
 * `npm run bench:load`: 60 s of mixed traffic at 64 connections against a production server,
 * with pass criteria (0 errors, 0 unexpected statuses, memory growth under 20%). Exits 1 when
 * a criterion fails.
 *
 * Without --url it builds a temp copy of the project with N synthetic articles and runs
 * `next start` itself; with --url it loads a server that is already running (its memory is
 * read when its process can be found from the port, or given with --pid).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expectFlags, numberFlag, parseFlags } from './args';
import { runMixedLoad, type LoadResult } from './mixed-load';
import { pidListeningOn } from './proc';
import { formatLoad } from './report';
import { startServer } from './server';
import { runSize } from './size-run';
import { onInterrupt, progress } from './util';
import { PROJECT_ROOT } from './workspace';

const USAGE = `Usage: npm run bench:load -- [--duration S] [--connections N] [--url URL [--pid PID]] [--articles N] [--expect route=status] [--out FILE]
  --duration S          seconds of load after a short warm-up (default 60)
  --connections N       concurrent connections (default 64)
  --url URL             an already running server (only 127.0.0.1/localhost), e.g. http://127.0.0.1:3000
  --pid PID             that server's process, for its memory (found from the port when omitted)
  --articles N          without --url: synthetic articles to build (default 1000)
  --warmup S            seconds of warm-up before memory is read (default duration/3, between 5 and 20)
  --expect route=status expected status of a route (repeatable), e.g. --expect search=404
  --out FILE            JSON results (default bench-results/load-<timestamp>.json)`;

function loopbackUrl(raw: string): string {
  const url = new URL(raw);
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    console.error(`--url must point at this machine (127.0.0.1 or localhost), got ${url.hostname}`);
    process.exit(2);
  }
  return url.origin;
}

async function main(): Promise<void> {
  const flags = parseFlags(
    {
      duration: { type: 'string' },
      connections: { type: 'string' },
      url: { type: 'string' },
      pid: { type: 'string' },
      articles: { type: 'string' },
      expect: { type: 'string', multiple: true },
      warmup: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  );
  if (flags.help) {
    console.log(USAGE);
    return;
  }
  const durationS = numberFlag(flags.duration, 60, 'duration');
  const connections = numberFlag(flags.connections, 64, 'connections');
  const expect = expectFlags(flags.expect);
  const warmupS = flags.warmup === undefined ? undefined : numberFlag(flags.warmup, 0, 'warmup', { min: 0 });
  const out = path.resolve(flags.out ?? path.join(PROJECT_ROOT, 'bench-results', `load-${new Date().toISOString().replace(/[:.]/g, '-')}.json`));

  let result: LoadResult;
  if (flags.url) {
    const url = loopbackUrl(flags.url);
    const serverPid = flags.pid ? numberFlag(flags.pid, 0, 'pid') : pidListeningOn(Number(new URL(url).port || 80));
    if (serverPid === null) progress('warning: cannot find the server process from its port; memory will not be measured (pass --pid)');
    result = await runMixedLoad({ url, durationS, connections, serverPid, expect, warmupS });
  } else {
    const sized = await runSize(numberFlag(flags.articles, 1000, 'articles'));
    const forgetWorkspace = onInterrupt(() => sized.workspace.remove());
    try {
      progress('starting next start on 127.0.0.1');
      const server = await startServer({ cwd: sized.workspace.dir });
      const forgetServer = onInterrupt(() => server.stop());
      try {
        result = await runMixedLoad({ url: server.url, durationS, connections, serverPid: server.pid, expect, warmupS });
        const ended = server.exitReport();
        if (ended) progress(`warning: ${ended}`);
      } finally {
        await server.stop();
        forgetServer();
      }
    } finally {
      sized.workspace.remove();
      forgetWorkspace();
    }
  }

  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\n${formatLoad(result)}\n\nJSON: ${path.relative(process.cwd(), out)}`);
  if (!result.pass.all) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
