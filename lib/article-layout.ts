/**
 * How an article's body is laid out on its page: the rendered blocks, with the table of
 * contents before the first section and the in-body ad slots between paragraphs. Pure, so the
 * view only draws what it is given.
 */
import { articleAdPlacements } from './ads';
import { siteConfig, type AdSlotConfig } from './config';
import { blocksHtml, type Article, type ArticleBody, type Heading } from './content/model';

/** Articles with at least this many `##` sections get a table of contents. */
export const TOC_MIN_SECTIONS = 3;

export type BodyPart =
  | { kind: 'html'; html: string }
  | { kind: 'contents'; headings: Heading[] }
  | { kind: 'ad'; slot: AdSlotConfig; placement: string };

/** The `##` sections (and their `###`) of a long-form article, or null for a short one. */
export function tableOfContents(body: ArticleBody): Heading[] | null {
  return body.headings.filter((heading) => heading.depth === 2).length >= TOC_MIN_SECTIONS ? body.headings : null;
}

export function articleBodyParts(article: Pick<Article, 'ads' | 'words'>, body: ArticleBody): BodyPart[] {
  const contents = tableOfContents(body);
  const firstSection = contents ? body.blocks.findIndex((block) => block.html.startsWith(`<h2 id="${contents[0]?.id}"`)) : -1;
  const ads = new Set(articleAdPlacements(article, body).inBodyAfter);
  const parts: BodyPart[] = [];
  let pending: ArticleBody['blocks'] = [];
  const flush = () => {
    if (pending.length > 0) parts.push({ kind: 'html', html: blocksHtml(pending) });
    pending = [];
  };
  body.blocks.forEach((block, index) => {
    if (index === firstSection && contents) {
      flush();
      parts.push({ kind: 'contents', headings: contents });
    }
    pending.push(block);
    if (ads.has(index)) {
      flush();
      parts.push({ kind: 'ad', slot: siteConfig.ads.slots.articleInBody, placement: `within the article, ${parts.filter((part) => part.kind === 'ad').length + 1}` });
    }
  });
  flush();
  return parts;
}
