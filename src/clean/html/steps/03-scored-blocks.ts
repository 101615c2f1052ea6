/**
 * Step 3: score text blocks (length, commas, Arabic ratio on Arabic pages), pass the scores up
 * to their ancestors, pick the best container after link density and class weight, and join
 * the siblings that score close to it.
 */
import { type AnyNode, type Element, findAll, isElement, paragraphs, type Stats } from '../dom.ts';
import { arabicRatio, classWeight, initialScore, keepInside, linkDensity } from '../weights.ts';
import type { Step } from './types.ts';

const BLOCK_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'div', 'section', 'li', 'font', 'span']);
const STRUCTURE = new Set([
  'p',
  'div',
  'section',
  'article',
  'table',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'h2',
  'h3',
]);
const MIN_BLOCK = 25;
const ANCESTORS = 4;

const PROSE = new Set(['p', 'pre', 'td', 'blockquote']);

/**
 * The statistics a text block contributes: the whole subtree of a paragraph element, or the
 * text a div/span holds directly (text between its blocks, as pages without <p> have).
 */
function blockStats(el: Element, stats: Map<Element, Stats>): Stats | null {
  if (PROSE.has(el.name)) return stats.get(el) ?? null;
  let chars = 0;
  let commas = 0;
  let arabic = 0;
  let letters = 0;
  let structured = false;
  for (const c of el.children) {
    if (c.type === 'text') {
      const t = (c as unknown as { data: string }).data.trim();
      chars += t.length;
      commas += t.match(/[,،;؛]/g)?.length ?? 0;
      for (let i = 0; i < t.length; i++) {
        const code = t.charCodeAt(i);
        if (code >= 0x0621 && code <= 0x064a) arabic++;
        if (code > 0x40) letters++;
      }
    } else if (isElement(c) && STRUCTURE.has(c.name)) structured = true;
    else if (isElement(c) && !structured) {
      const s = stats.get(c);
      if (
        s &&
        (c.name === 'br' ||
          c.name === 'a' ||
          c.name === 'b' ||
          c.name === 'strong' ||
          c.name === 'em' ||
          c.name === 'i' ||
          c.name === 'span' ||
          c.name === 'font')
      ) {
        chars += s.chars;
        commas += s.commas;
        arabic += s.arabic;
        letters += s.letters;
      }
    }
  }
  if (chars < MIN_BLOCK) return null;
  return { chars, linkChars: 0, commas, arabic, letters, paragraphs: 0 };
}

/** Score of one text block. */
function blockScore(s: Stats, arabicPage: boolean): number {
  const own = s.chars - s.linkChars;
  if (own < MIN_BLOCK) return 0;
  let score = 1 + s.commas + Math.min(3, Math.floor(own / 100));
  if (arabicPage && arabicRatio(s) < 0.3) score *= 0.3;
  return score;
}

function scoreCandidates(ctx: Parameters<Step['run']>[0]): Map<Element, number> {
  const scores = new Map<Element, number>();
  for (const el of findAll(ctx.doc, BLOCK_TAGS)) {
    const s = blockStats(el, ctx.stats);
    if (!s) continue;
    const score = blockScore(s, ctx.arabicPage);
    if (!score) continue;
    let node: AnyNode | null = el.parent;
    for (let level = 0; level < ANCESTORS && node && isElement(node); level++) {
      const anc = node as Element;
      if (!scores.has(anc)) scores.set(anc, initialScore(anc));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(anc, (scores.get(anc) ?? 0) + score / divider);
      node = anc.parent;
    }
  }
  for (const [el, score] of scores) scores.set(el, score * (1 - linkDensity(ctx.stats.get(el))));
  return scores;
}

function siblingKept(
  sib: Element,
  top: Element,
  topScore: number,
  scores: Map<Element, number>,
  stats: Map<Element, Stats>,
): boolean {
  if (sib === top) return true;
  const threshold = Math.max(10, topScore * 0.2);
  const bonus = sib.attribs.class && sib.attribs.class === top.attribs.class ? topScore * 0.2 : 0;
  if ((scores.get(sib) ?? -Infinity) + bonus >= threshold) return true;
  if (sib.name !== 'p') return false;
  const s = stats.get(sib);
  if (!s) return false;
  const ld = linkDensity(s);
  if (s.chars > 80 && ld < 0.25) return true;
  return (
    s.chars > 0 && ld === 0 && classWeight(sib) >= 0 && /[.!؟?]\s*$/.test(paragraphs(sib)[0]?.text ?? '')
  );
}

export const scoredBlocks: Step = {
  name: '03-scored-blocks',
  run(ctx) {
    const scores = scoreCandidates(ctx);
    let top: Element | null = null;
    let topScore = 0;
    for (const [el, score] of scores) {
      if (score > topScore && el.name !== 'body' && el.name !== 'html') {
        top = el;
        topScore = score;
      }
    }
    if (!top) return null;
    const parent = top.parent && isElement(top.parent) ? top.parent : null;
    const nodes = parent
      ? parent.children.filter(
          (c): c is Element => isElement(c) && siblingKept(c, top, topScore, scores, ctx.stats),
        )
      : [top];
    const keep = (el: Element) => keepInside(el, ctx.stats);
    const paras = nodes.flatMap((n) => (n === top || keep(n) ? paragraphs(n, { keep }) : []));
    return paras.length ? { paras } : null;
  },
};
