/**
 * Characters that never belong in published text: C0 control characters other than tab and
 * line breaks, DEL, lone surrogates (half of an emoji, from a bad paste or a YAML escape),
 * the bidirectional overrides and isolates that can make text read differently than it is
 * stored, and the noncharacters U+FFFE/U+FFFF. One ESC byte makes an RSS feed unparseable.
 */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const C0_NAMES = [
  'NUL', 'SOH', 'STX', 'ETX', 'EOT', 'ENQ', 'ACK', 'BEL', 'BS', 'TAB', 'LF', 'VT', 'FF', 'CR', 'SO', 'SI',
  'DLE', 'DC1', 'DC2', 'DC3', 'DC4', 'NAK', 'SYN', 'ETB', 'CAN', 'EM', 'SUB', 'ESC', 'FS', 'GS', 'RS', 'US',
];

const OTHER_NAMES: Record<number, string> = {
  0x7f: 'DEL',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfffe: 'a noncharacter',
  0xffff: 'a noncharacter',
};

/** "U+001B (ESC)", "U+202E (RIGHT-TO-LEFT OVERRIDE)", "U+D83D (half of a surrogate pair)". */
export function characterName(char: string): string {
  const code = char.charCodeAt(0);
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = code < 0x20 ? C0_NAMES[code] : code >= 0xd800 && code <= 0xdfff ? 'half of a surrogate pair' : OTHER_NAMES[code];
  return `${hex} (${name ?? 'a control character'})`;
}

/** The forbidden characters in `text`, in order, each once. */
export function forbiddenCharacters(text: string): string[] {
  return [...new Set(text.match(FORBIDDEN) ?? [])];
}

/** A plain-words message for a field or line holding forbidden characters. */
export function forbiddenTextMessage(where: string, characters: readonly string[]): string {
  const names = characters.map(characterName).join(', ');
  return `${where} contains ${characters.length === 1 ? 'the invisible character' : 'the invisible characters'} ${names}: delete ${characters.length === 1 ? 'it' : 'them'} (it often comes from pasting from a terminal, a PDF or a chat app)`;
}
