/**
 * Extraction scores: the article-extraction benchmark's metric (word 4-gram shingles matched
 * as multisets; each page's TP/FP/FN normalized to sum 1 so long pages do not weigh more,
 * then summed over pages) and a plain token-level F1 for short pages.
 */

/** Word tokens the way the benchmark splits them (runs of letters, digits and _). */
export function benchTokens(text: string): string[] {
  return text.match(/[\p{L}\p{M}\p{N}_]+/gu) ?? [];
}

function counts(items: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const x of items) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
}

function shingles(text: string, n: number): string[] {
  const t = benchTokens(text);
  const out: string[] = [];
  for (let i = 0; i < Math.max(1, t.length - n + 1); i++) {
    const s = t.slice(i, i + n).join(' ');
    if (s) out.push(s);
  }
  return out;
}

/** Normalized [tp, fp, fn] of one page. */
export function pageMatch(truth: string, pred: string, n = 4): [number, number, number] {
  const a = counts(n === 1 ? benchTokens(truth) : shingles(truth, n));
  const b = counts(n === 1 ? benchTokens(pred) : shingles(pred, n));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k) ?? 0;
    const y = b.get(k) ?? 0;
    tp += Math.min(x, y);
    fp += Math.max(0, y - x);
    fn += Math.max(0, x - y);
  }
  const s = tp + fp + fn;
  return s ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

/** Precision, recall and F1 over pages of [truth, prediction]. */
export function corpusScore(
  pairs: Array<[string, string]>,
  n = 4,
): { precision: number; recall: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [t, p] of pairs) {
    const [a, b, c] = pageMatch(t, p, n);
    tp += a;
    fp += b;
    fn += c;
  }
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
