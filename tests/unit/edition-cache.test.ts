/** The server's cache treats a page rendered before the latest publication moment as expired. */
import { describe, expect, it } from 'vitest';
import { editionStart } from '@/lib/edition-cache.mjs';

describe('editionStart', () => {
  const moments = [100, 200, 300];

  it('is the latest moment at or before now', () => {
    expect(editionStart(moments, 250)).toBe(200);
    expect(editionStart(moments, 300)).toBe(300);
    expect(editionStart(moments, 299)).toBe(200);
    expect(editionStart(moments, 10_000)).toBe(300);
  });

  it('is -Infinity before the first moment or without any', () => {
    expect(editionStart(moments, 99)).toBe(-Infinity);
    expect(editionStart([], 1)).toBe(-Infinity);
  });
});
