import { readFile } from 'node:fs/promises';
import path from 'node:path';

export { OG_IMAGE_SIZE } from './seo';

export interface SocialImageFont {
  name: string;
  data: Buffer;
  weight: 400;
  style: 'normal';
}

/** The family every generated image uses. */
export const SOCIAL_IMAGE_FONT = 'Geist';

// Geist (SIL Open Font License) ships with Next.js for next/og; it covers Latin and
// Vietnamese. Read from disk, never fetched: builds run without network.
const FONT_FILE = path.join(process.cwd(), 'node_modules/next/dist/compiled/@vercel/og/Geist-Regular.ttf');

let fonts: Promise<SocialImageFont[]> | null = null;

/** The fonts for ImageResponse, read once per process. */
export function socialImageFonts(): Promise<SocialImageFont[]> {
  fonts ??= readFile(FONT_FILE).then((data) => [{ name: SOCIAL_IMAGE_FONT, data, weight: 400, style: 'normal' }]);
  return fonts;
}

/**
 * Text for a generated image, reduced to what the bundled font draws. Anything else (emoji,
 * CJK) would make next/og fetch a font or an emoji image from the network, which fails the
 * build when there is none.
 */
export function socialImageText(text: string): string {
  return text
    .replace(/[^\p{Script=Latin}\p{M}\p{N}\p{P}\p{Zs}$€£¥₫%+=<>|~^°©®™×÷→←]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
