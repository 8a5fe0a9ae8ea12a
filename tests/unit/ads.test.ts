import { describe, expect, it } from 'vitest';
import { adRowAfter, adsTxt, articleAdPlacements } from '@/lib/ads';
import { siteConfig } from '@/lib/config';
import { renderMarkdown } from '@/lib/markdown';

const slots = siteConfig.ads.slots;
const paragraphs = (count: number) => Array.from({ length: count }, (_, index) => `Paragraph ${index + 1}.`).join('\n\n');

describe('article placements', () => {
  it('puts the in-body ad after paragraph N only when the body is longer than that', () => {
    const long = renderMarkdown(paragraphs(6), { splitAfterParagraph: 4 });
    expect(long.htmlParts).toHaveLength(2);
    expect(long.htmlParts[0]).toContain('Paragraph 4.');
    expect(long.htmlParts[0]).not.toContain('Paragraph 5.');
    expect(articleAdPlacements({ ads: true, htmlParts: long.htmlParts })).toEqual({
      top: slots.articleTop,
      inBody: slots.articleInBody,
      end: slots.articleEnd,
    });

    const short = renderMarkdown(paragraphs(4), { splitAfterParagraph: 4 });
    expect(short.htmlParts).toHaveLength(1);
    expect(articleAdPlacements({ ads: true, htmlParts: short.htmlParts }).inBody).toBeNull();
  });

  it('counts top-level paragraphs only, not list items or quotes', () => {
    const body = `${paragraphs(3)}\n\n- item one\n- item two\n\n> quoted\n\nParagraph 4.`;
    expect(renderMarkdown(body, { splitAfterParagraph: 3 }).htmlParts[1]).toContain('item one');
    expect(renderMarkdown(body, { splitAfterParagraph: 4 }).htmlParts).toHaveLength(1);
  });

  it('removes every slot with ads: false', () => {
    expect(articleAdPlacements({ ads: false, htmlParts: ['a', 'b'] })).toEqual({ top: null, inBody: null, end: null });
  });
});

describe('listing placements', () => {
  it('puts a row after every N cards, never after the last card', () => {
    const after = (total: number) => Array.from({ length: total }, (_, index) => index).filter((index) => adRowAfter(index, total, 6));
    expect(after(9)).toEqual([5]);
    expect(after(6)).toEqual([]);
    expect(after(13)).toEqual([5, 11]);
    expect(after(12)).toEqual([5]);
  });

  it('places nothing when the interval is 0', () => {
    expect(adRowAfter(5, 20, 0)).toBe(false);
  });
});

describe('ads.txt', () => {
  it('says clearly when no publisher is configured', () => {
    expect(adsTxt(null)).toMatch(/^# No ad publisher is configured/);
  });

  it('lists the AdSense publisher from the client id', () => {
    expect(adsTxt('ca-pub-1234567890123456')).toBe('google.com, pub-1234567890123456, DIRECT, f08c47fec0942fa0\n');
  });
});
