/** lang and translationOf: which language an article is in, and which original it translates. */
import { afterEach, describe, expect, it } from 'vitest';
import { articleFile, checkTempSite, removeTempSites } from './helpers/temp-site';

afterEach(removeTempSites);

const original = articleFile('title: An original\ndescription: In English.');

describe('lang', () => {
  it("defaults to the site's language and accepts en and vi", () => {
    const { content, problems } = checkTempSite({
      'content/articles/a.md': original,
      'content/articles/b.md': articleFile('title: Một bài viết\ndescription: Tiếng Việt.\nlang: vi'),
    });
    expect(problems).toEqual([]);
    expect(content?.articles.map((article) => [article.slug, article.lang])).toEqual([['a', 'en'], ['b', 'vi']]);
  });

  it('refuses any other language at its line', () => {
    expect(checkTempSite({ 'content/articles/a.md': articleFile('title: Fine\ndescription: Fine\nlang: fr') }).problems).toEqual([
      "a.md:4: lang 'fr' is not a language of the site: use en or vi",
    ]);
  });
});

describe('translationOf', () => {
  it('links a translation to its original', () => {
    const { content, problems } = checkTempSite({
      'content/articles/a.md': original,
      'content/articles/a-vi.md': articleFile('title: Bản dịch\ndescription: Tiếng Việt.\nlang: vi\ntranslationOf: a'),
    });
    expect(problems).toEqual([]);
    expect(content?.articles.find((article) => article.slug === 'a-vi')?.translationOf).toBe('a');
  });

  it('refuses a translation of a missing article, with a hint for a near miss', () => {
    expect(checkTempSite({ 'content/articles/a.md': original, 'content/articles/b.md': articleFile('title: B\ndescription: B.\nlang: vi\ntranslationOf: aa') }).problems).toEqual([
      "b.md:5: translationOf 'aa': no article with that slug, did you mean 'a'?",
    ]);
  });

  it('refuses a same-language pair, a translation of itself and a translation of a translation', () => {
    const { problems } = checkTempSite({
      'content/articles/a.md': original,
      'content/articles/b.md': articleFile('title: B\ndescription: B.\ntranslationOf: a'),
      'content/articles/c.md': articleFile('title: C\ndescription: C.\nlang: vi\ntranslationOf: c'),
      'content/articles/d.md': articleFile('title: D\ndescription: D.\nlang: vi\ntranslationOf: a'),
      'content/articles/e.md': articleFile('title: E\ndescription: E.\ntranslationOf: d'),
    });
    expect(problems).toEqual([
      "b.md:4: translationOf 'a': both are in English: a translation is in another language (set lang: on this article)",
      "c.md:5: translationOf 'c': an article cannot be a translation of itself",
      "e.md:4: translationOf 'd': that article is itself a translation of 'a': name the original, translationOf: a",
    ]);
  });

  it('refuses a second translation into the same language', () => {
    expect(
      checkTempSite({
        'content/articles/a.md': original,
        'content/articles/a-vi.md': articleFile('title: Một\ndescription: Một.\nlang: vi\ntranslationOf: a'),
        'content/articles/a-vi-2.md': articleFile('title: Hai\ndescription: Hai.\nlang: vi\ntranslationOf: a'),
      }).problems,
    ).toEqual([expect.stringMatching(/^a-vi\.md:5: translationOf 'a': it already has a Vietnamese translation, .*a-vi-2\.md$/)]);
  });
});
