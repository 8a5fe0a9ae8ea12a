import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface ParsedYaml {
  data: unknown;
  /** YAML syntax errors with their 1-based line within the parsed text. */
  errors: { line: number; message: string }[];
  /** 1-based line of the key (or list item) at `path`, or null when it is absent. */
  lineOf: (path: readonly PropertyKey[]) => number | null;
}

/**
 * Parses YAML keeping positions, so validation problems can name the line of the offending
 * key. Uses the YAML 1.2 core schema: dates stay strings and are parsed by the schema.
 */
export function parseYaml(source: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const errors = doc.errors.map((error) => ({
    line: lineCounter.linePos(error.pos[0]).line,
    message: error.message.split('\n')[0] ?? error.message,
  }));

  function lineOf(path: readonly PropertyKey[]): number | null {
    let node: unknown = doc.contents;
    let offset: number | null = null;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (item.key as Node | null)?.toJSON?.() === segment);
        if (!pair) break;
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else {
        break;
      }
    }
    return offset === null ? null : lineCounter.linePos(offset).line;
  }

  return { data: errors.length ? undefined : doc.toJS(), errors, lineOf };
}
