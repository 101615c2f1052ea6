/**
 * Quotation mark pairing in the body: « », “ ” (and the reversed ” “ that right-to-left
 * editing produces), „ “, straight " ", and ' ' at word edges. Pairs never cross a paragraph
 * break; a pair nested inside another is not returned (the outer one is the quote).
 */
import type { Span } from '../../doc/types.ts';

/** A pair of marks: `open` and `close` are the offsets of the marks themselves. */
export interface QuotePair {
  open: number;
  close: number;
}

/** Longest span a single-quote pair may have: longer means apostrophes, not quotes. */
const MAX_SINGLE = 200;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function pairsIn(text: string, from: number, to: number): QuotePair[] {
  const pairs: QuotePair[] = [];
  const guillemets: number[] = [];
  let curly = -1;
  let straight = -1;
  let single = -1;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '«') guillemets.push(i);
    else if (ch === '»') {
      const o = guillemets.pop();
      if (o !== undefined) pairs.push({ open: o, close: i });
    } else if (ch === '“' || ch === '”' || ch === '„') {
      if (curly < 0 || ch === '„') curly = i;
      else {
        pairs.push({ open: curly, close: i });
        curly = -1;
      }
    } else if (ch === '"') {
      if (straight < 0) straight = i;
      else {
        pairs.push({ open: straight, close: i });
        straight = -1;
      }
    } else if (ch === "'" || ch === '‘' || ch === '’') {
      if (single < 0 && !isLetter(text[i - 1]) && isLetter(text[i + 1])) single = i;
      else if (single >= 0 && !isLetter(text[i + 1])) {
        if (i - single <= MAX_SINGLE) pairs.push({ open: single, close: i });
        single = -1;
      }
    }
  }
  return pairs;
}

/** Top-level quote pairs of `text`, paragraph by paragraph, in text order. */
export function quotePairs(text: string, paragraphs: Span[]): QuotePair[] {
  const all = paragraphs.flatMap((p) => pairsIn(text, p.start, p.end));
  all.sort((a, b) => a.open - b.open || b.close - a.close);
  const top: QuotePair[] = [];
  for (const p of all) {
    const last = top[top.length - 1];
    if (last && p.open > last.open && p.close < last.close) continue;
    if (p.close - p.open > 1) top.push(p);
  }
  return top;
}
