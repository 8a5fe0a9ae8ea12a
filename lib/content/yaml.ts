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
  const lines = source.split('\n');
  // The parser often reports one mistake twice: a mis-indented field also "runs over two
  // lines". One message per mistake, one per line.
  const parserErrors = doc.errors.length > 1 ? doc.errors.filter((error) => error.code !== 'MULTILINE_IMPLICIT_KEY') : doc.errors;
  const errors = parserErrors
    .map((error) => plainError(error.code, error.message, lineAt(error.pos[0]), lines))
    .filter((error, index, all) => all.findIndex((other) => other.line === error.line) === index);
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

/** The last line at or before `line` (1-based) that `test` accepts, or `line` itself. */
function lineBefore(lines: readonly string[], line: number, test: (text: string) => boolean): number {
  for (let index = Math.min(line, lines.length) - 1; index >= 0; index--) if (test(lines[index] ?? '')) return index + 1;
  return line;
}

const count = (text: string, char: string) => text.split(char).length - 1;

/**
 * A YAML parser error in plain words, on the line where the mistake is (the parser notices an
 * unclosed bracket or quote lines later), with what to do about it.
 */
function plainError(code: string, message: string, line: number, lines: readonly string[]): { line: number; message: string } {
  const text = lines[line - 1] ?? '';
  const field = /^\s*([\w.-]+):/.exec(text)?.[1];
  switch (code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
      if (field && /^\s*[\w.-]+:\s+[^'"\s].*:(\s|$)/.test(text)) {
        return { line, message: `the value of ${field} contains a colon: put the whole value in quotes, e.g. ${field}: "${text.slice(text.indexOf(':') + 1).trim()}"` };
      }
      {
        const indent = (candidate: string) => /^ */.exec(candidate)?.[0].length ?? 0;
        const next = lines[line] ?? '';
        const deeper = next.trim() !== '' && indent(next) > indent(text);
        return { line: deeper ? line + 1 : line, message: 'this line is indented more than the field above it: line fields up with the same number of spaces' };
      }
    case 'MULTILINE_IMPLICIT_KEY':
      return { line, message: 'a field runs over more than one line: write each field on one line as name: value (quote long values)' };
    case 'TAB_AS_INDENT':
      return { line, message: 'this line is indented with a tab: indent with spaces only' };
    case 'DUPLICATE_KEY':
      return { line, message: `the field ${field ?? 'on this line'} appears twice: keep one of them` };
    case 'MISSING_CHAR':
      if (/quote/.test(message)) {
        const quote = /'/.test(message) && !/"/.test(message) ? "'" : '"';
        const opened = lineBefore(lines, line, (candidate) => count(candidate, quote) % 2 === 1);
        return { line: opened, message: `a ${quote} quote is opened but not closed: add the closing ${quote} at the end of the value` };
      }
      break;
    case 'BAD_INDENT':
      if (/^Flow sequence/.test(message)) {
        const opened = lineBefore(lines, line, (candidate) => count(candidate, '[') > count(candidate, ']'));
        return { line: opened, message: 'a list that starts with [ is not closed: add ] at the end of the list, on the same line' };
      }
      if (/^Flow map/.test(message)) {
        const opened = lineBefore(lines, line, (candidate) => count(candidate, '{') > count(candidate, '}'));
        return { line: opened, message: 'a value that starts with { is not closed: add } at its end, on the same line' };
      }
      break;
    case 'UNEXPECTED_TOKEN':
      if (/^\s*[\w.-]+:\s*(["']).*\1\s*\S/.test(text)) {
        return { line, message: 'text follows the closing quote: put the whole value inside the quotes' };
      }
      break;
  }
  return { line, message: `this line is not valid YAML (${message.split('\n')[0] ?? message}): check its quotes, colons and indentation` };
}
