/**
 * Sets of URL path segments as regular expressions for the router's rewrites (next.config.ts):
 * a prefix tree (`news/a(?:lpha|rt)`), so matching one path costs about a microsecond whatever
 * the set's size, cut into pieces that fit the router's limit on the length of one rule.
 */

/** Next.js refuses a rewrite whose compiled `source` is longer than 4,096 characters. */
export const RULE_REGEX_BUDGET = 3_000;

interface TrieNode {
  children: Map<string, TrieNode>;
  end: boolean;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function trieOf(words: readonly string[]): TrieNode {
  const root: TrieNode = { children: new Map(), end: false };
  for (const word of words) {
    let node = root;
    for (const character of word) {
      let child = node.children.get(character);
      if (!child) {
        child = { children: new Map(), end: false };
        node.children.set(character, child);
      }
      node = child;
    }
    node.end = true;
  }
  return root;
}

/** The regex (no capturing groups) matching exactly the words below `node`. */
function patternOf(node: TrieNode): string {
  const branches = [...node.children.keys()].sort().map((first) => {
    let text = escape(first);
    let child = node.children.get(first)!;
    // A run of single children is one literal.
    while (!child.end && child.children.size === 1) {
      const [next, grandchild] = [...child.children][0]!;
      text += escape(next);
      child = grandchild;
    }
    return text + patternOf(child);
  });
  if (branches.length === 0) return '';
  const alternation = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  return node.end ? `(?:${alternation})?` : alternation;
}

/** A regular expression source (no anchors, no capturing groups) matching exactly `words`. */
export function alternationOf(words: readonly string[]): string {
  if (words.length === 0) return '(?!)';
  return patternOf(trieOf([...new Set(words)]));
}

/**
 * `words` as alternations of at most `budget` characters each, in order (a single word longer
 * than the budget gets a piece of its own).
 */
export function alternationsOf(words: readonly string[], budget = RULE_REGEX_BUDGET): string[] {
  const split = (group: string[]): string[] => {
    const pattern = alternationOf(group);
    if (pattern.length <= budget || group.length === 1) return [pattern];
    const half = Math.ceil(group.length / 2);
    return [...split(group.slice(0, half)), ...split(group.slice(half))];
  };
  const sorted = [...new Set(words)].sort();
  return sorted.length === 0 ? [] : split(sorted);
}
