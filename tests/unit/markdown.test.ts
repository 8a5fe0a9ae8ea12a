import { describe, expect, it, vi } from 'vitest';
import { blocksHtml } from '@/lib/content/model';
import { renderMarkdown, type ImageSize } from '@/lib/markdown';
import { elements, parseHtml, unsafeParts } from './helpers/html';

/** The whole rendered body as one HTML string. */
function html(markdown: string, options?: Parameters<typeof renderMarkdown>[1]): string {
  return blocksHtml(renderMarkdown(markdown, options).blocks);
}

describe('renderMarkdown: GitHub-flavoured markdown', () => {
  it('renders tables with header and body cells', () => {
    const root = parseHtml(html('| Tool | Use |\n|------|-----|\n| tsx | run TypeScript |\n'));
    expect(root.querySelectorAll('table thead th').map((cell) => cell.text)).toEqual(['Tool', 'Use']);
    expect(root.querySelectorAll('table tbody td').map((cell) => cell.text)).toEqual(['tsx', 'run TypeScript']);
  });

  it('renders ~~strikethrough~~ as <del>', () => {
    const root = parseHtml(html('This is ~~gone~~ now.'));
    expect(root.querySelector('del')?.text).toBe('gone');
  });

  it('renders task lists as disabled checkboxes, checked when ticked', () => {
    const root = parseHtml(html('- [ ] write tests\n- [x] read the spec\n'));
    const boxes = root.querySelectorAll('li input');
    expect(boxes).toHaveLength(2);
    for (const box of boxes) {
      expect(box.getAttribute('type')).toBe('checkbox');
      expect(box.hasAttribute('disabled')).toBe(true);
    }
    expect(boxes.map((box) => box.hasAttribute('checked'))).toEqual([false, true]);
  });

  it("names each checkbox by its item's words (a label around both), leaving nested lists out", () => {
    const root = parseHtml(html('- [ ] write *tests*\n  - a nested point\n- [x] read the spec\n'));
    const labels = root.querySelectorAll('li.task-list-item > label');
    expect(labels.map((label) => label.text.trim())).toEqual(['write tests', 'read the spec']);
    expect(labels.every((label) => label.querySelector('input[type="checkbox"]') !== null)).toBe(true);
    expect(root.querySelector('li.task-list-item > ul')?.text.trim()).toBe('a nested point');
  });

  it('links bare URLs (autolink literals)', () => {
    const root = parseHtml(html('Read https://example.com/guide and www.example.org today.'));
    expect(root.querySelectorAll('a').map((link) => [link.getAttribute('href'), link.text])).toEqual([
      ['https://example.com/guide', 'https://example.com/guide'],
      ['http://www.example.org', 'www.example.org'],
    ]);
  });

  it('renders footnotes whose links and ids match in both directions', () => {
    const root = parseHtml(html('A claim that needs a source.[^source]\n\n[^source]: The source of the claim.\n'));
    const reference = root.querySelector('sup a');
    const href = reference?.getAttribute('href');
    expect(href).toMatch(/^#./);
    const note = root.querySelector(`[id="${href?.slice(1)}"]`);
    expect(note?.tagName).toBe('LI');
    expect(note?.text).toContain('The source of the claim.');

    const back = note?.querySelector('a[data-footnote-backref]');
    expect(back?.getAttribute('href')).toBe(`#${reference?.getAttribute('id')}`);
  });
});

describe('renderMarkdown: heading ids', () => {
  it('gives headings slug ids without the user-content- prefix', () => {
    const root = parseHtml(html('## Hello World\n\n### What’s new in 2026?\n'));
    expect(root.querySelectorAll('h2, h3').map((heading) => heading.getAttribute('id'))).toEqual([
      'hello-world',
      'whats-new-in-2026',
    ]);
  });

  it('numbers duplicate headings -1, -2 in order', () => {
    const root = parseHtml(html('## Hello World\n\n## Hello World\n\n## Hello World\n'));
    expect(root.querySelectorAll('h2').map((heading) => heading.getAttribute('id'))).toEqual([
      'hello-world',
      'hello-world-1',
      'hello-world-2',
    ]);
  });

  it('is stable: the same body always gets the same ids', () => {
    const body = '# Intro\n\n## Setup\n\n## Setup\n';
    expect(html(body)).toBe(html(body));
  });

  it('never starts an id with an underscore or other non-letter', () => {
    const root = parseHtml(html('## _private notes\n\n## ---\n'));
    expect(root.querySelectorAll('h2').map((heading) => heading.getAttribute('id'))).toEqual(['private-notes', 'section']);
  });

  it('gives every element on the page a distinct id, footnotes included', () => {
    const root = parseHtml(html('## Footnote label\n\nA claim.[^a]\n\n[^a]: A note.\n'));
    const ids = root.querySelectorAll('[id]').map((element) => element.getAttribute('id'));
    expect(ids.length).toBeGreaterThan(2);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('renderMarkdown: body images', () => {
  const sizes: Record<string, ImageSize> = { '/images/body/diagram.png': { width: 640, height: 360 } };
  const imageSize = (sitePath: string) => sizes[sitePath] ?? null;

  it('makes images lazy and gives them the size the callback reports', () => {
    const image = parseHtml(html('![A diagram](/images/body/diagram.png)', { imageSize })).querySelector('img');
    expect(image?.attributes).toMatchObject({
      src: '/images/body/diagram.png',
      alt: 'A diagram',
      loading: 'lazy',
      width: '640',
      height: '360',
    });
  });

  it('still lazy-loads an image whose size is unknown, and reports it as not found', () => {
    const result = renderMarkdown('Intro.\n\n![Missing](/images/missing.png)\n', { imageSize });
    const image = parseHtml(blocksHtml(result.blocks)).querySelector('img');
    expect(image?.getAttribute('loading')).toBe('lazy');
    expect(image?.hasAttribute('width')).toBe(false);
    expect(result.images).toEqual([{ src: '/images/missing.png', line: 3, found: false }]);
  });

  it('asks for the size of site images only, not of external ones', () => {
    const spy = vi.fn(imageSize);
    const result = renderMarkdown('![a](https://cdn.example.com/a.png) ![b](//cdn.example.com/b.png) ![c](/images/body/diagram.png)', {
      imageSize: spy,
    });
    expect(spy.mock.calls).toEqual([['/images/body/diagram.png']]);
    expect(result.images.map((image) => image.src)).toEqual(['/images/body/diagram.png']);
    const lazy = elements(blocksHtml(result.blocks)).filter((element) => element.tagName === 'IMG');
    expect(lazy.map((image) => image.getAttribute('loading'))).toEqual(['lazy', 'lazy', 'lazy']);
  });

  it('treats reference-style images like inline ones (lazy, sized, checked)', () => {
    const result = renderMarkdown('See ![the diagram][diagram].\n\n[diagram]: /images/body/diagram.png\n', { imageSize });
    const image = parseHtml(blocksHtml(result.blocks)).querySelector('img');
    expect(image?.attributes).toMatchObject({ loading: 'lazy', width: '640', height: '360' });
    expect(result.images).toEqual([{ src: '/images/body/diagram.png', line: 1, found: true }]);
  });
});

describe('renderMarkdown: internal links', () => {
  it('collects site-relative links with their line in the body', () => {
    const body = [
      'First [a story](/news/first-story) here.', // line 1
      '',
      'An [external one](https://example.com/x), a [protocol-relative one](//evil.example/x)',
      'and an [anchor](#setup).',
      '',
      '- a list item linking to [a category](/category/design)', // line 6
    ].join('\n');
    expect(renderMarkdown(body).internalLinks).toEqual([
      { url: '/news/first-story', line: 1 },
      { url: '/category/design', line: 6 },
    ]);
  });

  it('collects reference-style links too', () => {
    const body = 'Read [the guide][guide].\n\n[guide]: /news/onboarding-guide\n';
    expect(renderMarkdown(body).internalLinks).toEqual([{ url: '/news/onboarding-guide', line: 1 }]);
  });
});

describe('renderMarkdown: top-level blocks', () => {
  const paragraphs = (count: number) => Array.from({ length: count }, (_, index) => `Paragraph ${index + 1}.`).join('\n\n');

  it('cuts the body into its top-level elements, in order, each with its words', () => {
    const { blocks } = renderMarkdown(`${paragraphs(2)}\n\n## A heading\n\nThe third paragraph has six words.`);
    expect(blocks).toEqual([
      { html: '<p>Paragraph 1.</p>', paragraph: true, words: 2 },
      { html: '<p>Paragraph 2.</p>', paragraph: true, words: 2 },
      { html: '<h2 id="a-heading">A heading</h2>', paragraph: false, words: 2 },
      { html: '<p>The third paragraph has six words.</p>', paragraph: true, words: 6 },
    ]);
  });

  it('keeps quotes, lists, tables, code and footnotes whole, paragraphs inside them included', () => {
    const body = 'One.\n\n> Quoted.\n\n- Item.\n\n  Item paragraph.\n\n| a |\n|---|\n| b |\n\n```\ncode\n```\n\nTwo.[^n]\n\n[^n]: A note.';
    const { blocks } = renderMarkdown(body);
    const tags = blocks.map((block) => parseHtml(block.html).querySelector('*')?.tagName);
    expect(tags).toEqual(['P', 'BLOCKQUOTE', 'UL', 'TABLE', 'PRE', 'P', 'SECTION']);
    expect(blocks.map((block) => block.paragraph)).toEqual([true, false, false, false, false, true, false]);
    expect(parseHtml(blocks[1]!.html).querySelectorAll('p').map((p) => p.text)).toEqual(['Quoted.']);
    expect(parseHtml(blocks[2]!.html).querySelectorAll('p').map((p) => p.text)).toEqual(['Item.', 'Item paragraph.']);
    expect(parseHtml(blocks[6]!.html).text).toContain('A note.');
  });

  it('loses nothing and adds nothing: the blocks hold every element once, and the text of the body', () => {
    const body = `${paragraphs(3)}\n\n## A heading\n\n${paragraphs(3)}\n\n- a\n- b`;
    const { blocks, text } = renderMarkdown(body);
    expect(blocks).toHaveLength(8);
    const root = parseHtml(blocksHtml(blocks));
    expect(root.querySelectorAll('p').map((p) => p.text)).toEqual(['Paragraph 1.', 'Paragraph 2.', 'Paragraph 3.', 'Paragraph 1.', 'Paragraph 2.', 'Paragraph 3.']);
    expect(root.querySelectorAll('h2, li').map((element) => element.text)).toEqual(['A heading', 'a', 'b']);
    expect(text).toBe('Paragraph 1.\nParagraph 2.\nParagraph 3.\nA heading\nParagraph 1.\nParagraph 2.\nParagraph 3.\na\nb');
  });

  it('lists the ## and ### headings with their ids for the table of contents', () => {
    const { headings } = renderMarkdown('# Title\n\n## First part\n\n### A detail\n\n#### Too deep\n\n## First part');
    expect(headings).toEqual([
      { depth: 2, id: 'first-part', text: 'First part' },
      { depth: 3, id: 'a-detail', text: 'A detail' },
      { depth: 2, id: 'first-part-1', text: 'First part' },
    ]);
  });

  it('has no blocks for an empty body', () => {
    expect(renderMarkdown('')).toMatchObject({ blocks: [], headings: [], text: '', words: 0 });
  });
});

/**
 * Raw HTML and dangerous URLs an author (or a pasted snippet) could put in a body. Each is
 * rendered and the output parsed: no element, attribute or URL that can run code may survive.
 */
const XSS_PAYLOADS: [name: string, markdown: string][] = [
  ['raw script', '<script>alert(1)</script>'],
  ['script inside a block', '<div><script>alert(1)</script></div>'],
  ['script after a comment', '<!-- x --><script>alert(1)</script>'],
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['inline img onerror', 'Text <img src="x" onerror="alert(1)"> inline.'],
  ['svg onload', '<svg onload=alert(1)></svg>'],
  ['svg with script', '<svg><script>alert(1)</script></svg>'],
  ['iframe', '<iframe src="https://evil.example"></iframe>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['markdown javascript: link', '[x](javascript:alert(1))'],
  ['mixed-case javascript: link', '[x](JaVaScRiPt:alert(1))'],
  ['entity-encoded javascript: link', '[x](&#106;avascript:alert(1))'],
  ['hex entity javascript: link', '[x](&#x6A;&#x61;vascript:alert(1))'],
  ['tab inside javascript: link', '[x](java&#x09;script:alert(1))'],
  ['angle-bracketed javascript: link with tab', '[x](<java\tscript:alert(1)>)'],
  ['colon entity javascript: link', '[x](javascript&colon;alert(1))'],
  ['leading space javascript: link', '[x](<  javascript:alert(1)>)'],
  ['NUL-prefixed javascript: link', '[x](\u0000javascript:alert(1))'],
  ['javascript: image', '![x](javascript:alert(1))'],
  ['data: link', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['data: link with markup', '[x](<data:text/html,<script>alert(1)</script>>)'],
  ['data: image', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
  ['vbscript: link', '[x](vbscript:msgbox(1))'],
  ['reference link to javascript:', '[x][evil]\n\n[evil]: javascript:alert(1)'],
  ['reference image to data:', '![x][img]\n\n[img]: data:image/png;base64,AAAA'],
  ['autolink javascript:', '<javascript:alert(1)>'],
  ['autolink vbscript:', '<vbscript:msgbox(1)>'],
  ['raw a href javascript:', '<a href="javascript:alert(1)">x</a>'],
  ['raw a href entity javascript:', '<a href="&#x6A;avascript:alert(1)">x</a>'],
  ['style element', '<style>body{display:none}</style>'],
  ['style attribute', '<p style="position:fixed;inset:0">x</p>'],
  ['object', '<object data="evil.swf"></object>'],
  ['embed', '<embed src="evil.swf">'],
  ['form with javascript: action', '<form action="javascript:alert(1)"><button>x</button></form>'],
  ['button formaction', '<button formaction="javascript:alert(1)">x</button>'],
  ['math with script', '<math><mtext><script>alert(1)</script></mtext></math>'],
  ['base href', '<base href="https://evil.example/">'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['link stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css">'],
  ['details ontoggle', '<details open ontoggle=alert(1)>x</details>'],
  ['input onfocus', '<input autofocus onfocus=alert(1)>'],
  ['video source onerror', '<video><source onerror=alert(1)></video>'],
  ['noscript breakout', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
  ['html in link text', '[<img src=x onerror=alert(1)>](https://example.com)'],
  ['html in a heading', '## <img src=x onerror=alert(1)> Title'],
  ['html in a table cell', '| a |\n|---|\n| <img src=x onerror=alert(1)> |'],
  ['html in a footnote', 'Claim.[^1]\n\n[^1]: <script>alert(1)</script>'],
  ['image title breakout', '![x](/a.png "\\" onerror=\\"alert(1)")'],
];

describe('renderMarkdown: sanitising', () => {
  it('has at least 25 distinct payloads', () => {
    expect(new Set(XSS_PAYLOADS.map(([, markdown]) => markdown)).size).toBeGreaterThanOrEqual(25);
  });

  it('the checker itself spots unsafe markup (so the payload tests can fail)', () => {
    expect(unsafeParts('<p><a href=" JAVA\tSCRIPT:x">a</a></p>')).toHaveLength(1);
    expect(unsafeParts('<img src="x" onerror="y" style="z">')).toHaveLength(2);
    expect(unsafeParts('<script></script><iframe></iframe><base><meta><link><form></form><object></object><embed><style></style>')).toHaveLength(9);
    expect(unsafeParts('<a href="data:text/html,x">a</a><img src="vbscript:x">')).toHaveLength(2);
    expect(unsafeParts('<p><a href="https://example.com">safe</a><img src="/images/a.png" alt=""></p>')).toEqual([]);
  });

  it.each(XSS_PAYLOADS)('neutralises %s', (_name, markdown) => {
    const output = html(markdown);
    expect(unsafeParts(output)).toEqual([]);
    // Text is escaped by the serialiser, so any literal tag opener here would be real markup.
    expect(output).not.toMatch(/<\s*\/?\s*(script|iframe|object|embed|style|form|base|meta|link|svg|math)\b/i);
  });

  it('keeps safe links and images, so sanitising is not simply dropping everything', () => {
    const root = parseHtml(html('[docs](https://example.com/docs) [mail](mailto:news@example.com) [page](/news/x) ![pic](/images/a.png)'));
    expect(root.querySelectorAll('a').map((link) => link.getAttribute('href'))).toEqual([
      'https://example.com/docs',
      'mailto:news@example.com',
      '/news/x',
    ]);
    expect(root.querySelector('img')?.getAttribute('src')).toBe('/images/a.png');
  });

  it('keeps the text of a neutralised link', () => {
    const link = parseHtml(html('[click me](javascript:alert(1))')).querySelector('a');
    expect(link?.text).toBe('click me');
    expect(link?.hasAttribute('href')).toBe(false);
  });
});
