import { isMap, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';

export interface ParsedYaml {
  data: unknown;
  /** YAML problems with their 1-based line within the parsed text. */
  errors: { line: number; message: string }[];
  /** 1-based line of the key (or list item) at `path`, or null when it is absent. */
  lineOf: (path: readonly PropertyKey[]) => number | null;
}

/**
 * Parses YAML keeping positions, so validation problems can name the line of the offending
 * key. Uses the YAML 1.2 core schema: dates stay strings and are parsed by the schema.
 * Aliases (`*name`) are refused: no content file needs them, and a few nested ones expand
 * into millions of values (the "billion laughs" attack).
 */
export function parseYaml(source: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const errors = doc.errors.map((error) => ({
    line: lineAt(error.pos[0]),
    message: `YAML syntax error: ${error.message.split('\n')[0] ?? error.message}`,
  }));
  visit(doc, {
    Alias(_, alias) {
      errors.push({ line: lineAt(alias.range?.[0] ?? 0), message: `YAML alias '*${alias.source}' is not allowed here: write the value out in full` });
    },
  });

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
    return offset === null ? null : lineAt(offset);
  }

  return { data: errors.length ? undefined : doc.toJS({ maxAliasCount: 0 }), errors, lineOf };
}

/** Every string in parsed YAML data, keys and values, with its path. */
export function stringsIn(data: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; value: string }[] {
  if (typeof data === 'string') return [{ path, value: data }];
  if (Array.isArray(data)) return data.flatMap((item, index) => stringsIn(item, [...path, index]));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => [{ path: [...path, key], value: key }, ...stringsIn(value, [...path, key])]);
  }
  return [];
}
