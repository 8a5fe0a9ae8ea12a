import type { Element, ElementContent, Root } from 'hast';
import { common, createLowlight } from 'lowlight';
import { visit } from 'unist-util-visit';

// highlight.js's common set (~37 languages with their aliases: ts, js, sh, yaml, html, ...).
const lowlight = createLowlight(common);

/**
 * Highlights every `<pre><code class="language-x">` whose language highlight.js knows: the
 * code's text becomes `<span class="hljs-...">` tokens with the same text, themed by
 * app/globals.css. Runs on the sanitised tree, so the sanitiser never has to allow these
 * classes and an article cannot forge them. Other blocks are left exactly as they are.
 */
export function highlightCodeBlocks(tree: Root): void {
  visit(tree, 'element', (node: Element, _index, parent) => {
    if (node.tagName !== 'code' || parent?.type !== 'element' || parent.tagName !== 'pre') return;
    const language = languageOf(node);
    if (language === null || !lowlight.registered(language)) return;
    const source = textOf(node);
    if (source === null) return;
    node.children = lowlight.highlight(language, source).children.filter(isElementContent);
  });
}

/** The `x` of a `language-x` class, or null. */
function languageOf(code: Element): string | null {
  const classes = code.properties.className;
  if (!Array.isArray(classes)) return null;
  const name = classes.find((value): value is string => typeof value === 'string' && value.startsWith('language-'));
  return name === undefined ? null : name.slice('language-'.length);
}

/** The code's text, or null when it holds anything but text (then it is not ours to rewrite). */
function textOf(code: Element): string | null {
  let text = '';
  for (const child of code.children) {
    if (child.type !== 'text') return null;
    text += child.value;
  }
  return text;
}

function isElementContent(node: Root['children'][number]): node is ElementContent {
  return node.type === 'element' || node.type === 'text' || node.type === 'comment';
}
