/**
 * Entity-level scoring in the style of conlleval: a predicted chunk counts only when its type
 * and both boundaries match a gold chunk. Also counts the error kinds behind the misses.
 */

/** A typed chunk `[start, end)` over token indices. */
export interface Chunk {
  type: string;
  start: number;
  end: number;
}

/** Chunks of an IOB2 tag sequence; an I- that does not continue a chunk starts one (conlleval). */
export function chunks(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let cur: Chunk | null = null;
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i] : 'O';
    const bio = tag[0];
    const type = tag.slice(2);
    const continues = cur !== null && bio === 'I' && type === cur.type;
    if (continues) continue;
    if (cur) {
      cur.end = i;
      out.push(cur);
      cur = null;
    }
    if (bio === 'B' || bio === 'I') cur = { type, start: i, end: i + 1 };
  }
  return out;
}

/** Counts for precision/recall/F1, overall and per type, plus a table of error kinds. */
export interface Score {
  tp: number;
  fp: number;
  fn: number;
  byType: Record<string, { tp: number; fp: number; fn: number }>;
  /** wrong-type (same span), boundary (overlap, same type), boundary+type, missed, spurious. */
  errors: Record<string, number>;
  /** gold type → predicted type ("O" for missed) for chunks with the exact span or overlap. */
  confusion: Record<string, Record<string, number>>;
}

/** A fresh, empty score. */
export function emptyScore(): Score {
  return { tp: 0, fp: 0, fn: 0, byType: {}, errors: {}, confusion: {} };
}

function bump(rec: Record<string, number>, key: string): void {
  rec[key] = (rec[key] ?? 0) + 1;
}

function typeRow(s: Score, type: string) {
  s.byType[type] ??= { tp: 0, fp: 0, fn: 0 };
  return s.byType[type];
}

/** Add one sentence's gold and predicted tags to `score`. */
export function addSentence(score: Score, gold: readonly string[], pred: readonly string[]): void {
  const g = chunks(gold);
  const p = chunks(pred);
  const key = (c: Chunk) => `${c.start}:${c.end}:${c.type}`;
  const pKeys = new Set(p.map(key));
  const gKeys = new Set(g.map(key));
  for (const c of g) {
    if (pKeys.has(key(c))) {
      score.tp++;
      typeRow(score, c.type).tp++;
      score.confusion[c.type] ??= {};
      bump(score.confusion[c.type], c.type);
      continue;
    }
    score.fn++;
    typeRow(score, c.type).fn++;
    const overlap = p.find((q) => q.start < c.end && c.start < q.end);
    score.confusion[c.type] ??= {};
    bump(score.confusion[c.type], overlap ? overlap.type : 'O');
    if (!overlap) bump(score.errors, 'missed');
    else if (overlap.start === c.start && overlap.end === c.end) bump(score.errors, 'wrong-type');
    else if (overlap.type === c.type) bump(score.errors, 'boundary');
    else bump(score.errors, 'boundary+type');
  }
  for (const c of p) {
    if (gKeys.has(key(c))) continue;
    score.fp++;
    typeRow(score, c.type).fp++;
    if (!g.some((q) => q.start < c.end && c.start < q.end)) bump(score.errors, 'spurious');
  }
}

/** F1 from counts (0 when nothing was predicted or expected). */
export function f1(c: { tp: number; fp: number; fn: number }): number {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/** Precision and recall from counts. */
export function precisionRecall(c: { tp: number; fp: number; fn: number }): {
  precision: number;
  recall: number;
} {
  return {
    precision: c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0,
    recall: c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0,
  };
}
