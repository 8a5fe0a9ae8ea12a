import GithubSlugger from 'github-slugger';
import type { Element, Root as HtmlRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Definition, Image, ImageReference, Link, LinkReference, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHast } from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import type { BodyBlock, Heading } from './content/model';
import { highlightCodeBlocks } from './highlight';

export const WORDS_PER_MINUTE = 230;

/**
 * GitHub's sanitising schema, with two changes. Ids keep no `user-content-` prefix so that
 * `/news/x#some-heading` works without JavaScript: raw HTML is dropped whole when the
 * markdown becomes HTML, so every id on the page comes from our heading slugger or from the
 * footnotes (which mdast-util-to-hast already prefixes). Body images may carry their size
 * and lazy-loading hints.
 */
const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  attributes: {
    ...defaultSchema.attributes,
    img: [...(defaultSchema.attributes?.img ?? []), 'alt', 'title', 'width', 'height', 'loading', 'decoding'],
  },
};

export interface ImageSize {
  width: number;
  height: number;
}

export interface RenderOptions {
  /** Size of a site image such as /images/x.png, or null when the file is missing. */
  imageSize?: (sitePath: string) => ImageSize | null;
}

export interface RenderedMarkdown {
  /** The sanitised HTML, one top-level block at a time. */
  blocks: BodyBlock[];
  /** `##` and `###` headings with their ids, in order. */
  headings: Heading[];
  /** The body as plain text, one block per line (for search and word counts). */
  text: string;
  words: number;
  /** Site-relative link targets in the body (`/news/x`), for the link check. */
  internalLinks: { url: string; line: number }[];
  /** Site-relative images in the body and whether the file exists. */
  images: { src: string; line: number; found: boolean }[];
}

/** Renders an article body: GFM, heading ids, lazy sized images, sanitised HTML. */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): RenderedMarkdown {
  const internalLinks: RenderedMarkdown['internalLinks'] = [];
  const images: RenderedMarkdown['images'] = [];
  let headings: Heading[] = [];
  let text = '';

  const processor = remark()
    .use(remarkGfm)
    .use(() => (tree: Root) => {
      text = plainText(tree);
      headings = addHeadingIds(tree);
      // Reference-style links and images ([x][ref]) resolve through their definitions.
      const definitions = new Map<string, string>();
      visit(tree, 'definition', (node: Definition) => {
        definitions.set(node.identifier, node.url);
      });
      const urlOf = (node: Link | Image | LinkReference | ImageReference) =>
        'url' in node ? node.url : (definitions.get(node.identifier) ?? '');
      const line = (node: Nodes) => node.position?.start.line ?? 1;

      visit(tree, ['link', 'linkReference'], (node) => {
        const url = urlOf(node as Link | LinkReference);
        if (isSitePath(url)) internalLinks.push({ url, line: line(node) });
      });
      visit(tree, ['image', 'imageReference'], (node) => {
        const image = node as Image | ImageReference;
        const url = urlOf(image);
        const size = isSitePath(url) ? (options.imageSize?.(url) ?? null) : null;
        if (isSitePath(url)) images.push({ src: url, line: line(image), found: size !== null });
        image.data = { ...image.data, hProperties: { loading: 'lazy', decoding: 'async', ...(size ?? {}) } };
      });
    });

  // Markdown to HTML tree (raw HTML dropped), sanitised, without a round trip through a string.
  const tree = sanitize(toHast(processor.runSync(processor.parse(markdown)) as Root), sanitizeSchema) as HtmlRoot;
  return { blocks: topLevelBlocks(tree), headings, text, words: countWords(text), internalLinks, images };
}

/**
 * The sanitised HTML cut into its top-level elements, so a page can put things (an ad, a
 * table of contents) between them without parsing HTML at request time. Code is highlighted
 * here, after sanitising, so its token spans come from us and never from the article.
 */
function topLevelBlocks(tree: HtmlRoot): BodyBlock[] {
  labelTaskCheckboxes(tree);
  highlightCodeBlocks(tree);
  return tree.children
    .filter((node): node is Element => node.type === 'element')
    .map((element) => ({ html: toHtml(element), paragraph: element.tagName === 'p', words: countWords(toString(element)) }));
}

const BLOCK_ELEMENTS = new Set(['p', 'ul', 'ol', 'pre', 'blockquote', 'table', 'div']);

/**
 * A task list's checkboxes get their item's words as their accessible name: the checkbox and
 * the text after it, up to any nested list, go into one <label>.
 */
function labelTaskCheckboxes(tree: HtmlRoot): void {
  visit(tree, 'element', (parent: Element): 'skip' | undefined => {
    const start = parent.children.findIndex((child) => child.type === 'element' && child.tagName === 'input' && child.properties.type === 'checkbox');
    if (start === -1) return undefined;
    const rest = parent.children.slice(start);
    const end = rest.findIndex((child) => child.type === 'element' && BLOCK_ELEMENTS.has(child.tagName));
    const inline = end === -1 ? rest : rest.slice(0, end);
    const label: Element = { type: 'element', tagName: 'label', properties: {}, children: inline };
    parent.children.splice(start, inline.length, label);
    return 'skip';
  });
}

function isSitePath(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/** The readable text block by block, so the last word of one block never fuses with the next. */
function plainText(tree: Root): string {
  const blocks: string[] = [];
  visit(tree, ['paragraph', 'heading', 'tableCell', 'code'], (node) => {
    blocks.push(toString(node));
    return 'skip';
  });
  return blocks.join('\n');
}

/** Gives every heading a stable id; returns the `##` and `###` ones for a table of contents. */
function addHeadingIds(tree: Root): Heading[] {
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  // Reserved for the footnotes section's own heading (mdast-util-to-hast adds it).
  slugger.slug('footnote-label');
  visit(tree, 'heading', (node) => {
    const text = toString(node);
    // A leading underscore could shadow a framework global (window.__next_f) through named access.
    const id = slugger.slug(text).replace(/^[^\p{L}\p{N}]+/u, '') || 'section';
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    if (node.depth === 2 || node.depth === 3) headings.push({ depth: node.depth, id, text });
  });
  return headings;
}

export function countWords(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Minutes to read `words` at 230 words a minute, rounded up, at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}
