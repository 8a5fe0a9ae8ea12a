/**
 * Lighthouse (mobile, simulated throttling: Lighthouse's defaults) against a running server,
 * driving Debian's Chromium. Each page is audited several times in a fresh browser and the
 * run with the median performance score is kept, because a shared machine is noisy.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Result } from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium';
import { median, progress } from './util';

const run = promisify(execFile);

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type CategoryId = (typeof CATEGORIES)[number];

export interface FailedAudit {
  category: CategoryId;
  id: string;
  title: string;
  score: number | null;
  displayValue?: string;
  /** A few offending elements or URLs from the audit's details. */
  examples: string[];
}

export interface LighthouseSummary {
  url: string;
  runs: number;
  /** Scores 0-100 of the kept (median) run. */
  scores: Record<CategoryId, number | null>;
  /** Performance score of every run, to show the spread. */
  performanceRuns: number[];
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  fcpMs: number | null;
  /** The element Lighthouse picked as largest contentful paint, or why it could not tell. */
  lcpElement: string | null;
  /** Simulated start and end of the LCP resource's download (an image), when LCP is one. */
  lcpLoadStartMs: number | null;
  lcpLoadEndMs: number | null;
  /** Unthrottled times observed in the trace, before Lighthouse's mobile simulation. */
  observedFcpMs: number | null;
  observedLcpMs: number | null;
  /** Bytes transferred by type (script, image, document, stylesheet, other, total). */
  transfer: Record<string, number>;
  /** Audits Lighthouse could not compute, with its error message. */
  auditErrors: string[];
  /** Every audit of the four categories that did not pass, in the kept run. */
  failedAudits: FailedAudit[];
  /** Lighthouse's own warnings (e.g. about the environment). */
  warnings: string[];
}

type Details = Result['audits'][string]['details'];

/** Short strings describing the first items of an audit's details: element snippets, selectors or URLs. */
function examplesOf(details: Details, limit = 3): string[] {
  const found: string[] = [];
  const visit = (value: unknown) => {
    if (found.length >= limit || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(visit);
    const record = value as Record<string, unknown>;
    if (record.type === 'node' && typeof record.snippet === 'string') {
      found.push(`${record.selector ? `${String(record.selector)}: ` : ''}${record.snippet}`.slice(0, 240));
      return;
    }
    if (typeof record.url === 'string' && record.url.startsWith('http')) {
      found.push(record.url);
      return;
    }
    if (typeof record.description === 'string' && record.type === undefined && typeof record.source === 'object') {
      found.push(record.description);
      return;
    }
    Object.values(record).forEach(visit);
  };
  visit(details);
  return found;
}

function failedAudits(lhr: Result): FailedAudit[] {
  const failures: FailedAudit[] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (['notApplicable', 'informative', 'manual'].includes(audit.scoreDisplayMode)) continue;
      // Performance opportunities with no weight are advice; keep only what moves a score.
      if (ref.weight === 0 && category === 'performance') continue;
      failures.push({
        category,
        id: audit.id,
        title: audit.title,
        score: audit.score,
        displayValue: audit.displayValue,
        examples: examplesOf(audit.details),
      });
    }
  }
  return failures;
}

/** The numbers of Lighthouse's "metrics" audit (simulated and observed timings). */
function metricsOf(lhr: Result): Record<string, number | undefined> {
  const details = lhr.audits.metrics?.details;
  const item = details && 'items' in details && Array.isArray(details.items) ? (details.items[0] as unknown) : null;
  if (!item || typeof item !== 'object') return {};
  return Object.fromEntries(Object.entries(item).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));
}

function transferOf(lhr: Result): Record<string, number> {
  const details = lhr.audits['resource-summary']?.details;
  const items = details && 'items' in details && Array.isArray(details.items) ? (details.items as unknown[]) : [];
  const transfer: Record<string, number> = {};
  for (const item of items) {
    if (item && typeof item === 'object' && 'resourceType' in item && 'transferSize' in item) {
      const { resourceType, transferSize } = item;
      if (typeof resourceType === 'string' && typeof transferSize === 'number' && transferSize > 0) transfer[resourceType] = transferSize;
    }
  }
  return transfer;
}

function summarise(url: string, lhr: Result, performanceRuns: number[]): LighthouseSummary {
  const score = (id: CategoryId) => {
    const value = lhr.categories[id]?.score;
    return typeof value === 'number' ? Math.round(value * 100) : null;
  };
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null;
  const metrics = metricsOf(lhr);
  const lcpAudit = lhr.audits['largest-contentful-paint-element'];
  return {
    url,
    runs: performanceRuns.length,
    scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
    performanceRuns,
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    fcpMs: numeric('first-contentful-paint'),
    lcpElement: examplesOf(lcpAudit?.details, 1)[0] ?? (lcpAudit?.errorMessage ? `unknown: ${lcpAudit.errorMessage}` : null),
    lcpLoadStartMs: metrics.lcpLoadStart ?? null,
    lcpLoadEndMs: metrics.lcpLoadEnd ?? null,
    observedFcpMs: metrics.observedFirstContentfulPaint ?? null,
    observedLcpMs: metrics.observedLargestContentfulPaint ?? null,
    transfer: transferOf(lhr),
    auditErrors: Object.values(lhr.audits)
      .filter((audit) => audit.scoreDisplayMode === 'error')
      .map((audit) => `${audit.id}: ${audit.errorMessage ?? 'error'}`),
    failedAudits: failedAudits(lhr),
    warnings: lhr.runWarnings,
  };
}

export type Throttling = 'simulate' | 'devtools';

/** One run in a fresh Chromium, through lighthouse-run.mjs (see there why a separate process). */
async function auditOnce(url: string, throttling: Throttling): Promise<Result> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nowletus-lighthouse-'));
  const output = path.join(dir, 'lhr.json');
  try {
    const runner = path.join(import.meta.dirname, 'lighthouse-run.mjs');
    await run(process.execPath, [runner, url, output, CHROMIUM_PATH, CATEGORIES.join(','), ...CHROMIUM_FLAGS], {
      timeout: 180_000,
      env: { ...process.env, LIGHTHOUSE_THROTTLING: throttling },
    });
    const lhr = JSON.parse(readFileSync(output, 'utf8')) as Result;
    if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
    return lhr;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Lighthouse now and then fails to record a trace (NO_NAVSTART, NO_FCP) on a busy machine: try again. */
async function auditWithRetries(url: string, throttling: Throttling, attempts = 3): Promise<Result> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await auditOnce(url, throttling);
    } catch (error) {
      if (attempt >= attempts) throw error;
      progress(`  Lighthouse run failed (${error instanceof Error ? error.message : String(error)}), retrying`);
    }
  }
}

/**
 * Audits `url` `runs` times and keeps the run with the median performance score; its full
 * Lighthouse result is written to `saveAs` when given (open it in the Lighthouse viewer).
 */
export async function auditPage(url: string, runs: number, saveAs?: string, throttling: Throttling = 'simulate'): Promise<LighthouseSummary> {
  const results: Result[] = [];
  for (let run = 0; run < runs; run++) results.push(await auditWithRetries(url, throttling));
  const performance = results.map((lhr) => Math.round((lhr.categories.performance?.score ?? 0) * 100));
  const middle = median(performance);
  const kept = results[performance.indexOf(middle)] ?? results[0]!;
  if (saveAs) {
    mkdirSync(path.dirname(saveAs), { recursive: true });
    writeFileSync(saveAs, JSON.stringify(kept));
  }
  return summarise(url, kept, performance);
}
