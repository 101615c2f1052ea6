/**
 * Step 2: the one block the markup names as the article body (`itemprop=articleBody`, or a
 * single `<article>`), when it holds enough prose.
 */
import { type Element, findAll, paragraphs } from '../dom.ts';
import { keepInside } from '../weights.ts';
import { scoredBlocks } from './03-scored-blocks.ts';
import type { Step } from './types.ts';

const MIN_CHARS = 300;
/** Share of the named block's text the scored blocks must keep to be preferred. */
const TIGHTER_SHARE = 0.8;

export const articleTag: Step = {
  name: '02-article-tag',
  run(ctx) {
    const all = findAll(ctx.doc, new Set(['div', 'section', 'article', 'main', 'span']));
    const byProp = all.filter((el) => /articlebody/i.test(el.attribs.itemprop ?? ''));
    const articles = all.filter((el) => el.name === 'article');
    const pick: Element | undefined =
      byProp.length === 1 ? byProp[0] : articles.length === 1 ? articles[0] : undefined;
    if (!pick) return null;
    const paras = paragraphs(pick, { keep: (el) => keepInside(el, ctx.stats) });
    const chars = paras.reduce((n, p) => n + (p.tag === 'p' ? p.text.length : 0), 0);
    if (chars < MIN_CHARS) return null;
    // The named block often carries its header, byline and widgets: when the scored blocks lie
    // inside it and hold most of its prose, they are the tighter choice.
    const scored = scoredBlocks.run(ctx);
    if (scored) {
      const inside = new Set(paras.map((p) => p.text));
      const all = scored.paras.every((p) => inside.has(p.text));
      const prose = (ps: typeof paras) => ps.reduce((n, p) => n + p.text.length, 0);
      if (all && prose(scored.paras) >= TIGHTER_SHARE * prose(paras)) return scored;
    }
    return { paras };
  },
};
