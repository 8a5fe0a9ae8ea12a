import { siteConfig, type AdSlotConfig } from './config';

/** Google's certification authority id for AdSense sellers, as ads.txt expects it. */
const GOOGLE_TAG_ID = 'f08c47fec0942fa0';

/** The /ads.txt body: the configured AdSense publisher, or a comment saying none is set. */
export function adsTxt(client: string | null = siteConfig.ads.client): string {
  if (!client) {
    return '# No ad publisher is configured yet: set NEXT_PUBLIC_ADSENSE_CLIENT (ca-pub-…) and rebuild.\n';
  }
  const publisher = client.replace(/^ca-/, '');
  return `google.com, ${publisher}, DIRECT, ${GOOGLE_TAG_ID}\n`;
}

export interface ArticleAdPlacements {
  top: AdSlotConfig | null;
  /** The in-body slot and the body block it follows; only when the body is long enough. */
  inBody: { slot: AdSlotConfig; afterBlock: number } | null;
  end: AdSlotConfig | null;
}

/**
 * Which ad slots an article shows, and where the in-body one goes: after paragraph
 * `inBodyAfterParagraph` when more paragraphs follow it. None at all with `ads: false`.
 */
export function articleAdPlacements(
  article: { ads: boolean },
  body: { blocks: readonly { paragraph: boolean; words: number }[] },
  { slots, inBodyAfterParagraph } = siteConfig.ads,
): ArticleAdPlacements {
  if (!article.ads) return { top: null, inBody: null, end: null };
  // Paragraphs of text: one that only holds an image is not reading to break up.
  const paragraphs = body.blocks.flatMap((block, index) => (block.paragraph && block.words > 0 ? [index] : []));
  const afterBlock = paragraphs.length > inBodyAfterParagraph ? paragraphs[inBodyAfterParagraph - 1] : undefined;
  return {
    top: slots.articleTop,
    inBody: afterBlock === undefined ? null : { slot: slots.articleInBody, afterBlock },
    end: slots.articleEnd,
  };
}

/**
 * Whether a listing ad row follows the card at `index`: after every `every` cards, never
 * after the last card (an ad must not close a page).
 */
export function adRowAfter(index: number, total: number, every = siteConfig.ads.listingEvery): boolean {
  return every > 0 && (index + 1) % every === 0 && index + 1 < total;
}
