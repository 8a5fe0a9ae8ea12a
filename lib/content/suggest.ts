import { closest, distance } from 'fastest-levenshtein';

/** The nearest candidate when it is a plausible typo of `value`, else null. */
export function suggest(value: string, candidates: readonly string[]): string | null {
  if (candidates.length === 0 || value.length === 0) return null;
  const best = closest(value.toLowerCase(), [...candidates]);
  const allowed = Math.max(2, Math.floor(best.length / 3));
  return distance(value.toLowerCase(), best) <= allowed ? best : null;
}

/** `unknown category 'dev-tool', did you mean 'dev-tools'?` */
export function unknownMessage(what: string, value: string, candidates: readonly string[]): string {
  const hint = suggest(value, candidates);
  return hint ? `unknown ${what} '${value}', did you mean '${hint}'?` : `unknown ${what} '${value}'`;
}
