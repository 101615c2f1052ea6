/** Step 4: every `<p>` of the page that is prose rather than links (pages without structure). */
import { findAll, paragraphs } from '../dom.ts';
import { linkDensity } from '../weights.ts';
import type { Step } from './types.ts';

export const allParagraphs: Step = {
  name: '04-all-paragraphs',
  run(ctx) {
    const ps = findAll(ctx.doc, new Set(['p'])).filter((p) => {
      const s = ctx.stats.get(p);
      return s && s.chars >= 40 && linkDensity(s) < 0.5;
    });
    const paras = ps.flatMap((p) => paragraphs(p));
    return paras.length ? { paras } : null;
  },
};
