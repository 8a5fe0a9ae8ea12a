import { parse, type HTMLElement } from 'next/dist/compiled/node-html-parser';

export type { HTMLElement };

/** Parses an HTML fragment into a tree (comments kept, so none can hide markup). */
export function parseHtml(html: string): HTMLElement {
  return parse(html, { comment: true });
}

/** Every element of an HTML fragment, in document order. */
export function elements(html: string): HTMLElement[] {
  return parseHtml(html).querySelectorAll('*');
}

/** Elements that can run code, load other documents, restyle or re-target the page. */
export const FORBIDDEN_ELEMENTS: readonly string[] = [
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'style', 'form', 'base', 'meta', 'link',
  'svg', 'math', 'button', 'textarea', 'select', 'noscript', 'template', 'input',
];

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'data', 'srcset', 'cite'];
const DANGEROUS_SCHEMES = ['javascript:', 'vbscript:', 'data:'];

/** A URL as a browser reads its scheme: trimmed, lower-cased, control characters and whitespace gone. */
export function normaliseUrl(value: string): string {
  return value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
}

/**
 * What makes a fragment of rendered HTML unsafe, as readable strings (empty when safe):
 * forbidden elements, event-handler or style attributes, and script/data URLs.
 */
export function unsafeParts(html: string): string[] {
  const found: string[] = [];
  for (const element of elements(html)) {
    const tag = element.tagName.toLowerCase();
    // GFM task lists render as disabled checkboxes, the one input a body may hold.
    const taskCheckbox = tag === 'input' && element.getAttribute('type') === 'checkbox' && element.hasAttribute('disabled');
    if (FORBIDDEN_ELEMENTS.includes(tag) && !taskCheckbox) found.push(`<${tag}> element`);
    for (const [rawName, value] of Object.entries(element.attributes)) {
      const name = rawName.toLowerCase();
      if (name.startsWith('on')) found.push(`${name} attribute on <${tag}>`);
      if (name === 'style') found.push(`style attribute on <${tag}>`);
      if (URL_ATTRIBUTES.includes(name) && DANGEROUS_SCHEMES.some((scheme) => normaliseUrl(value).startsWith(scheme))) {
        found.push(`${name}="${value}" on <${tag}>`);
      }
    }
  }
  return found;
}
