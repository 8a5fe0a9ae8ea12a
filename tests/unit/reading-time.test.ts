import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, renderMarkdown, WORDS_PER_MINUTE } from '@/lib/markdown';

/** `count` distinct words in one paragraph. */
const words = (count: number) => Array.from({ length: count }, (_, index) => `word${index}`).join(' ');

describe('readingMinutes', () => {
  it('reads at 230 words a minute', () => {
    expect(WORDS_PER_MINUTE).toBe(230);
  });

  it.each([
    [0, 1],
    [1, 1],
    [229, 1],
    [230, 1],
    [231, 2],
    [460, 2],
    [461, 3],
    [2300, 10],
  ])('%i words -> %i min', (count, minutes) => {
    expect(readingMinutes(count)).toBe(minutes);
  });
});

describe('countWords', () => {
  it('counts nothing in empty or blank text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords(' \n\t ')).toBe(0);
  });

  it('splits on any run of whitespace', () => {
    expect(countWords('  one\ttwo\n\nthree   four ')).toBe(4);
  });

  it('ignores tokens made only of punctuation or markdown syntax', () => {
    expect(countWords('# ## - * + > | --- *** — – ... ` ``` :: [ ] ( )')).toBe(0);
    expect(countWords('Ship it — then measure.')).toBe(4);
  });

  it('counts numbers, hyphenated words and non-Latin words', () => {
    expect(countWords('In 2026 state-of-the-art tools reached Việt Nam, Đà Nẵng and 東京.')).toBe(11);
  });
});

describe('renderMarkdown word count and reading time', () => {
  it.each([
    [0, 1],
    [230, 1],
    [231, 2],
  ])('a body of %i words reads in %i min', (count, minutes) => {
    const { words: counted } = renderMarkdown(words(count));
    expect(counted).toBe(count);
    expect(readingMinutes(counted)).toBe(minutes);
  });

  it('counts the words of the text, not the markdown syntax or link targets', () => {
    const body = '**Bold** and _italic_ with a [link text](https://example.com/a/long/path) and `code`.';
    expect(renderMarkdown(body).words).toBe(9);
  });

  it('does not merge the last word of one block with the first word of the next', () => {
    expect(renderMarkdown('First paragraph.\n\nSecond paragraph.').words).toBe(4);
    expect(renderMarkdown('# Title\n\n- item one\n- item two\n\n| a | b |\n|---|---|\n| c | d |').words).toBe(9);
  });
});
