/**
 * Watches servers for one article going live: every page that must list it is asked again and
 * again (each server on its own loop), and every answer is kept with the moments it was sent
 * and received, whether it lists the article, and what nginx's cache said about it.
 */
import { createHash } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'next/dist/compiled/node-html-parser';
import { sleep } from '../../scripts/lib/util';

export interface WatchedArticle {
  slug: string;
  title: string;
  category: string;
  /** A word of the title, for the search page. */
  searchWord: string;
}

/** One page that shows the article once it is live, and how to tell from an answer. */
export interface Probe {
  path: string;
  /** Whether the answer lists the article; a string when the answer is wrong whatever the moment. */
  inspect(status: number, body: string): boolean | string;
}

export interface Observation {
  target: string;
  path: string;
  sentAt: number;
  receivedAt: number;
  status: number;
  listed: boolean;
  /** X-Cache-Status, when nginx answered. */
  cache: string | null;
  sha256: string;
}

const xml = new XMLParser({ ignoreAttributes: true, isArray: (name) => ['item', 'url'].includes(name) });

const pathOf = (url: unknown) => (typeof url === 'string' && URL.canParse(url) ? new URL(url).pathname : null);

function linksIn(html: string): string[] {
  return parse(html)
    .querySelectorAll('a[href]')
    .map((link) => link.getAttribute('href') ?? '');
}

function htmlListing(path: string, article: WatchedArticle): Probe {
  return {
    path,
    inspect: (status, body) => (status === 200 ? linksIn(body).includes(`/news/${article.slug}`) : `status ${status}`),
  };
}

interface XmlDocument {
  rss?: { channel?: { item?: { link?: unknown }[] } };
  urlset?: { url?: { loc?: unknown }[] };
}

/** The feed's or sitemap's URLs as they parse: fast-xml-parser returns untyped objects. */
function xmlListing(path: string, article: WatchedArticle, locations: (document: XmlDocument) => unknown[]): Probe {
  return {
    path,
    inspect: (status, body) => {
      if (status !== 200) return `status ${status}`;
      const document = xml.parse(body) as XmlDocument;
      return locations(document).some((location) => pathOf(location) === `/news/${article.slug}`);
    },
  };
}

/**
 * The pages a scheduled article must appear on: its own page (404 until its moment), the news
 * archive, its section, the RSS feed, the sitemap, the Google News sitemap and search.
 */
export function articleProbes(article: WatchedArticle): Probe[] {
  return [
    {
      path: `/news/${article.slug}`,
      inspect: (status, body) => {
        if (status === 404) return false;
        if (status !== 200) return `status ${status}`;
        const h1 = parse(body).querySelectorAll('h1');
        return h1.length === 1 && h1[0]!.text.trim() === article.title ? true : `an h1 other than the title: ${h1.map((node) => node.text.trim()).join(' | ')}`;
      },
    },
    htmlListing('/news', article),
    htmlListing(`/category/${article.category}`, article),
    xmlListing('/feed.xml', article, (document) => (document.rss?.channel?.item ?? []).map((item) => item.link)),
    xmlListing('/sitemap.xml', article, (document) => (document.urlset?.url ?? []).map((url) => url.loc)),
    xmlListing('/news-sitemap.xml', article, (document) => (document.urlset?.url ?? []).map((url) => url.loc)),
    htmlListing(`/search?q=${encodeURIComponent(article.searchWord)}`, article),
  ];
}

/** Asks one server for one page and judges the answer. */
export async function observe(target: string, baseUrl: string, probe: Probe): Promise<Observation> {
  const sentAt = Date.now();
  const response = await fetch(`${baseUrl}${probe.path}`, { redirect: 'manual', signal: AbortSignal.timeout(15_000) });
  const body = await response.text();
  const receivedAt = Date.now();
  const verdict = probe.inspect(response.status, body);
  if (typeof verdict === 'string') throw new Error(`${target} ${probe.path}: ${verdict}`);
  return {
    target,
    path: probe.path,
    sentAt,
    receivedAt,
    status: response.status,
    listed: verdict,
    cache: response.headers.get('x-cache-status'),
    sha256: createHash('sha256').update(body).digest('hex'),
  };
}

export interface WatchTarget {
  name: string;
  url: string;
  intervalMs: number;
}

/** Polls every target on its own loop until it is stopped; failures are kept, not thrown. */
export class Watch {
  readonly observations: Observation[] = [];
  readonly failures: string[] = [];
  private readonly running = new Map<string, Promise<void>>();
  private readonly stopped = new Set<string>();

  constructor(private readonly probes: readonly Probe[]) {}

  start(target: WatchTarget): void {
    this.running.set(target.name, this.loop(target));
  }

  private async loop(target: WatchTarget): Promise<void> {
    while (!this.stopped.has(target.name)) {
      const round = Date.now();
      const results = await Promise.allSettled(this.probes.map((probe) => observe(target.name, target.url, probe)));
      for (const result of results) {
        if (result.status === 'fulfilled') this.observations.push(result.value);
        else this.failures.push(`${new Date().toISOString()} ${target.name}: ${String(result.reason)}`);
      }
      await sleep(Math.max(0, target.intervalMs - (Date.now() - round)));
    }
  }

  /** Stops polling a target and waits for its round in flight. */
  async stop(name: string): Promise<void> {
    this.stopped.add(name);
    await this.running.get(name);
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.running.keys()].map((name) => this.stop(name)));
  }

  of(target: string, path: string): Observation[] {
    return this.observations.filter((observation) => observation.target === target && observation.path === path);
  }

  /** The first answer of `target` listing the article on `path`, or null. */
  firstListed(target: string, path: string): Observation | null {
    return this.of(target, path).find((observation) => observation.listed) ?? null;
  }

  /** Resolves once `target` lists the article on every path, or at `deadline` (ms since the epoch). */
  async untilListed(target: string, deadline: number): Promise<void> {
    while (Date.now() < deadline && this.probes.some((probe) => !this.firstListed(target, probe.path))) await sleep(250);
  }
}
