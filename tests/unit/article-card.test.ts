import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArticleCard } from '@/components/article-card';
import { HeroImage } from '@/components/hero-image';
import { parseHtml } from './helpers/html';
import { siteContent } from './helpers/site-fixture';

const article = siteContent().articles.find((candidate) => candidate.slug === 'keeping-a-build-journal')!;
const image = (html: string) => parseHtml(html).querySelector('img')!;

describe('images in cards and heroes', () => {
  it('gives a card two candidates, 1x and 2x, at its proportions', () => {
    const card = image(renderToStaticMarkup(createElement(ArticleCard, { article })));
    const candidates = card.getAttribute('srcset')!.split(', ');
    expect(candidates).toHaveLength(2);
    expect(candidates.map((candidate) => candidate.split(' ')[1])).toEqual(['1x', '2x']);
    expect(card.getAttribute('sizes')).toBeUndefined();
    // 1600x900 drawn at 480 CSS px wide.
    expect([card.getAttribute('width'), card.getAttribute('height')]).toEqual(['480', '270']);
    expect(card.getAttribute('alt')).toBe(article.image!.alt);
  });

  it('gives the hero a candidate for every screen width, with its sizes and its own dimensions', () => {
    const hero = image(renderToStaticMarkup(createElement(HeroImage, { article })));
    expect(hero.getAttribute('srcset')!.split(', ').length).toBeGreaterThan(3);
    expect(hero.getAttribute('sizes')).toBe('(min-width: 1024px) 896px, 100vw');
    expect([hero.getAttribute('width'), hero.getAttribute('height')]).toEqual(['1600', '900']);
  });
});
