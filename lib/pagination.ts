export interface Page<T> {
  items: T[];
  /** 1-based. */
  page: number;
  totalPages: number;
  totalItems: number;
}

export function pageCount(totalItems: number, pageSize: number): number {
  return Math.max(1, Math.ceil(totalItems / pageSize));
}

/** The items of one page, or null when the page does not exist (page 1 always exists). */
export function paginate<T>(items: readonly T[], page: number, pageSize: number): Page<T> | null {
  const totalPages = pageCount(items.length, pageSize);
  if (!Number.isInteger(page) || page < 1 || page > totalPages) return null;
  const start = (page - 1) * pageSize;
  return { items: items.slice(start, start + pageSize), page, totalPages, totalItems: items.length };
}

/**
 * The page number of a `/page/N` URL segment. Page 1 lives only at the bare listing URL, so
 * `1`, `0`, `01`, `-2`, `2.5` and `two` all return null (and the route answers 404).
 */
export function parsePageSegment(segment: string): number | null {
  return /^[1-9]\d{0,5}$/.test(segment) && segment !== '1' ? Number(segment) : null;
}

/** Page numbers to show as links, with null for an elided run: 1 … 4 5 [6] 7 8 … 20. */
export function pageWindow(current: number, total: number, radius = 2): (number | null)[] {
  const pages: (number | null)[] = [];
  for (let page = 1; page <= total; page++) {
    const nearCurrent = Math.abs(page - current) <= radius;
    if (page === 1 || page === total || nearCurrent) pages.push(page);
    else if (pages[pages.length - 1] !== null) pages.push(null);
  }
  return pages;
}
