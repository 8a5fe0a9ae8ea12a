/**
 * Lighthouse (mobile, its default simulated throttling) against a running server, through its
 * own CLI driving Debian's Chromium, several runs per page in a fresh browser each; the run
 * Lighthouse's own computeMedianRun picks (closest to the median FCP and TTI) is kept.
 * Lighthouse runs as its own process: code loaded through tsx gets esbuild's `__name` helpers,
 * which break the functions Lighthouse sends into the page.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Result } from 'lighthouse';
import { computeMedianRun, filterToValidRuns } from 'lighthouse/core/lib/median-run.js';
import { PROJECT_ROOT } from '../lib/workspace';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium';
import { progress } from './util';

const run = promisify(execFile);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CLI = path.join(PROJECT_ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js');

async function runOnce(url: string, output: string): Promise<Result> {
  for (let attempt = 1; ; attempt++) {
    try {
      const flags = ['--output=json', `--output-path=${output}`, `--only-categories=${CATEGORIES.join(',')}`, `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`, '--quiet'];
      await run(process.execPath, [CLI, url, ...flags], { timeout: 180_000, env: { ...process.env, CHROME_PATH: CHROMIUM_PATH } });
      const lhr = JSON.parse(readFileSync(output, 'utf8')) as Result;
      if (lhr.runtimeError) throw new Error(lhr.runtimeError.message);
      return lhr;
    } catch (error) {
      // Now and then a busy machine loses the trace (NO_NAVSTART, NO_FCP): try again.
      if (attempt >= 3) throw error;
      progress(`  Lighthouse run failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)}), retrying`);
    }
  }
}

/** The median run's scores (0-100) and metrics, every run's performance score, and the weighted audits it did not pass. */
function summarise(url: string, lhr: Result, performanceRuns: number[]) {
  const score = (id: string) => (typeof lhr.categories[id]?.score === 'number' ? Math.round(lhr.categories[id].score * 100) : null);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null;
  const items = (id: string) => {
    const details = lhr.audits[id]?.details;
    return details && 'items' in details && Array.isArray(details.items) ? (details.items as Record<string, unknown>[]) : [];
  };
  const transfer = (type: string) => (items('resource-summary').find((item) => item.resourceType === type)?.transferSize as number | undefined) ?? null;
  // A list whose first table's first item is the LCP element's node.
  const lcpTable = items('largest-contentful-paint-element')[0]?.items as { node?: { snippet?: string } }[] | undefined;
  return {
    url,
    scores: Object.fromEntries(CATEGORIES.map((id) => [id, score(id)])) as Record<(typeof CATEGORIES)[number], number | null>,
    performanceRuns,
    fcpMs: numeric('first-contentful-paint'),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    lcpElement: lcpTable?.[0]?.node?.snippet ?? null,
    scriptBytes: transfer('script'),
    totalBytes: transfer('total'),
    failed: CATEGORIES.flatMap((category) =>
      (lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1 && lhr.audits[ref.id]?.scoreDisplayMode !== 'informative')
        .map((ref) => `[${category}] ${ref.id}${lhr.audits[ref.id]?.displayValue ? ` (${lhr.audits[ref.id]!.displayValue})` : ''}`),
    ),
  };
}

/** Audits `url` `runs` times; the median run's full result is kept as `saveAs` (open it in the Lighthouse viewer). */
export async function auditPage(url: string, runs: number, saveAs: string) {
  mkdirSync(path.dirname(saveAs), { recursive: true });
  const results: Result[] = [];
  for (let index = 0; index < runs; index++) results.push(await runOnce(url, `${saveAs}.tmp`));
  rmSync(`${saveAs}.tmp`, { force: true });
  const kept = computeMedianRun(filterToValidRuns(results));
  writeFileSync(saveAs, JSON.stringify(kept));
  return summarise(url, kept, results.map((lhr) => Math.round((lhr.categories.performance?.score ?? 0) * 100)));
}

export type LighthouseSummary = ReturnType<typeof summarise>;
