/**
 * Publishing on time on every replica (SPEC section 6), in real time: a build of the fixture
 * publication plus one article scheduled shortly after the build ends, two copies of that build
 * (separate folders, so separate caches, as on two machines) and nginx with its page cache in
 * front. Every page that must list the article is polled on both replicas and through nginx:
 * none lists it before its moment, each lists it within 60 s after, and a replica restarted
 * after the moment, or started from the build only then, agrees at once.
 *
 * The article is in this build only: the fixture build the other files share never changes
 * under them. What it costs: one more build, the wait until the moment (the build's own time
 * decides how far ahead it is scheduled) and nginx's s-maxage (30 s) after it.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sleep } from '../../scripts/lib/util';
import { startNginx, type RunningNginx } from './nginx';
import { buildStandalone, deployBuild, FIXTURE_BUILD, recordedBuildMs, startStandalone, type StandaloneInstance } from './standalone';
import { articleProbes, observe, Watch, type Observation, type WatchedArticle } from './watch';

const SCHEDULE_BUILD = deployBuild('deploy-schedule');

const ARTICLE: WatchedArticle = {
  slug: 'heliotrope-a-release-note-written-ahead',
  title: 'Heliotrope: a release note written ahead of its day',
  category: 'tooling',
  searchWord: 'heliotrope',
};

/** The spec's bound: every page of every replica within a minute of the moment. */
const PUBLISH_WITHIN_MS = 60_000;
/** The pages' Cache-Control (next.config.ts): s-maxage=30, stale-while-revalidate=30. */
const S_MAXAGE_MS = 30_000;
const STALE_WHILE_REVALIDATE_MS = 30_000;
/** nginx keeps expiry times in whole seconds, and a poll is not instantaneous. */
const CLOCK_SLACK_MS = 2_000;

/** This build against the fixture build, timed in this run: the same app, one article more. */
const BUILD_ALLOWANCE = 1.3;
/** When no fixture build was timed (a reused one from an older run). */
const DEFAULT_BUILD_MS = 150_000;
/**
 * From the expected end of the build to the moment: two replicas and nginx start, then watch.
 * Up to 30 s of it costs nothing: nginx keeps its first copies for 30 s whatever the moment.
 */
const LEAD_MS = 20_000;
/** Less than this left when the build is done: built again, scheduled later. */
const MIN_LEAD_MS = 10_000;
/** The last answer before the moment must be this close to it: the watch looked until the end. */
const LOOKED_UNTIL_MS = 5_000;

const REPLICA_INTERVAL_MS = 500;
/** Once a second: nginx's limit on /search (2 a second per client) is not what is tested here. */
const NGINX_INTERVAL_MS = 1_000;

/** A page nobody asks for during the test, asked once at the start and once after this long. */
const QUIET_PAGE = '/categories';
const QUIET_FOR_MS = 33_000;

const TARGETS = ['replica a', 'replica b', 'nginx'] as const;
const REFRESHES = new Set(['MISS', 'EXPIRED', 'STALE', 'UPDATING', 'REVALIDATED']);

const probes = articleProbes(ARTICLE);
const watch = new Watch(probes);
let moment = 0;
let replicas: StandaloneInstance[] = [];
let newcomer: StandaloneInstance | null = null;
let nginx: RunningNginx | null = null;
let quietPageAskedAt = 0;

function articleFile(date: Date): string {
  return `---
title: '${ARTICLE.title}'
description: The notes for a release are written the week before it ships and published on the morning it does, without anyone pressing a button.
date: '${date.toISOString()}'
category: ${ARTICLE.category}
author: bao-tran
tags: [releases, workflow]
---

We write the release note while the work is still fresh, a few days before the release, and
give it the date and hour the release goes out. Until then it waits in the repository with
everything else.

## Why ahead of time

On release morning nobody has time to write. The note is already reviewed, the links already
checked, and the page appears when the release does, on every server at once.
`;
}

/**
 * Builds the schedule build with the article's moment a little after the build's expected end.
 * A build slower than expected leaves too little time to watch before the moment: it is done
 * once more, with the moment moved by its measured time.
 */
