/** Formatting, a median, progress lines, and the temp copies of the apps under scripts/bench/apps. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { onInterrupt } from '../lib/util';
import { PROJECT_ROOT } from '../lib/workspace';

/** Gzip level 9, the level size reports use for "gzipped" figures. */
export const gzipBytes = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

export function formatBytes(bytes: number | null): string {
  if (bytes === null) return '-';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`;
  return bytes < 1024 ** 3 ? `${(bytes / 1024 ** 2).toFixed(0)} MB` : `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

export function formatMs(ms: number | null): string {
  if (ms === null) return '-';
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

/** A progress line on stderr, so stdout stays the report. */
export const progress = (message: string) => process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${message}\n`);

/** Rows as an aligned plain-text table; the first row is the header. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  const line = (row: readonly string[]) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return [line(rows[0]!), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/**
 * A temp project of one of the apps in scripts/bench/apps (the bare page, the blog-starter
 * reference) with this project's package.json, tsconfig.json and node_modules (hard-linked),
 * so it builds with the same Next.js and React.
 */
export function copyApp(name: 'bare' | 'reference'): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), `nowletus-bench-${name}-`));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  onInterrupt(remove);
  cpSync(path.join(import.meta.dirname, 'apps', name), dir, { recursive: true });
  for (const file of ['package.json', 'tsconfig.json']) cpSync(path.join(PROJECT_ROOT, file), path.join(dir, file));
  execFileSync('cp', ['-al', path.join(PROJECT_ROOT, 'node_modules'), path.join(dir, 'node_modules')]);
  return { dir, remove };
}
