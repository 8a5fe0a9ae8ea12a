import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { blocksHtml } from '@/lib/content/model';
import { countWords, renderMarkdown } from '@/lib/markdown';
import { unsafeParts } from './helpers/html';

/** The rendered body of `markdown` as a hast tree (a real HTML parse: <pre> content included). */
function rendered(markdown: string): { html: string; tree: Root } {
  const html = blocksHtml(renderMarkdown(markdown).blocks);
  return { html, tree: fromHtml(html, { fragment: true }) };
}

function elementsOf(tree: Root | Element, tagName?: string): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node !== tree && (tagName === undefined || node.tagName === tagName)) found.push(node);
  });
  return found;
}

function codeOf(tree: Root): Element {
  const [code] = elementsOf(tree, 'code');
  if (code === undefined) throw new Error('no <code> in the rendered body');
  return code;
}

function classesOf(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

const fence = (language: string, source: string) => `\`\`\`${language}\n${source}\n\`\`\`\n`;

describe('highlighting fenced code at build', () => {
  // Indentation with spaces and a tab, a blank line, a trailing space: all must survive.
  const source = [
    '// Sum the minutes.',
    'export function total(entries: { minutes: number }[]): number {',
    '  let sum = 0;',
    '',
    '\tfor (const entry of entries) sum += entry.minutes; ',
    "  return sum > 60 ? sum : `${sum} min`.length + 'x'.length;",
    '}',
  ].join('\n');

  it('turns a ts block into classed spans, keeping its language class and its exact text', () => {
    const { tree } = rendered(fence('ts', source));
    const code = codeOf(tree);
    expect(classesOf(code)).toEqual(['language-ts']);
    expect(toString(code)).toBe(`${source}\n`);

    const spans = elementsOf(code);
    const textsOf = (name: string) => spans.filter((span) => classesOf(span).includes(name)).map((span) => toString(span));
    expect(textsOf('hljs-keyword')).toEqual(expect.arrayContaining(['export', 'function', 'let', 'const', 'of', 'return']));
    expect(textsOf('hljs-comment')).toEqual(['// Sum the minutes.']);
    expect(textsOf('hljs-number')).toEqual(expect.arrayContaining(['0', '60']));
    expect(textsOf('hljs-string')).toEqual(expect.arrayContaining(["'x'"]));
    expect(textsOf('hljs-built_in')).toEqual(expect.arrayContaining(['number']));
    expect(spans.find((span) => toString(span) === 'total')?.properties.className).toEqual(['hljs-title', 'function_']);
  });

  it('leaves the block, its word count and the body text as they were', () => {
    const highlighted = renderMarkdown(`Before.\n\n${fence('ts', source)}\nAfter.`);
    const plain = renderMarkdown(`Before.\n\n${fence('', source)}\nAfter.`);
    expect(highlighted.blocks.map((block) => block.words)).toEqual(plain.blocks.map((block) => block.words));
    expect(highlighted.blocks[1]!.words).toBe(countWords(source));
    expect(highlighted.text).toBe(plain.text);
  });

  it('knows the usual aliases and ignores the case of the language', () => {
    const samples: [language: string, source: string][] = [
      ['typescript', 'let x = 1;'],
      ['TS', 'let x = 1;'],
      ['js', 'let x = 1;'],
      ['sh', 'if true; then echo "x"; fi'],
      ['yml', 'key: value'],
      ['html', '<p>x</p>'],
    ];
    for (const [language, sample] of samples) {
      const code = codeOf(rendered(fence(language, sample)).tree);
      expect(elementsOf(code).length, language).toBeGreaterThan(0);
      expect(toString(code)).toBe(`${sample}\n`);
    }
  });

  it.each([
    ['an unknown language', fence('klingon', 'const x = "y"; // z'), '<pre><code class="language-klingon">const x = "y"; // z\n</code></pre>'],
    ['no language', fence('', 'const x = "y"; // z'), '<pre><code>const x = "y"; // z\n</code></pre>'],
    ['plain text', fence('text', 'const x = "y"; // z'), '<pre><code class="language-text">const x = "y"; // z\n</code></pre>'],
    ['an indented block', '    const x = "y"; // z\n', '<pre><code>const x = "y"; // z\n</code></pre>'],
    ['inline code', 'Use `const x = 1` here.', '<p>Use <code>const x = 1</code> here.</p>'],
  ])('leaves %s unchanged', (_name, markdown, expected) => {
    expect(rendered(markdown).html).toBe(expected);
  });
});

/** Code an article may show that looks like markup: it must stay text, whatever the grammar. */
const HOSTILE_CODE: [language: string, source: string][] = [
  ['html', '<script>alert(1)</script>\n<img src=x onerror="alert(1)">'],
  ['html', '"><svg onload=alert(1)><style>body{display:none}</style>'],
  ['js', '</code></pre><script>alert(1)</script><pre><code>'],
  ['ts', 'const s = \'<span class="hljs-keyword" style="color:red" onclick="alert(1)">x</span>\';'],
  ['xml', '<!-- --><![CDATA[ <script>alert(1)</script> ]]><a href="javascript:alert(1)">x</a>'],
  ['markdown', '<b>raw</b> [x](javascript:alert(1)) ![y](data:image/svg+xml,<svg onload=alert(1)>)'],
  ['css', '</style><script>alert(1)</script> a { background: url("javascript:alert(1)") }'],
  ['php', '<?php echo "<script>alert(1)</script>"; ?>'],
  ['ts" onmouseover="alert(1)', '<script>alert(1)</script>'],
  ['hljs-keyword', 'an article cannot forge a token class'],
];

describe('highlighting hostile code', () => {
  it.each(HOSTILE_CODE)('keeps %s code as escaped text in classed spans', (language, source) => {
    const { html, tree } = rendered(fence(language, source));
    expect(unsafeParts(html)).toEqual([]);
    expect(elementsOf(tree).map((element) => element.tagName).filter((tag) => tag !== 'span')).toEqual(['pre', 'code']);
    const code = codeOf(tree);
    expect(toString(code)).toBe(`${source}\n`);
    for (const element of elementsOf(code)) {
      expect(element.tagName).toBe('span');
      expect(Object.keys(element.properties)).toEqual(['className']);
    }
  });

  it('gives token classes only to code it highlighted itself', () => {
    const { tree } = rendered(fence('hljs-keyword', 'x') + '\n<span class="hljs-keyword">raw</span>\n');
    const classes = elementsOf(tree).flatMap(classesOf);
    expect(classes.filter((name) => name.startsWith('hljs'))).toEqual([]);
  });
});

// The theme lives in app/globals.css alone; this reads its colours from there, so the CSS and
// these checks cannot drift apart.
const GLOBALS_CSS = readFileSync(path.join(import.meta.dirname, '../../app/globals.css'), 'utf8');
const TOKENS = ['fg', 'keyword', 'string', 'comment', 'number', 'title', 'attr', 'type', 'meta'];

function themeSection(): string {
  const match = /\/\* =+ Code highlighting: begin[\s\S]*?\/\* =+ Code highlighting: end/.exec(GLOBALS_CSS);
  if (match === null) throw new Error('app/globals.css has no "Code highlighting" section');
  return match[0];
}

const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/** The `--code-*` colours of one `:root { ... }` block. */
function paletteOf(block: string): Record<string, string> {
  const palette: Record<string, string> = {};
  for (const [, name, value] of withoutComments(block).matchAll(/--code-([a-z]+)\s*:\s*([^;]+);/g)) palette[name!] = value!.trim();
  return palette;
}

function palettes(): { light: Record<string, string>; dark: Record<string, string> } {
  const css = withoutComments(themeSection());
  const light = /^:root\s*\{([^}]*)\}/m.exec(css);
  const dark = /@media \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(css);
  if (light === null || dark === null) throw new Error('the code theme needs a light :root block and a dark one');
  return { light: paletteOf(light[1]!), dark: paletteOf(dark[1]!) };
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = Number.parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

describe('the code theme in app/globals.css', () => {
  const themes = palettes();

  it.each(['light', 'dark'] as const)('defines every token colour as #rrggbb in %s mode', (mode) => {
    expect(Object.keys(themes[mode]).sort()).toEqual(['bg', ...TOKENS].sort());
    for (const value of Object.values(themes[mode])) expect(value).toMatch(/^#[0-9a-f]{6}$/);
  });

  it.each(['light', 'dark'] as const)('gives every token colour WCAG AA contrast (>= 4.5:1) on the %s block', (mode) => {
    const { bg, ...tokens } = themes[mode];
    for (const [token, colour] of Object.entries(tokens)) {
      expect(contrast(colour, bg!), `${mode} ${token} ${colour} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('states the true ratios in its comment', () => {
    const stated = new Map([...themeSection().matchAll(/\b([a-z]+) (\d+\.\d\d) \/ (\d+\.\d\d)/g)].map(([, token, light, dark]) => [token, [light, dark]]));
    expect([...stated.keys()].sort()).toEqual([...TOKENS].sort());
    for (const token of TOKENS) {
      const actual = (['light', 'dark'] as const).map((mode) => contrast(themes[mode][token]!, themes[mode].bg!).toFixed(2));
      expect(stated.get(token), token).toEqual(actual);
    }
  });

  it('colours tokens and the block only through those variables, each of them defined', () => {
    const rules = withoutComments(themeSection()).replace(/--code-[a-z]+\s*:[^;]+;/g, '');
    for (const [, value] of rules.matchAll(/(?:^|[\s;{])(?:color|background(?:-color)?)\s*:\s*([^;}]+)[;}]/g)) {
      expect(value!.trim()).toMatch(/^var\(--code-[a-z]+\)$/);
    }
    for (const [, name] of rules.matchAll(/var\(--code-([a-z]+)\)/g)) expect(['bg', ...TOKENS]).toContain(name);
  });
});