async function buildWithScheduledArticle(): Promise<number> {
  let expectedMs = (recordedBuildMs(FIXTURE_BUILD) ?? DEFAULT_BUILD_MS) * BUILD_ALLOWANCE;
  for (let attempt = 1; attempt <= 2; attempt++) {
    const at = Math.ceil((Date.now() + expectedMs + LEAD_MS) / 1000) * 1000;
    const wallMs = await buildStandalone(SCHEDULE_BUILD, (workspace) => {
      writeFileSync(path.join(workspace.contentDir, 'articles', `${ARTICLE.slug}.md`), articleFile(new Date(at)));
    });
    const leftMs = at - Date.now();
    console.log(`schedule test: built in ${(wallMs / 1000).toFixed(1)} s; the article goes live in ${(leftMs / 1000).toFixed(1)} s`);
    if (leftMs >= MIN_LEAD_MS) return at;
    expectedMs = wallMs * BUILD_ALLOWANCE;
  }
  throw new Error(`the schedule build was twice too slow to leave ${MIN_LEAD_MS / 1000} s before its article's moment`);
}

/** X-Cache-Status of a page asked through nginx. */
async function nginxCacheStatus(page: string): Promise<string | null> {
  const response = await fetch(`${nginx!.url}${page}`);
  await response.arrayBuffer();
  expect(response.status, page).toBe(200);
  return response.headers.get('x-cache-status');
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** An answer in a line, for failure messages: who, what, when (relative to the moment). */
const brief = (observation: Observation) =>
  `${observation.target} ${observation.path}: ${observation.status}${observation.listed ? ' listed' : ''} at ${seconds(observation.receivedAt - moment)} s`;

/** Answers of `target` on `path` that no longer listed the article after one had. */
function relapses(target: string, path: string): Observation[] {
  const first = watch.firstListed(target, path);
  return first ? watch.of(target, path).filter((observation) => observation.sentAt > first.receivedAt && !observation.listed) : [];
}

/** The lag of every page on every target: from the moment to the first answer that listed the article. */
function printLags(): void {
  const width = Math.max(...probes.map((probe) => probe.path.length));
  const lines = [`${'path'.padEnd(width)}${TARGETS.map((target) => target.padStart(11)).join('')}`];
  for (const probe of probes) {
    const cells = TARGETS.map((target) => {
      const first = watch.firstListed(target, probe.path);
      return (first ? `${seconds(first.receivedAt - moment)} s` : 'never').padStart(11);
    });
    lines.push(`${probe.path.padEnd(width)}${cells.join('')}`);
  }
  console.log(`schedule test: from the moment to the first answer listing the article\n${lines.join('\n')}`);
}

beforeAll(async () => {
  moment = await buildWithScheduledArticle();
  replicas = await Promise.all([startStandalone('schedule-a', SCHEDULE_BUILD), startStandalone('schedule-b', SCHEDULE_BUILD)]);
  nginx = await startNginx([replicas[0]!.port, replicas[1]!.port]);
  expect(await nginxCacheStatus(QUIET_PAGE)).toBe('MISS');
  quietPageAskedAt = Date.now();
  watch.start({ name: 'replica a', url: replicas[0]!.url, intervalMs: REPLICA_INTERVAL_MS });
  watch.start({ name: 'replica b', url: replicas[1]!.url, intervalMs: REPLICA_INTERVAL_MS });
  watch.start({ name: 'nginx', url: nginx.url, intervalMs: NGINX_INTERVAL_MS });
}, 900_000);

afterAll(async () => {
  await watch.stopAll();
  if (moment) printLags();
  await nginx?.stop();
  await newcomer?.stop();
  await Promise.all(replicas.map((replica) => replica.stop()));
});

describe('an article scheduled after the build, on two replicas and through nginx', () => {
  it('is listed nowhere before its moment', async () => {
    expect(moment - Date.now(), 'time left to watch before the moment').toBeGreaterThan(LOOKED_UNTIL_MS);
    await sleep(moment + 1000 - Date.now());
    expect(watch.failures).toEqual([]);
    for (const target of TARGETS) {
      for (const probe of probes) {
        const before = watch.of(target, probe.path).filter((observation) => observation.receivedAt < moment);
        expect(before.length, `${target} ${probe.path}: answers before the moment`).toBeGreaterThan(0);
        expect(before.filter((observation) => observation.listed).map(brief), 'listed before the moment').toEqual([]);
        expect(moment - before.at(-1)!.receivedAt, `${target} ${probe.path}: last answer before the moment, ms ahead`).toBeLessThan(LOOKED_UNTIL_MS);
      }
    }
  }, 600_000);

  it('is listed on every page of both replicas within 60 s of it, and stays listed', async () => {
    await Promise.all(['replica a', 'replica b'].map((target) => watch.untilListed(target, moment + PUBLISH_WITHIN_MS)));
    expect(watch.failures).toEqual([]);
    for (const target of ['replica a', 'replica b']) {
      for (const probe of probes) {
        const first = watch.firstListed(target, probe.path);
        expect(first, `${target} ${probe.path}: listed within ${PUBLISH_WITHIN_MS / 1000} s`).not.toBeNull();
        expect(first!.receivedAt - moment).toBeLessThanOrEqual(PUBLISH_WITHIN_MS);
        expect(relapses(target, probe.path).map(brief), 'unlisted again').toEqual([]);
      }
    }
  }, 120_000);

  it('is listed at once by a replica restarted after the moment, and by one started from the build only now, byte for byte as the other', async () => {
    await watch.stop('replica b');
    replicas[1] = await replicas[1]!.restart();
    newcomer = await startStandalone('schedule-c', SCHEDULE_BUILD);
    for (const probe of probes) {
      const answers = await Promise.all([
        observe('replica a', replicas[0]!.url, probe),
        observe('replica b, restarted', replicas[1]!.url, probe),
        observe('replica c, new', newcomer.url, probe),
      ]);
      for (const answer of answers) expect(answer.listed, `${answer.target} ${probe.path}`).toBe(true);
      expect(new Set(answers.map((answer) => answer.sha256)).size, `${probe.path}: the replicas' bytes differ`).toBe(1);
    }
  }, 120_000);

  it('is listed on every page through nginx within 60 s of it, and stays listed', async () => {
    await watch.untilListed('nginx', moment + PUBLISH_WITHIN_MS);
    expect(watch.failures).toEqual([]);
    for (const probe of probes) {
      const first = watch.firstListed('nginx', probe.path);
      expect(first, `nginx ${probe.path}: listed within ${PUBLISH_WITHIN_MS / 1000} s`).not.toBeNull();
      expect(first!.receivedAt - moment).toBeLessThanOrEqual(PUBLISH_WITHIN_MS);
      expect(relapses('nginx', probe.path).map(brief), 'unlisted again').toEqual([]);
    }
  }, 120_000);

  it('was served by nginx from its cache for s-maxage, and not longer', async () => {
    for (const probe of probes) {
      let copiedAt: number | null = null;
      let oldestHit = 0;
      for (const observation of watch.of('nginx', probe.path)) {
        expect(observation.cache, `nginx ${probe.path}: X-Cache-Status`).toMatch(/^(HIT|MISS|EXPIRED|STALE|UPDATING|REVALIDATED)$/);
        if (copiedAt === null) {
          expect(observation.cache, `nginx ${probe.path}: the first answer`).toBe('MISS');
        } else if (observation.cache === 'HIT') {
          oldestHit = Math.max(oldestHit, observation.sentAt - copiedAt);
        } else if (observation.cache === 'STALE' || observation.cache === 'UPDATING') {
          // An expired copy is served while a new one is fetched, within stale-while-revalidate.
          expect(observation.sentAt - copiedAt, `nginx ${probe.path}: age of a ${observation.cache} answer, ms`).toBeLessThanOrEqual(S_MAXAGE_MS + STALE_WHILE_REVALIDATE_MS + CLOCK_SLACK_MS);
        }
        if (REFRESHES.has(observation.cache!)) copiedAt = observation.receivedAt;
      }
      expect(oldestHit, `nginx ${probe.path}: oldest copy answered as fresh, ms`).toBeLessThanOrEqual(S_MAXAGE_MS + CLOCK_SLACK_MS);
      expect(oldestHit, `nginx ${probe.path}: oldest copy answered as fresh, ms`).toBeGreaterThanOrEqual(S_MAXAGE_MS - 5_000);
    }
    // A copy nobody asked for in stale-while-revalidate's 30 s is dropped, not served stale:
    // however quiet a page, no reader gets a copy older than s-maxage + stale-while-revalidate.
    await sleep(quietPageAskedAt + QUIET_FOR_MS - Date.now());
    expect(await nginxCacheStatus(QUIET_PAGE)).toBe('MISS');
  }, 60_000);
});
