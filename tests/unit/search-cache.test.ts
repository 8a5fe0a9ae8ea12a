import { describe, expect, it } from 'vitest';
import { LruCache } from '@/lib/search-cache';

describe('LruCache', () => {
  it('returns what it stored, and undefined for what it never saw', () => {
    const cache = new LruCache<string, number>(3);
    expect(cache.set('a', 1)).toBe(1);
    expect(cache.get('a')).toBe(1);
    expect(cache.get('b')).toBeUndefined();
  });

  it('never holds more than its size, dropping the entry used longest ago', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.get('a'); // now b is the one used longest ago
    cache.set('c', 3);
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
  });

  it('stays at its size whatever number of different keys arrive', () => {
    const cache = new LruCache<number, string>(100);
    for (let key = 0; key < 10_000; key++) cache.set(key, String(key));
    expect(cache.size).toBe(100);
    expect(cache.get(9_899)).toBeUndefined();
    expect(cache.get(9_900)).toBe('9900');
  });

  it('replaces the value of a key it holds without growing', () => {
    const cache = new LruCache<string, number>(2);
    cache.set('a', 1);
    cache.set('a', 2);
    expect(cache.size).toBe(1);
    expect(cache.get('a')).toBe(2);
  });

  it('computes a missing value once, then serves it', () => {
    const cache = new LruCache<string, { n: number }>(2);
    let calls = 0;
    const compute = () => ({ n: ++calls });
    const first = cache.getOrSet('k', compute);
    expect(cache.getOrSet('k', compute)).toBe(first);
    expect(calls).toBe(1);
  });

  it('refuses a size that is not a whole number of at least 1', () => {
    for (const size of [0, -1, 1.5, Number.NaN]) expect(() => new LruCache(size)).toThrow(RangeError);
  });
});
