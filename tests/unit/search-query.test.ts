/** How proxy.ts and the results page read a search request, and the internal address between them. */
import { describe, expect, it } from 'vitest';
import { fromResultsSegments, SEARCH_RESULTS_ROUTE, searchResultsPath } from '@/lib/search-query';

const segmentsOf = (path: string) => {
  const [query, page] = path.slice(SEARCH_RESULTS_ROUTE.length + 1).split('/');
  return { query: query!, page: page! };
};

describe('searchResultsPath', () => {
  it('is one path segment for the query, whatever it holds, and reads back as it was', () => {
    for (const query of ['budgets', 'thành phố', '100% / ../etc?x=1#y', 'a%2Fb', '東京 🎉', 'x'.repeat(200)]) {
      const path = searchResultsPath(query, 3);
      expect(path).toMatch(/^\/search-results\/[A-Za-z0-9_-]+\/3$/);
      expect(fromResultsSegments(segmentsOf(path))).toEqual({ query, page: 3 });
    }
  });

  it('normalises what it reads, as if asked directly', () => {
    const spaced = Buffer.from('  two   words\u0000 ', 'utf8').toString('base64url');
    expect(fromResultsSegments({ query: spaced, page: '1' })).toEqual({ query: 'two words', page: 1 });
  });

  it('reads a segment that is not base64url, or a bad page, as an empty query or page 1', () => {
    expect(fromResultsSegments({ query: 'not base64!', page: 'x' })).toEqual({ query: '', page: 1 });
    expect(fromResultsSegments({ query: Buffer.from('ok').toString('base64url'), page: '0' })).toEqual({ query: 'ok', page: 1 });
    // Invalid UTF-8 bytes become replacement characters, never an exception.
    expect(fromResultsSegments({ query: Buffer.from([0xff, 0xfe, 0x41]).toString('base64url'), page: '2' }).page).toBe(2);
  });
});
