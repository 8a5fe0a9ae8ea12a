/**
 * CPU and memory of a process and everything it started: pidtree lists the tree, pidusage
 * reads each process. Summed resident memory counts shared pages once per process, an upper
 * bound of what the tree holds, close to what a container's memory limit sees.
 */
import pidtree from 'pidtree';
import pidusage from 'pidusage';
import { sleep } from '../lib/util';

async function treeStats(rootPid: number): Promise<pidusage.Status[]> {
  const pids = await pidtree(rootPid, { root: true }).catch(() => [rootPid]);
  // A process that ended between the two calls has no entry.
  return Object.values(await pidusage(pids).catch(() => ({}))).filter(Boolean);
}

const rss = (stats: pidusage.Status[]) => stats.reduce((sum, stat) => sum + stat.memory, 0);

export const treeRssBytes = async (rootPid: number) => rss(await treeStats(rootPid));

/** User + system CPU time a process tree has used so far. */
export const treeCpuMs = async (rootPid: number) => (await treeStats(rootPid)).reduce((sum, stat) => sum + stat.ctime, 0);

export interface TreeUsage {
  peakTreeRssBytes: number;
  peakProcessRssBytes: number;
  /** User + system time of every process seen, each up to its last sample. */
  cpuMs: number;
}

/** Samples a process tree every `intervalMs` until the returned function is called. */
export function sampleTree(rootPid: number, intervalMs = 500): () => Promise<TreeUsage> {
  let [peakTreeRssBytes, peakProcessRssBytes, running] = [0, 0, true];
  const cpuByPid = new Map<number, number>();
  const loop = (async () => {
    for (; running; await sleep(intervalMs)) {
      const stats = await treeStats(rootPid);
      peakTreeRssBytes = Math.max(peakTreeRssBytes, rss(stats));
      for (const { pid, memory, ctime } of stats) {
        peakProcessRssBytes = Math.max(peakProcessRssBytes, memory);
        cpuByPid.set(pid, Math.max(cpuByPid.get(pid) ?? 0, ctime));
      }
    }
  })();
  return async () => {
    running = false;
    await loop;
    pidusage.clear();
    return { peakTreeRssBytes, peakProcessRssBytes, cpuMs: [...cpuByPid.values()].reduce((sum, ms) => sum + ms, 0) };
  };
}
