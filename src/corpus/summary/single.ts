/**
 * Extractive summary of one plain text (the `rasd summarize --jsonl` filter and the EASC
 * evaluation), plus the Lead-k and plain TextRank baselines scored with the same code.
 */
import type { Article, Span } from '../../doc/types.ts';
import {
  DEFAULT_WEIGHTS,
  type ScoreWeights,
  salience,
  similarityMatrix,
  textRank,
  unitVectors,
} from './score.ts';
import { type Budget, DEFAULT_MMR, type MmrOptions, mmrSelect } from './select.ts';
import { buildUnits, type Unit } from './units.ts';

/** Default length of a one-text summary when the caller gives none. */
export const DEFAULT_TEXT_SENTENCES = 3;

/**
 * Growth of a summary with its text when no length is given: n sentences keep n^0.7 of them
 * (5 of 10, 8 of 20, 13 of 40). A fixed share makes long articles' summaries long and short
 * ones' too terse: a long article repeats and details more, and its news is no longer.
 * Chosen on EASC among shares 0.3–0.5 and a·n^b rules (README.md).
 */
export const DEFAULT_LENGTH_EXPONENT = 0.7;

/** Sentences to keep from a text of `n` candidate sentences when the caller gives no length. */
export function sentencesFor(n: number): number {
  return Math.min(n, Math.max(1, Math.round(n ** DEFAULT_LENGTH_EXPONENT)));
}

/** Sentences to keep from `text` when the caller gives no length (at least 1). */
export function defaultSentenceCount(text: string): number {
  return Math.max(1, sentencesFor(textUnits(text).length));
}

/** Options of a one-text summary. */
export interface TextSummaryOptions {
  budget?: Budget;
  weights?: ScoreWeights;
  mmr?: MmrOptions;
}

/** The units of a bare text (an article with only a body). */
export function textUnits(text: string): Unit[] {
  const a = { id: 't', body: text } as Article;
  return buildUnits([a]);
}

function inSourceOrder(units: Unit[], picked: number[]): Span[] {
  return picked
    .map((i) => units[i])
    .sort((x, y) => x.start - y.start)
    .map((u) => ({ start: u.start, end: u.end }));
}

/** Sentence spans of `text` chosen by salience + MMR, in source order. */
export function summarizeText(text: string, opts: TextSummaryOptions = {}): Span[] {
  const units = textUnits(text);
  if (!units.length) return [];
  const vecs = unitVectors(units);
  const sim = similarityMatrix(vecs);
  const score = salience(units, vecs, sim, opts.weights ?? DEFAULT_WEIGHTS);
  const budget = opts.budget ?? { sentences: DEFAULT_TEXT_SENTENCES };
  const picked = mmrSelect(
    score,
    sim,
    units.map((u) => u.tokens.length),
    budget,
    opts.mmr ?? DEFAULT_MMR,
  );
  // a caller who asks for n sentences gets n when the text has them, even near-repeats
  const want = Math.min(budget.sentences ?? 0, units.length);
  if (picked.length < want) {
    const rest = score
      .map((v, i) => [v, i] as const)
      .filter(([, i]) => !picked.includes(i))
      .sort((a, b) => b[0] - a[0]);
    for (const [, i] of rest.slice(0, want - picked.length)) picked.push(i);
  }
  return inSourceOrder(units, picked);
}

/** Baseline: the first `k` sentences. */
export function leadBaseline(text: string, k: number): Span[] {
  return textUnits(text)
    .slice(0, k)
    .map((u) => ({ start: u.start, end: u.end }));
}

/** Baseline: the `k` sentences of highest plain TextRank centrality, in source order. */
export function textRankBaseline(text: string, k: number): Span[] {
  const units = textUnits(text);
  const rank = textRank(similarityMatrix(unitVectors(units)));
  const picked = rank
    .map((r, i) => [r, i] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, k)
    .map(([, i]) => i);
  return inSourceOrder(units, picked);
}
