import { describe, expect, it } from 'vitest';
import { alternationOf, alternationsOf } from '@/lib/url-alternation';

const exactly = (pattern: string) => new RegExp(`^(?:${pattern})$`);

describe('alternationOf', () => {
  it('matches exactly the words: not a prefix, an extension or a neighbour', () => {
    const words = ['news/page/2', 'news/page/20', 'news/page/3', 'news/alpha', 'news/alphabet', 'news/art', 'tags/a.b'];
    const re = exactly(alternationOf(words));
    for (const word of words) expect(re.test(word), word).toBe(true);
    for (const other of ['news/page/', 'news/page/21', 'news/page/200', 'news/alph', 'news/alphabets', 'news/ar', 'tags/aXb', 'news/page/2/', '']) {
      expect(re.test(other), other).toBe(false);
    }
  });

  it('shares common prefixes, so it is shorter than the words side by side', () => {
    const words = Array.from({ length: 500 }, (_, index) => `news/release-notes-${String(index).padStart(5, '0')}`);
    const pattern = alternationOf(words);
    expect(pattern.length).toBeLessThan(words.join('|').length / 5);
    expect(pattern).not.toMatch(/\((?!\?)/); // no capturing group: the router's rule syntax refuses them
  });

  it('matches nothing for no words', () => {
    expect(exactly(alternationOf([])).test('')).toBe(false);
  });
});

describe('alternationsOf', () => {
  const words = Array.from({ length: 3000 }, (_, index) => `news/${['alpha', 'beta', 'gamma'][index % 3]}-story-${index * 7919}`);

  it('cuts a large set into pieces within the budget that together match exactly the set', () => {
    const pieces = alternationsOf(words, 2_000);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(2_000);
    const res = pieces.map(exactly);
    for (const word of words) expect(res.filter((re) => re.test(word)), word).toHaveLength(1);
    expect(res.some((re) => re.test('news/alpha-story-1'))).toBe(false);
  });

  it('gives one piece for a small set, none for an empty one', () => {
    expect(alternationsOf(['a', 'b'])).toEqual(['(?:a|b)']);
    expect(alternationsOf([])).toEqual([]);
  });
});
