/**
 * Measures search, feed and sitemap costs on the sample content and on N generated articles.
 * Usage: npx tsx scripts/bench-search.ts [N=1000]
 */
import { getAuthors, getCategories, getPublishedArticles, type Article } from '../lib/articles';
import { rssFeed, siteFeedOptions, jsonFeed } from '../lib/feeds';
import { buildSearchIndex, searchArticles } from '../lib/search';
import { sitemapDocument, sitemapEntries } from '../lib/sitemap';

const QUERIES = ['monorepo', 'monor', 'typscript', 'thanh pho ho chi minh', 'design tokens figma', 'payment idempotency keys', 'zzzz'];
const ROUNDS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

/** `count` articles cycled from the sample ones, each with its own slug, date and paragraph order. */
function generate(samples: readonly Article[], count: number): Article[] {
  return Array.from({ length: count }, (_, index) => {
    const sample = samples[index % samples.length]!;
    const paragraphs = sample.htmlParts.join('').split('\n');
    const rotated = [...paragraphs.slice(index % paragraphs.length), ...paragraphs.slice(0, index % paragraphs.length)];
    return {
      ...sample,
      slug: `${sample.slug}-${index}`,
      title: `${sample.title} (${index})`,
      date: new Date(Date.UTC(2020, 0, 1) + index * 3_600_000 * 30),
      htmlParts: [rotated.join('\n')],
    };
  });
}

function measure(label: string, articles: readonly Article[]): void {
  const build = [...Array(ROUNDS)].map(() => time(() => buildSearchIndex(articles)).ms);
  const index = buildSearchIndex(articles);
  const perQuery = QUERIES.map((query) => {
    searchArticles(index, query); // warm
    return { query, ms: median([...Array(ROUNDS)].map(() => time(() => searchArticles(index, query)).ms)), total: searchArticles(index, query).total };
  });
  const rss = rssFeed(articles, siteFeedOptions());
  const json = jsonFeed(articles, siteFeedOptions());
  const sitemap = sitemapDocument(sitemapEntries({ articles, categories: getCategories(), authors: getAuthors() }));
  console.log(`\n${label}: ${articles.length} articles`);
  console.log(`  search index build: median ${median(build).toFixed(1)} ms, best ${Math.min(...build).toFixed(1)} ms (of ${ROUNDS})`);
  console.log(`  query median: ${median(perQuery.map((entry) => entry.ms)).toFixed(2)} ms`);
  for (const entry of perQuery) console.log(`    ${JSON.stringify(entry.query).padEnd(26)} ${entry.ms.toFixed(2).padStart(7)} ms  ${entry.total} hits`);
  console.log(`  feed.xml ${Buffer.byteLength(rss)} bytes, feed.json ${Buffer.byteLength(json)} bytes (50 newest)`);
  console.log(`  sitemap.xml ${Buffer.byteLength(sitemap)} bytes`);
}

const count = Number(process.argv[2] ?? 1000);
const samples = getPublishedArticles();
measure('sample content', samples);
measure('generated', generate(samples, count));
