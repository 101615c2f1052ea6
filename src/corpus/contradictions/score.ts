/**
 * Scoring contradiction finding on story pairs: each line `{"id", "a": {outlet, published,
 * text}, "b": {...}, "contradictions": [{kind, valueA, valueB}]}`. Both texts go through the
 * per-article stages, then the finder; a found contradiction is right when it has the gold
 * kind and a claim of A whose value matches valueA and one of B matching valueB (same text
 * after normalization, one inside the other, or the same number).
 */
import type { Contradiction } from '../../doc/types.ts';
import { processArticle } from '../../pipeline/run.ts';
import { normalizeText, tokenize } from '../../text/index.ts';
import { storyContradictions } from './index.ts';
import { readNumber } from './numbers.ts';

export interface PairSide {
  outlet?: string;
  published?: string;
  text: string;
}

export interface Pair {
  id: string;
  a: PairSide;
  b: PairSide;
  contradictions: Array<{ kind?: string; valueA: string; valueB: string }>;
}

/** What was found on one pair, and how it scored. */
export interface PairResult {
  id: string;
  found: Contradiction[];
  truePositives: number;
  falsePositives: number;
  missed: number;
}

function numberOf(s: string): number | undefined {
  const ts = tokenize(s).filter((t) => t.kind !== 'punct' || t.text === '%');
  for (let i = 0; i < ts.length; i++) {
    const p = readNumber(ts, i);
    if (p) return p.amount;
  }
  return undefined;
}

/** A found value matches a gold value. */
export function valueMatches(found: string, gold: string): boolean {
  const f = normalizeText(found, 'match').trim();
  const g = normalizeText(gold, 'match').trim();
  if (!f || !g) return false;
  if (f === g || f.includes(g) || g.includes(f)) return true;
  const x = numberOf(found);
  const y = numberOf(gold);
  return x !== undefined && x === y;
}

function matches(c: Contradiction, g: Pair['contradictions'][number]): boolean {
  if (g.kind && c.kind && g.kind !== c.kind) return false;
  const a = c.claims.filter((x) => x.document === 'A');
  const b = c.claims.filter((x) => x.document === 'B');
  return a.some((x) => valueMatches(x.value, g.valueA)) && b.some((x) => valueMatches(x.value, g.valueB));
}

/** Run the finder on one pair. */
export function findOnPair(p: Pair): Contradiction[] {
  const side = (id: 'A' | 'B', s: PairSide) =>
    processArticle({
      source: `${p.id}#${id}`,
      format: 'jsonl',
      id,
      text: s.text,
      outlet: s.outlet ?? `outlet ${id}`,
      ...(s.published ? { published: s.published } : {}),
    });
  return storyContradictions([side('A', p.a), side('B', p.b)], p.id);
}

/** Score one pair. */
export function scorePair(p: Pair): PairResult {
  const found = findOnPair(p);
  const truePositives = found.filter((c) => p.contradictions.some((g) => matches(c, g))).length;
  const missed = p.contradictions.filter((g) => !found.some((c) => matches(c, g))).length;
  return { id: p.id, found, truePositives, falsePositives: found.length - truePositives, missed };
}

/** Precision and recall over pairs (precision 1 when nothing was found and nothing planted). */
export function scorePairs(pairs: Pair[]): { precision: number; recall: number; results: PairResult[] } {
  const results = pairs.map(scorePair);
  const tp = results.reduce((s, r) => s + r.truePositives, 0);
  const fp = results.reduce((s, r) => s + r.falsePositives, 0);
  const gold = pairs.reduce((s, p) => s + p.contradictions.length, 0);
  const found = gold - results.reduce((s, r) => s + r.missed, 0);
  return { precision: tp + fp ? tp / (tp + fp) : 1, recall: gold ? found / gold : 1, results };
}
