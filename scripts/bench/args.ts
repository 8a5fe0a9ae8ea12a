/** Flag parsing shared by the bench entry points (node:util parseArgs, with numbers checked). */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(options: T, usage: string) {
  try {
    return parseArgs({ options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    process.exit(2);
  }
}

export function numberFlag(value: string | undefined, fallback: number, name: string, { min = 1 } = {}): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number < min) {
    console.error(`--${name} must be a number >= ${min} (got "${value}")`);
    process.exit(2);
  }
  return number;
}

/** ["search=404", "feed-xml=200"] -> { search: 404, "feed-xml": 200 } */
export function expectFlags(values: string[] | undefined): Record<string, number> {
  const expect: Record<string, number> = {};
  for (const value of values ?? []) {
    const match = /^([a-z0-9-]+)=(\d{3})$/.exec(value);
    if (!match?.[1] || !match[2]) {
      console.error(`--expect takes route=status, such as search=404 (got "${value}")`);
      process.exit(2);
    }
    expect[match[1]] = Number(match[2]);
  }
  return expect;
}
