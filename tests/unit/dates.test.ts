import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatDate, isoDay, parseContentDate, siteYear } from '@/lib/dates';

const iso = (value: string, timeZone?: string) => parseContentDate(value, timeZone)?.toISOString() ?? null;

describe('parseContentDate', () => {
  it('reads YYYY-MM-DD as midnight in Ho Chi Minh City (17:00 UTC the day before)', () => {
    expect(iso('2026-03-01')).toBe('2026-02-28T17:00:00.000Z');
    expect(iso('2024-02-29')).toBe('2024-02-28T17:00:00.000Z');
  });

  it('reads a date-time without an offset as wall-clock time in the site time zone', () => {
    expect(iso('2026-03-01T09:30')).toBe('2026-03-01T02:30:00.000Z');
    expect(iso('2026-03-01T09:30:15')).toBe('2026-03-01T02:30:15.000Z');
    expect(iso('2026-03-01T09:30:15.250')).toBe('2026-03-01T02:30:15.250Z');
    expect(iso('2026-03-01 09:30')).toBe('2026-03-01T02:30:00.000Z');
  });

  it('honours an explicit offset', () => {
    expect(iso('2026-03-01T09:30:00Z')).toBe('2026-03-01T09:30:00.000Z');
    expect(iso('2026-03-01T09:30:00+07:00')).toBe('2026-03-01T02:30:00.000Z');
    expect(iso('2026-03-01T09:30:00-05:00')).toBe('2026-03-01T14:30:00.000Z');
    expect(iso('2026-03-01T09:30:00+0700')).toBe('2026-03-01T02:30:00.000Z');
  });

  it('uses the time zone it is given', () => {
    expect(iso('2026-03-01', 'UTC')).toBe('2026-03-01T00:00:00.000Z');
    expect(iso('2026-07-01T12:00', 'America/New_York')).toBe('2026-07-01T16:00:00.000Z');
  });

  it.each([
    ['empty', ''],
    ['words', 'tomorrow'],
    ['day first', '01/03/2026'],
    ['unpadded', '2026-3-1'],
    ['no separators', '20260301'],
    ['30 February', '2026-02-30'],
    ['29 February of a common year', '2025-02-29'],
    ['31 April', '2026-04-31'],
    ['month 13', '2026-13-01'],
    ['month 0', '2026-00-10'],
    ['day 0', '2026-03-00'],
    ['hour 24', '2026-03-01T24:00'],
    ['minute 60', '2026-03-01T10:60'],
    ['second 60', '2026-03-01T23:59:60'],
    ['hour only', '2026-03-01T09'],
    ['offset out of range', '2026-03-01T09:30:00+25:00'],
    ['leading space', ' 2026-03-01'],
    ['trailing text', '2026-03-01 or so'],
  ])('returns null for %s (%j)', (_name, value) => {
    expect(parseContentDate(value)).toBeNull();
  });
});

describe('formatDate, isoDay and siteYear', () => {
  it('display the calendar day in Ho Chi Minh City', () => {
    const midnight = new Date('2026-02-28T17:00:00Z'); // 00:00 on 1 March in Ho Chi Minh City
    expect(formatDate(midnight)).toBe('1 March 2026');
    expect(isoDay(midnight)).toBe('2026-03-01');

    const justBefore = new Date('2026-02-28T16:59:59Z'); // 23:59:59 on 28 February there
    expect(formatDate(justBefore)).toBe('28 February 2026');
    expect(isoDay(justBefore)).toBe('2026-02-28');
  });

  it('round-trip a frontmatter day', () => {
    const date = parseContentDate('2026-12-31');
    expect(date).not.toBeNull();
    if (date) {
      expect(formatDate(date)).toBe('31 December 2026');
      expect(isoDay(date)).toBe('2026-12-31');
    }
  });

  it('give the site year, which turns at midnight in Ho Chi Minh City', () => {
    expect(siteYear(new Date('2026-12-31T16:59:59Z'))).toBe(2026);
    expect(siteYear(new Date('2026-12-31T17:00:00Z'))).toBe(2027);
  });
});

describe('independence from the server time zone', () => {
  const script = 'tests/fixtures/scripts/print-dates.ts';

  function runWithTimeZone(timeZone: string): Record<string, unknown> {
    const output = execFileSync(process.execPath, ['--import', 'tsx', script], {
      cwd: process.cwd(),
      env: { ...process.env, TZ: timeZone },
      encoding: 'utf8',
    });
    return JSON.parse(output) as Record<string, unknown>;
  }

  it('parses and displays the same dates with TZ=UTC and TZ=America/Los_Angeles', () => {
    const utc = runWithTimeZone('UTC');
    const losAngeles = runWithTimeZone('America/Los_Angeles');

    // The child processes really did run in different zones...
    expect(utc.serverOffsetMinutes).toBe(0);
    expect(losAngeles.serverOffsetMinutes).toBe(480);

    // ...and the site's view of every date is the same in both.
    const siteView = (output: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(output).filter(([key]) => key !== 'serverOffsetMinutes'));
    const utcView = siteView(utc);
    expect(siteView(losAngeles)).toEqual(utcView);
    expect(utcView).toEqual({
      parsedDay: '2026-02-28T17:00:00.000Z',
      parsedLocalTime: '2026-03-01T02:30:00.000Z',
      parsedOffset: '2026-03-01T14:30:00.000Z',
      articleDate: '1 March 2026',
      articleDay: '2026-03-01',
      earlyMorningDate: '1 March 2026',
      earlyMorningDay: '2026-03-01',
      newYearYear: 2027,
    });
  }, 60_000);
});
