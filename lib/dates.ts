import { TZDate } from '@date-fns/tz';
import { siteConfig } from './config';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Parses a frontmatter date (`YYYY-MM-DD` or an ISO date-time). Without an offset the value
 * is a wall-clock time in `timeZone`, so the result does not depend on the server's TZ.
 * Returns null for anything malformed or impossible (2026-02-30).
 */
export function parseContentDate(value: string, timeZone = siteConfig.timeZone): Date | null {
  const match = DATE_ONLY.exec(value) ?? DATE_TIME.exec(value);
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', ms = '0', offset] = match;
  const parts = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  const [year, month, day, hour, minute, second] = parts;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const millis = Number(ms.padEnd(3, '0'));

  if (offset) {
    const iso = `${y}-${mo}-${d}T${h}:${mi}:${s.padStart(2, '0')}.${String(millis).padStart(3, '0')}${normaliseOffset(offset)}`;
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  const zoned = new TZDate(year, month - 1, day, hour, minute, second, millis, timeZone);
  return new Date(zoned.getTime());
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function normaliseOffset(offset: string): string {
  if (offset === 'Z') return 'Z';
  return offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
}

const displayFormat = new Intl.DateTimeFormat(siteConfig.locale, {
  timeZone: siteConfig.timeZone,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** "14 March 2026", in the site's time zone. */
export function formatDate(date: Date): string {
  return displayFormat.format(date);
}

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: siteConfig.timeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day `YYYY-MM-DD` of an instant in the site's time zone (for `<time dateTime>`). */
export function isoDay(date: Date): string {
  return dayFormat.format(date);
}

/** The site's year of an instant, for the footer. */
export function siteYear(date: Date): number {
  return Number(isoDay(date).slice(0, 4));
}

const momentFormat = new Intl.DateTimeFormat(siteConfig.locale, {
  timeZone: siteConfig.timeZone,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** "1 June 2099 at 09:00", in the site's time zone. */
export function formatMoment(date: Date): string {
  return momentFormat.format(date);
}
