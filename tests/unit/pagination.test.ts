import { describe, expect, it } from 'vitest';
import { pageCount, pageWindow, paginate, parsePageSegment } from '@/lib/pagination';

const items = Array.from({ length: 20 }, (_, index) => index + 1);

describe('paginate', () => {
  it('slices pages of the given size, the last one short', () => {
    expect(paginate(items, 1, 9)).toEqual({ items: [1, 2, 3, 4, 5, 6, 7, 8, 9], page: 1, totalPages: 3, totalItems: 20 });
    expect(paginate(items, 3, 9)?.items).toEqual([19, 20]);
  });

  it('has no page 0, negative, fractional or past-the-end page', () => {
    for (const page of [0, -1, 1.5, 4, Number.NaN]) expect(paginate(items, page, 9)).toBeNull();
  });

  it('always has a page 1, even when empty', () => {
    expect(paginate([], 1, 9)).toEqual({ items: [], page: 1, totalPages: 1, totalItems: 0 });
    expect(paginate([], 2, 9)).toBeNull();
  });

  it('counts pages exactly at the boundaries', () => {
    expect(pageCount(0, 9)).toBe(1);
    expect(pageCount(9, 9)).toBe(1);
    expect(pageCount(10, 9)).toBe(2);
    expect(pageCount(18, 9)).toBe(2);
  });
});

describe('parsePageSegment', () => {
  it('accepts page numbers from 2 written plainly', () => {
    expect(parsePageSegment('2')).toBe(2);
    expect(parsePageSegment('117')).toBe(117);
  });

  it('rejects page 1 (it lives at the bare URL) and every odd spelling', () => {
    for (const segment of ['1', '0', '01', '-2', '2.5', '1e3', '0x10', 'two', '', ' 2', '9999999']) {
      expect(parsePageSegment(segment), segment).toBeNull();
    }
  });
});

describe('pageWindow', () => {
  it('shows every page when there are few', () => {
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it('elides long runs on both sides of the current page', () => {
    expect(pageWindow(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    expect(pageWindow(1, 20)).toEqual([1, 2, 3, null, 20]);
    expect(pageWindow(20, 20)).toEqual([1, null, 18, 19, 20]);
  });
});
