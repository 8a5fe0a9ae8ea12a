// Types for the HTML parser that Next.js bundles (node-html-parser), which the tests use so
// that rendered markup is checked as a tree rather than matched with regular expressions.
declare module 'next/dist/compiled/node-html-parser' {
  export interface HTMLElement {
    /** Upper-case tag name, e.g. "A". */
    readonly tagName: string;
    /** Attribute values with character references decoded. */
    readonly attributes: Record<string, string>;
    readonly text: string;
    readonly innerHTML: string;
    querySelector(selector: string): HTMLElement | null;
    querySelectorAll(selector: string): HTMLElement[];
    getAttribute(name: string): string | undefined;
    hasAttribute(name: string): boolean;
  }

  export function parse(html: string, options?: { comment?: boolean }): HTMLElement;
}
