/**
 * Block weights shared by the extraction steps: what a block's class/id/label tokens and tag
 * say, its link density, and whether a block is worth keeping inside the chosen content.
 */
import { cleanData } from '../data.ts';
import { attrTokens, type Element, hasToken, type Stats } from './dom.ts';

/** +25 for an article-like class/id/label, -25 for a boilerplate one (both: 0). */
export function classWeight(el: Element): number {
  const tokens = attrTokens(el);
  if (!tokens.length) return 0;
  const { positive, negative } = cleanData().classTokens;
  let w = 0;
  if (hasToken(tokens, negative)) w -= 25;
  if (hasToken(tokens, positive)) w += 25;
  return w;
}

/** Share of a block's text that sits in links. */
export function linkDensity(s: Stats | undefined): number {
  return s?.chars ? s.linkChars / s.chars : 0;
}

/** Share of a block's letters that are Arabic. */
export function arabicRatio(s: Stats | undefined): number {
  return s?.letters ? s.arabic / s.letters : 0;
}

const TAG_WEIGHT: Record<string, number> = {
  div: 5,
  article: 8,
  main: 5,
  section: 3,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

/** Starting score of a candidate container. */
export function initialScore(el: Element): number {
  return (TAG_WEIGHT[el.name] ?? 0) + classWeight(el);
}

const CONTAINERS = new Set(['div', 'section', 'ul', 'ol', 'table', 'form', 'header', 'dl', 'aside', 'span']);

/**
 * Keep or drop a block inside the chosen content: link lists, boilerplate-classed widgets and
 * empty shells go; prose (many commas) always stays.
 */
export function keepInside(el: Element, stats: Map<Element, Stats>): boolean {
  if (!CONTAINERS.has(el.name)) return true;
  const s = stats.get(el);
  if (!s || s.chars === 0) return false;
  if (s.commas >= 10 && linkDensity(s) < 0.5) return true;
  const weight = classWeight(el);
  const ld = linkDensity(s);
  if (weight < 0 && (ld > 0.15 || s.chars < 400)) return false;
  if ((el.name === 'ul' || el.name === 'ol') && ld > 0.5) return false;
  if (weight < 25 && ld > 0.33 && s.chars < 1000) return false;
  if (weight >= 25 && ld > 0.5) return false;
  return true;
}
