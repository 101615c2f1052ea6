/**
 * Maximal marginal relevance: pick the most salient sentence, then each next one trading
 * salience against similarity to what is already picked, until the budget is spent.
 */

/** How long a summary may be: a sentence count, a word budget, or both. */
export interface Budget {
  sentences?: number;
  words?: number;
}

/** Options of the selection. */
export interface MmrOptions {
  /** 1 = salience only, 0 = diversity only. */
  lambda: number;
  /** Candidates more similar than this to a picked sentence are never picked. */
  maxSimilarity: number;
}

export const DEFAULT_MMR: MmrOptions = { lambda: 1, maxSimilarity: 0.6 };

/** Indices of the picked candidates, in pick order. `words[i]` is candidate i's length. */
export function mmrSelect(
  score: number[],
  sim: number[][],
  words: number[],
  budget: Budget,
  opts: MmrOptions = DEFAULT_MMR,
): number[] {
  const picked: number[] = [];
  const left = new Set(score.map((_, i) => i));
  let used = 0;
  const maxSentences = budget.sentences ?? Number.POSITIVE_INFINITY;
  while (left.size && picked.length < maxSentences) {
    let best = -1;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (const i of left) {
      const redundancy = picked.reduce((m, j) => Math.max(m, sim[i][j]), 0);
      if (redundancy > opts.maxSimilarity) continue;
      const value = opts.lambda * score[i] - (1 - opts.lambda) * redundancy;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    left.delete(best);
    if (budget.words !== undefined && picked.length && used + words[best] > budget.words) continue;
    picked.push(best);
    used += words[best];
    if (budget.words !== undefined && used >= budget.words) break;
  }
  return picked;
}
