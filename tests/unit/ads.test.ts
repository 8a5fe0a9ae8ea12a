import { describe, expect, it } from 'vitest';
import { adRowAfter, adsTxt, articleAdPlacements } from '@/lib/ads';
import { siteConfig } from '@/lib/config';
import { renderMarkdown } from '@/lib/markdown';
import { siteBody, siteContent } from './helpers/site-fixture';

const slots = siteConfig.ads.slots;
/** `count` paragraphs of `words` words each. */
const paragraphs = (count: number, words = 100) =>
  Array.from({ length: count }, (_, index) => `Paragraph ${index + 1} ${'word '.repeat(words - 2).trim()}.`).join('\n\n');
const words = (markdown: string) => renderMarkdown(markdown).words;

describe('article placements', () => {
  const placements = (markdown: string, ads = true) => {
    const body = renderMarkdown(markdown);
    return articleAdPlacements({ ads, words: body.words }, body);
  };

  it('gives an article under 600 words only the end slot', () => {
    expect(words(paragraphs(5, 119))).toBe(595);
    expect(placements(paragraphs(5, 119))).toEqual({ inBodyAfter: [], end: slots.articleEnd });
    expect(placements(paragraphs(1, 20))).toEqual({ inBodyAfter: [], end: slots.articleEnd });
  });

  it('allows one in-body slot per 400 words, each where another 400 words have been read', () => {
    // 600 words: one slot, after the fourth paragraph (400 words read).
    expect(placements(paragraphs(6))).toEqual({ inBodyAfter: [3], end: slots.articleEnd });
    // 1,200 words: three allowed, but the third would follow the last block.
    expect(placements(paragraphs(12))).toEqual({ inBodyAfter: [3, 7], end: slots.articleEnd });
    // 1,300 words: three, after 400, 800 and 1,200 words.
    expect(placements(paragraphs(13)).inBodyAfter).toEqual([3, 7, 11]);
    // 799 words allow only one, however long the paragraphs.
    expect(placements(paragraphs(17, 47)).inBodyAfter).toEqual([8]);
  });

  it('sits only after a paragraph of text: headings, lists, quotes and tables move it on', () => {
    const body = renderMarkdown(`${paragraphs(4)}\n\n## A heading\n\n- a list\n\n${paragraphs(2)}`);
    expect(body.blocks.map((block) => block.paragraph)).toEqual([true, true, true, true, false, false, true, true]);
    // 400 words are read at block 3, a paragraph: the slot goes there, not after the heading.
    expect(articleAdPlacements({ ads: true, words: body.words }, body).inBodyAfter).toEqual([3]);
    const late = renderMarkdown(`${paragraphs(3)}\n\n## Heading\n\n${'- item '.repeat(1) + 'word '.repeat(120)}\n\n${paragraphs(3)}`);
    const after = articleAdPlacements({ ads: true, words: late.words }, late).inBodyAfter;
    expect(after).toEqual([5]);
    expect(late.blocks[5]?.html).toMatch(/^<p>Paragraph 1 /);
  });

  it('follows the configured thresholds', () => {
    const body = renderMarkdown(paragraphs(4));
    expect(articleAdPlacements({ ads: true, words: 400 }, body, { inBodyMinWords: 600, inBodyEveryWords: 400 }).inBodyAfter).toEqual([]);
    expect(articleAdPlacements({ ads: true, words: 400 }, body, { inBodyMinWords: 200, inBodyEveryWords: 200 }).inBodyAfter).toEqual([1]);
  });

  it('removes every slot with ads: false', () => {
    expect(placements(paragraphs(20), false)).toEqual({ inBodyAfter: [], end: null });
  });

  it('places the fixture articles: two in the 986-word one, none in a short one, none with ads: false', () => {
    const journal = siteContent().articles.find((article) => article.slug === 'keeping-a-build-journal')!;
    expect(journal.words).toBe(986);
    const after = articleAdPlacements(journal, siteBody('keeping-a-build-journal')).inBodyAfter;
    expect(after).toHaveLength(2);
    for (const index of after) expect(siteBody('keeping-a-build-journal').blocks[index]?.paragraph).toBe(true);
    const calendar = siteContent().articles.find((article) => article.slug === 'the-winter-release-calendar')!;
    expect(articleAdPlacements(calendar, siteBody('the-winter-release-calendar'))).toEqual({ inBodyAfter: [], end: slots.articleEnd });
    const taskRunner = siteContent().articles.find((article) => article.slug === 'choosing-a-task-runner')!;
    expect(taskRunner.ads).toBe(false);
    expect(articleAdPlacements(taskRunner, siteBody('choosing-a-task-runner'))).toEqual({ inBodyAfter: [], end: null });
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
