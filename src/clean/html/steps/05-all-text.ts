/** Step 5: the whole remaining text, block by block (fragments such as feed-item HTML). */
import { paragraphs } from '../dom.ts';
import type { Step } from './types.ts';

export const allText: Step = {
  name: '05-all-text',
  run(ctx) {
    const paras = paragraphs(ctx.doc).filter((p) => p.linkChars < p.text.length * 0.5);
    return paras.length ? { paras } : null;
  },
};
