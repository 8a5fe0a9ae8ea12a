import { randomUUID } from 'node:crypto';
import GithubSlugger from 'github-slugger';
import type { Definition, Image, ImageReference, Link, LinkReference, Nodes, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { visit } from 'unist-util-visit';

export const WORDS_PER_MINUTE = 230;

/**
 * GitHub's sanitising schema, with two changes. Ids keep no `user-content-` prefix so that
 * `/news/x#some-heading` works without JavaScript: raw HTML is dropped whole by remark-html
 * when sanitising, so every id on the page comes from our heading slugger or from the
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
  /** Split the HTML after this many top-level paragraphs (for the in-body ad), when there are more. */
  splitAfterParagraph?: number;
}

export interface RenderedMarkdown {
  /** The sanitised HTML, in one part or two when split for the in-body ad. */
  htmlParts: string[];
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
  const marker = `split-${randomUUID()}`;
  let text = '';

  const processor = remark()
    .use(remarkGfm)
    .use(() => (tree: Root) => {
      text = plainText(tree);
      addHeadingIds(tree);
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
      insertSplitMarker(tree, options.splitAfterParagraph, marker);
    })
    .use(remarkHtml, { sanitize: sanitizeSchema });

  const html = String(processor.processSync(markdown));
  const htmlParts = html.split(`<p>${marker}</p>\n`);

  return { htmlParts, text, words: countWords(text), internalLinks, images };
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

function addHeadingIds(tree: Root): void {
  const slugger = new GithubSlugger();
  // Reserved for the footnotes section's own heading (mdast-util-to-hast adds it).
  slugger.slug('footnote-label');
  visit(tree, 'heading', (node) => {
    // A leading underscore could shadow a framework global (window.__next_f) through named access.
    const id = slugger.slug(toString(node)).replace(/^[^\p{L}\p{N}]+/u, '') || 'section';
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
  });
}

function insertSplitMarker(tree: Root, after: number | undefined, marker: string): void {
  if (!after) return;
  let seen = 0;
  const index = tree.children.findIndex((node) => node.type === 'paragraph' && ++seen === after);
  const paragraphs = tree.children.filter((node) => node.type === 'paragraph').length;
  if (index === -1 || paragraphs <= after) return;
  const markerNode: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: marker }] };
  tree.children.splice(index + 1, 0, markerNode);
}

export function countWords(text: string): number {
  return text.split(/\s+/u).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Minutes to read `words` at 230 words a minute, rounded up, at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}
