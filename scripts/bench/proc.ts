/**
 * Memory of a process and everything it started, read from Linux's /proc. The sum of the
 * resident set sizes counts pages shared between processes once per process, so it is an
 * upper bound of what the tree really holds; it is what a container's memory limit sees
 * closely enough to size one.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

function sysconf(name: string, fallback: number): number {
  try {
    return Number(execFileSync('getconf', [name], { encoding: 'utf8' }).trim()) || fallback;
  } catch {
    return fallback;
  }
}

const PAGE_SIZE = sysconf('PAGESIZE', 4096);
const CLOCK_TICKS = sysconf('CLK_TCK', 100);

interface ProcEntry {
  pid: number;
  ppid: number;
  rssBytes: number;
  /** User + system CPU time the process has used so far. */
  cpuMs: number;
}

function readProcEntry(pid: number): ProcEntry | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name sits in parentheses and may itself contain spaces or parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state) of proc(5): ppid is field 4, utime and stime (in clock
    // ticks) fields 14 and 15, rss (in pages) field 24.
    return {
      pid,
      ppid: Number(fields[1]),
      rssBytes: Number(fields[21]) * PAGE_SIZE,
      cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS,
    };
  } catch {
    return null; // the process ended while we looked
  }
}

function allProcesses(): ProcEntry[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map((name) => readProcEntry(Number(name)))
    .filter((entry): entry is ProcEntry => entry !== null);
}

/** A process and its descendants that are alive now. */
function treeOf(rootPid: number): ProcEntry[] {
  const processes = allProcesses();
  const children = new Map<number, ProcEntry[]>();
  for (const entry of processes) children.set(entry.ppid, [...(children.get(entry.ppid) ?? []), entry]);
  const root = processes.find((entry) => entry.pid === rootPid);
  if (!root) return [];
  const tree: ProcEntry[] = [];
  const queue = [root];
  while (queue.length) {
    const entry = queue.shift()!;
    if (tree.includes(entry)) continue;
    tree.push(entry);
    queue.push(...(children.get(entry.pid) ?? []));
  }
  return tree;
}

/** Resident memory of a process and its descendants, in bytes (0 when it has ended). */
export function treeRssBytes(rootPid: number): number {
  return treeOf(rootPid).reduce((sum, entry) => sum + entry.rssBytes, 0);
}

export interface TreeUsage {
  /** Peak of the summed resident memory of the tree. */
  peakTreeRssBytes: number;
  /** Peak resident memory of any single process of the tree. */
  peakProcessRssBytes: number;
  /** CPU time of every process seen in the tree (up to its last sample). */
  cpuMs: number;
  samples: number;
}

/**
 * Samples a process tree every `intervalMs`: peak memory, and CPU time per process (kept at
 * its last value once a process ends, so short-lived workers count too, minus at most one
 * interval each). /usr/bin/time cannot do this: it only sees children that were waited for.
 */
export class TreeSampler {
  private timer: NodeJS.Timeout | null = null;
  private readonly cpuByPid = new Map<number, number>();
  private usage: TreeUsage = { peakTreeRssBytes: 0, peakProcessRssBytes: 0, cpuMs: 0, samples: 0 };

  constructor(
    private readonly rootPid: number,
    private readonly intervalMs = 200,
  ) {}

  private sample(): void {
    const tree = treeOf(this.rootPid);
    if (tree.length === 0) return;
    let total = 0;
    for (const entry of tree) {
      total += entry.rssBytes;
      this.usage.peakProcessRssBytes = Math.max(this.usage.peakProcessRssBytes, entry.rssBytes);
      this.cpuByPid.set(entry.pid, Math.max(this.cpuByPid.get(entry.pid) ?? 0, entry.cpuMs));
    }
    this.usage.peakTreeRssBytes = Math.max(this.usage.peakTreeRssBytes, total);
    this.usage.samples++;
  }

  start(): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    return this;
  }

  stop(): TreeUsage {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.sample();
    return { ...this.usage, cpuMs: [...this.cpuByPid.values()].reduce((sum, value) => sum + value, 0) };
  }
}

/**
 * The pid of the process listening on a TCP port of this machine, found through the socket
 * inode in /proc/net/tcp{,6} and the processes' open file descriptors. Null when it cannot be
 * found (another user's process, or not Linux).
 */
export function pidListeningOn(port: number): number | null {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const row of text.split('\n').slice(1)) {
      const columns = row.trim().split(/\s+/);
      const local = columns[1];
      // Column 3 is the state: 0A is LISTEN. Column 9 is the socket's inode.
      if (!local || columns[3] !== '0A') continue;
      if (parseInt(local.split(':')[1] ?? '', 16) === port && columns[9]) inodes.add(columns[9]);
    }
  }
  if (inodes.size === 0) return null;
  for (const name of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${name}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${name}/fd/${fd}`));
        if (match?.[1] && inodes.has(match[1])) return Number(name);
      } catch {
        // the descriptor closed while we looked
      }
    }
  }
  return null;
}
