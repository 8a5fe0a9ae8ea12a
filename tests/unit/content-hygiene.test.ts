/**
 * Hostile or careless files: invisible characters, YAML aliases, too many tags, images that
 * are not raster files or carry a query string. Each is a `file:line: message` naming the
 * problem, and nothing is published.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { characterName, forbiddenCharacters } from '@/lib/content/text-hygiene';
import { articleFile as frontmatter, checkTempSite, removeTempSites } from './helpers/temp-site';

afterEach(removeTempSites);

/** A one-article site; `files` are extra files relative to the site folder. */
const site = (article: string, files: Record<string, string> = {}) => checkTempSite({ 'content/articles/a.md': article, ...files });

describe('invisible characters', () => {
  it('names each forbidden character by code point and name', () => {
    expect(forbiddenCharacters('a\u001bb\u202ec\ud83d d\t\n\r ok 😀')).toEqual(['\u001b', '\u202e', '\ud83d']);
    expect(['\u0000', '\u001b', '\u007f', '\u202e', '\u2066', '\ufffe', '\udc00'].map(characterName)).toEqual([
      'U+0000 (NUL)',
      'U+001B (ESC)',
      'U+007F (DEL)',
      'U+202E (RIGHT-TO-LEFT OVERRIDE)',
      'U+2066 (LEFT-TO-RIGHT ISOLATE)',
      'U+FFFE (a noncharacter)',
      'U+DC00 (half of a surrogate pair)',
    ]);
  });

  it('refuses an escape character in a frontmatter field, at its line, naming the field', () => {
    const { content, problems } = site(frontmatter('title: "Red \\e[31m text"\ndescription: Fine'));
    expect(content).toBeNull();
    expect(problems).toEqual([expect.stringMatching(/^a\.md:2: title contains the invisible character U\+001B \(ESC\): delete it/)]);
  });

  it('refuses a raw bidi override and a lone surrogate from a YAML escape', () => {
    expect(site(frontmatter('title: Fine\ndescription: "abc \u202e def"')).problems).toEqual([
      expect.stringMatching(/^a\.md:3: description contains the invisible character U\+202E \(RIGHT-TO-LEFT OVERRIDE\)/),
    ]);
    expect(site(frontmatter('title: "half \\uD83D emoji"\ndescription: Fine')).problems).toEqual([
      expect.stringMatching(/^a\.md:2: title contains the invisible character U\+D83D \(half of a surrogate pair\)/),
    ]);
  });

  it('refuses terminal colour codes pasted into a code block, at the body line', () => {
    const { content, problems } = site(frontmatter('title: Fine\ndescription: Fine', 'Text.\n\n```\n\u001b[31mred\u001b[0m\n```'));
    expect(content).toBeNull();
    expect(problems).toEqual([expect.stringMatching(/^a\.md:10: this line contains the invisible character U\+001B \(ESC\)/)]);
  });

  it('refuses them in categories.yml and authors.yml too', () => {
    const { problems } = site(frontmatter('title: Fine\ndescription: Fine'), {
      'content/authors.yml': '- slug: ana\n  name: "Ana\\u0007"\n',
    });
    expect(problems).toEqual([expect.stringMatching(/^authors\.yml:2: name contains the invisible character U\+0007 \(BEL\)/)]);
  });
});

describe('YAML', () => {
  it('refuses aliases, so an alias bomb is one message and no stack trace', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((key, index) => `${key}: &${key} [${Array(9).fill(`*${'abcdefgh'[index]}`).join(', ')}]`)].join('\n');
    const { content, problems } = site(`---\n${bomb}\n---\nBody.\n`);
    expect(content).toBeNull();
    expect(problems[0]).toBe("a.md:3: YAML alias '*a' is not allowed here: write the value out in full");
    expect(problems.every((problem) => !problem.includes('    at '))).toBe(true);
  });
});

describe('tags and images', () => {
  it('caps tags at 20 per article', () => {
    const tags = Array.from({ length: 21 }, (_, index) => `t${index}`).join(', ');
    expect(site(frontmatter(`title: Fine\ndescription: Fine\ntags: [${tags}]`)).problems).toEqual([
      'a.md:4: tags has 21 entries, the limit is 20: keep the ones readers would browse',
    ]);
    expect(site(frontmatter(`title: Fine\ndescription: Fine\ntags: [${tags.split(', ').slice(0, 20).join(', ')}]`)).problems).toEqual([]);
  });

  it('accepts only raster hero and body images', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>fetch("/feed.xml")</script></svg>';
    expect(site(frontmatter('title: Fine\ndescription: Fine\nimage: /images/x.svg\nimageAlt: A picture'), { 'public/images/x.svg': svg }).problems).toEqual([
      "a.md:4: image '/images/x.svg' must be a raster image (webp, avif, png, jpg, jpeg, gif); SVG and other files are not allowed",
    ]);
    expect(site(frontmatter('title: Fine\ndescription: Fine', 'Text.\n\n![A page](/images/page.html)'), { 'public/images/page.html': '<script></script>' }).problems).toEqual([
      "a.md:9: image '/images/page.html' must be a raster image (webp, avif, png, jpg, jpeg, gif); SVG and other files are not allowed",
    ]);
  });

  it('refuses an image path with a query string or a fragment', () => {
    expect(site(frontmatter('title: Fine\ndescription: Fine\nimage: /images/cover.png?v=2\nimageAlt: A cover')).problems).toEqual([
      "a.md:4: image '/images/cover.png?v=2' must be a plain file path, without ?query or #fragment",
    ]);
    expect(site(frontmatter('title: Fine\ndescription: Fine', 'Text.\n\n![A chart](/images/chart.png#large)')).problems).toEqual([
      "a.md:9: image '/images/chart.png#large' must be a plain file path, without ?query or #fragment",
    ]);
  });
});

describe('YAML mistakes in plain words', () => {
  const mistake = (fields: string) => site(`---\n${fields}\n---\nBody.\n`).problems;

  it('says what to do, on the line of the mistake', () => {
    expect(mistake('title: Design: a guide\ndescription: Fine\ndate: 2025-01-01\ncategory: news')).toEqual([
      'a.md:2: the value of title contains a colon: put the whole value in quotes, e.g. title: "Design: a guide"',
    ]);
    expect(mistake('title: Fine\ntags: [design, tools\ndescription: Fine\ndate: 2025-01-01\ncategory: news')).toEqual([
      'a.md:3: a list that starts with [ is not closed: add ] at the end of the list, on the same line',
    ]);
    expect(mistake('title: "Unclosed\ndescription: Fine\ndate: 2025-01-01\ncategory: news')).toEqual([
      'a.md:2: a " quote is opened but not closed: add the closing " at the end of the value',
    ]);
    expect(mistake('title: Fine\ndescription: Fine\ndate: 2025-01-01\ncategory: news\nsource:\n\tname: Wire')).toEqual([
      'a.md:7: this line is indented with a tab: indent with spaces only',
    ]);
    expect(mistake('title: Fine\ndescription: Fine\ndate: 2025-01-01\ncategory: news\nsource:\n  name: Wire\n   url: https://example.com')).toEqual([
      'a.md:8: this line is indented more than the field above it: line fields up with the same number of spaces',
    ]);
    expect(mistake('title: "Quoted" and more\ndescription: Fine\ndate: 2025-01-01\ncategory: news')).toEqual([
      'a.md:2: text follows the closing quote: put the whole value inside the quotes',
    ]);
  });
});
