/**
 * Step 1: the `articleBody` a page states in its JSON-LD, when it is long enough and is really
 * the page's text (its start occurs in the page), split into paragraphs at its line breaks.
 */

import type { Para } from '../dom.ts';
import { findAll, paragraphs } from '../dom.ts';
import { articleObjects, ldString } from '../jsonld.ts';
import { linkDensity } from '../weights.ts';
import type { Step, StepContext } from './types.ts';

const MIN_CHARS = 400;
/** The stated body must be at least this share of the page's paragraph text. */
const MIN_SHARE_OF_PROSE = 0.6;

/**
 * The page's own paragraphs that make up the stated body, in page order, when they cover
 * nearly all of it: they keep the paragraph breaks that JSON-LD text often drops.
 */
function pageParagraphs(ctx: StepContext, body: string): Para[] | null {
  const flat = body.replace(/\s+/g, ' ');
  const found = paragraphs(ctx.doc).filter((p) => p.text.length >= 20 && flat.includes(p.text));
  const covered = found.reduce((n, p) => n + p.text.length + 1, 0);
  return found.length && covered >= COVERAGE * flat.length ? found : null;
}

/** Share of the stated body the page's paragraphs must cover to be used instead. */
const COVERAGE = 0.9;

export const jsonLdArticleBody: Step = {
  name: '01-jsonld-articlebody',
  run(ctx) {
    const body = articleObjects(ctx.ld)
      .map((o) => ldString(o.articleBody))
      .find((b) => b && b.length >= MIN_CHARS);
    if (!body) return null;
    const text = body.replace(/<[^>]+>/g, '\n');
    const pageText = paragraphs(ctx.doc)
      .map((p) => p.text)
      .join(' ');
    const probe = text.replace(/\s+/g, ' ').trim().slice(0, 60);
    if (!pageText.includes(probe)) return null;
    // Some sites state only the first paragraphs (a teaser) as articleBody: compare with the prose on the page.
    const prose = findAll(ctx.doc, new Set(['p'])).reduce((n, p) => {
      const s = ctx.stats.get(p);
      return s && s.chars >= 40 && linkDensity(s) < 0.3 ? n + s.chars : n;
    }, 0);
    if (text.length < MIN_SHARE_OF_PROSE * prose) return null;
    const structured = pageParagraphs(ctx, text);
    if (structured) return { paras: structured };
    const paras = text
      .split(/\n+/)
      .map((t) => t.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .map((t) => ({ text: t, linkChars: 0, tag: 'p' }));
    return paras.length ? { paras } : null;
  },
};
