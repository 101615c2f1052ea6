/**
 * ROUGE-1, ROUGE-2 and ROUGE-L (F1) for Arabic, written for rasd's summary evaluation.
 * Tokens come from the text core's tokenizer (words, numbers, Latin words; punctuation
 * dropped) in their `match` normalization: diacritics and tatweel removed, أ إ آ ٱ → ا,
 * ؤ → و, ئ → ي, ى → ي, ة → ه, Arabic-Indic digits → ASCII. No stemming, no stop-word removal.
 */
import { tokenize } from '../../text/index.ts';

/** Precision, recall and F1 of one comparison. */
export interface PRF {
  p: number;
  r: number;
  f: number;
}

/** The tokens ROUGE counts: normalized words and numbers. */
export function rougeTokens(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.kind === 'word' || t.kind === 'number' || t.kind === 'latin')
    .map((t) => t.norm);
}

function prf(overlap: number, candTotal: number, refTotal: number): PRF {
  const p = candTotal ? overlap / candTotal : 0;
  const r = refTotal ? overlap / refTotal : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

function ngrams(tokens: string[], n: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join(' ');
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** ROUGE-N with clipped n-gram counts. */
export function rougeN(candidate: string[], reference: string[], n: number): PRF {
  const c = ngrams(candidate, n);
  const r = ngrams(reference, n);
  let overlap = 0;
  for (const [g, k] of c) overlap += Math.min(k, r.get(g) ?? 0);
  return prf(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** Length of the longest common subsequence (two-row dynamic programme). */
export function lcsLength(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** ROUGE-L over the whole summary taken as one token sequence. */
export function rougeL(candidate: string[], reference: string[]): PRF {
  return prf(lcsLength(candidate, reference), candidate.length, reference.length);
}

/** All three scores of a candidate summary against one reference. */
export function rouge(candidate: string, reference: string): { r1: PRF; r2: PRF; rl: PRF } {
  const c = rougeTokens(candidate);
  const r = rougeTokens(reference);
  return { r1: rougeN(c, r, 1), r2: rougeN(c, r, 2), rl: rougeL(c, r) };
}
