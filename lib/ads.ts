import { siteConfig, type AdSlotConfig } from './config';
import type { BodyBlock } from './content/model';

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
  /** Body blocks an in-body slot follows, in order (none on a short article). */
  inBodyAfter: number[];
  /** The slot at the end of the article, after the source line. */
  end: AdSlotConfig | null;
}

type Policy = Pick<typeof siteConfig.ads, 'inBodyMinWords' | 'inBodyEveryWords'>;

/**
 * Which ad slots an article shows. Nothing between the hero and the lede, ever. An article
 * under `inBodyMinWords` words has only the end-of-article slot; a longer one gets at most one
 * in-body slot per `inBodyEveryWords` words, each after the paragraph of text where another
 * `inBodyEveryWords` words have been read, and never after the last block. None at all with
 * `ads: false`.
 */
export function articleAdPlacements(
  article: { ads: boolean; words: number },
  body: { blocks: readonly Pick<BodyBlock, 'paragraph' | 'words'>[] },
  policy: Policy = siteConfig.ads,
): ArticleAdPlacements {
  if (!article.ads) return { inBodyAfter: [], end: null };
  const inBodyAfter: number[] = [];
  if (article.words >= policy.inBodyMinWords) {
    const allowed = Math.floor(article.words / policy.inBodyEveryWords);
    let read = 0;
    body.blocks.forEach((block, index) => {
      read += block.words;
      const due = read >= policy.inBodyEveryWords * (inBodyAfter.length + 1);
      if (due && block.paragraph && block.words > 0 && index < body.blocks.length - 1 && inBodyAfter.length < allowed) inBodyAfter.push(index);
    });
  }
  return { inBodyAfter, end: siteConfig.ads.slots.articleEnd };
}

/**
 * Whether a listing ad row follows the card at `index`: after every `every` cards, never
 * after the last card (an ad must not close a page).
 */
export function adRowAfter(index: number, total: number, every = siteConfig.ads.listingEvery): boolean {
  return every > 0 && (index + 1) % every === 0 && index + 1 < total;
}
