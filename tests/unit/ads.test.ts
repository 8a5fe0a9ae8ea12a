import { describe, expect, it } from 'vitest';
import { adRowAfter, adsTxt, articleAdPlacements } from '@/lib/ads';
import { siteConfig } from '@/lib/config';
import { renderMarkdown } from '@/lib/markdown';
import { siteBody, siteContent } from './helpers/site-fixture';

const slots = siteConfig.ads.slots;
const paragraphs = (count: number) => Array.from({ length: count }, (_, index) => `Paragraph ${index + 1}.`).join('\n\n');

describe('article placements', () => {
  const placements = (markdown: string, ads = true) => articleAdPlacements({ ads }, renderMarkdown(markdown));

  it('puts the in-body ad after paragraph 4 only when more paragraphs follow', () => {
    expect(siteConfig.ads.inBodyAfterParagraph).toBe(4);
    expect(placements(paragraphs(6))).toEqual({
      top: slots.articleTop,
      inBody: { slot: slots.articleInBody, afterBlock: 3 },
      end: slots.articleEnd,
    });
    expect(placements(paragraphs(5)).inBody).toEqual({ slot: slots.articleInBody, afterBlock: 3 });
    expect(placements(paragraphs(4))).toEqual({ top: slots.articleTop, inBody: null, end: slots.articleEnd });
    expect(placements(paragraphs(1)).inBody).toBeNull();
    // More blocks after paragraph 4, but no paragraph among them: nothing to sit between.
    expect(placements(`${paragraphs(4)}\n\n## A heading\n\n- a list`).inBody).toBeNull();
  });

  it('indexes the block list: headings, lists and quotes are blocks, but only paragraphs count', () => {
    const body = renderMarkdown(`## Opening\n\n${paragraphs(2)}\n\n- item one\n- item two\n\n> quoted\n\nParagraph 3.\n\n| a |\n|---|\n| b |\n\nParagraph 4.\n\nParagraph 5.`);
    expect(body.blocks.map((block) => block.paragraph)).toEqual([false, true, true, false, false, true, false, true, true]);
    const { inBody } = articleAdPlacements({ ads: true }, body);
    expect(inBody).toEqual({ slot: slots.articleInBody, afterBlock: 7 });
    expect(body.blocks[7]?.html).toBe('<p>Paragraph 4.</p>');
    expect(body.blocks[8]?.html).toBe('<p>Paragraph 5.</p>');
  });

  it('follows the configured paragraph', () => {
    const body = renderMarkdown(paragraphs(3));
    const config = { ...siteConfig.ads, inBodyAfterParagraph: 2 };
    expect(articleAdPlacements({ ads: true }, body, config).inBody).toEqual({ slot: slots.articleInBody, afterBlock: 1 });
    expect(articleAdPlacements({ ads: true }, body, { ...config, inBodyAfterParagraph: 3 }).inBody).toBeNull();
  });

  it('removes every slot with ads: false', () => {
    expect(placements(paragraphs(9), false)).toEqual({ top: null, inBody: null, end: null });
  });

  it('places the fixture articles: after the fourth paragraph of a long one, none in a short one, none with ads: false', () => {
    // keeping-a-build-journal: paragraph, paragraph, ## heading, paragraph, paragraph ("A journal captures…"), …
    const journal = siteBody('keeping-a-build-journal');
    const { inBody } = articleAdPlacements({ ads: true }, journal);
    expect(inBody?.afterBlock).toBe(4);
    expect(journal.blocks[4]?.html).toMatch(/^<p>A journal captures the context that metrics drop\./);
    // the-winter-release-calendar: two paragraphs around a heading and a list.
    expect(articleAdPlacements({ ads: true }, siteBody('the-winter-release-calendar')).inBody).toBeNull();
    const taskRunner = siteContent().articles.find((article) => article.slug === 'choosing-a-task-runner')!;
    expect(taskRunner.ads).toBe(false);
    expect(articleAdPlacements(taskRunner, siteBody('choosing-a-task-runner'))).toEqual({ top: null, inBody: null, end: null });
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
