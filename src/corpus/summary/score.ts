/**
 * Sentence salience: centroid similarity, TextRank centrality and position, each scaled to
 * [0, 1] and mixed with weights, plus the similarity matrix the selection reuses.
 */
import type { Unit } from './units.ts';
import { cosine, idfOf, pairMatrix, sum, tfidf, type Vec } from './vectors.ts';

/** How much each feature counts. */
export interface ScoreWeights {
  centroid: number;
  textrank: number;
  position: number;
  /** Bonus for opening a paragraph (writers put a paragraph's point first). */
  paragraph: number;
  /** Similarity to the article's opening sentence (the topic as the writer states it). */
  lead: number;
}

/** Defaults tuned on EASC (see README.md). */
export const DEFAULT_WEIGHTS: ScoreWeights = {
  centroid: 0.5,
  textrank: 0,
  position: 4,
  paragraph: 0.5,
  lead: 0.5,
};

/** Vectors of the units, with the idf over the units of each article taken as documents. */
export function unitVectors(units: Unit[]): Vec[] {
  const idf = idfOf(units.map((u) => u.terms));
  return units.map((u) => tfidf(u.terms, idf));
}

/** Pairwise cosine similarity. */
export function similarityMatrix(vecs: Vec[]): number[][] {
  return pairMatrix(vecs, 'cosine');
}

/** PageRank over a weighted similarity graph (damping 0.85, 30 iterations). */
export function textRank(sim: number[][], damping = 0.85, iterations = 30): number[] {
  const n = sim.length;
  if (!n) return [];
  const out = sim.map((row) => row.reduce((a, b) => a + b, 0));
  let r = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < iterations; it++) {
    const next = new Array<number>(n).fill((1 - damping) / n);
    for (let j = 0; j < n; j++) {
      if (!out[j]) continue;
      const share = (damping * r[j]) / out[j];
      for (let i = 0; i < n; i++) if (sim[j][i]) next[i] += share * sim[j][i];
    }
    r = next;
  }
  return r;
}

function scaled(xs: number[]): number[] {
  const max = Math.max(0, ...xs);
  return xs.map((x) => (max ? x / max : 0));
}

/** Position prior: the first sentences of an article carry its news. */
export function positionScore(u: Unit): number {
  return 1 / Math.sqrt(1 + u.index);
}

/** Salience of each unit in [0, 1]-ish, given its vectors and similarity matrix. */
export function salience(
  units: Unit[],
  vecs: Vec[],
  sim: number[][],
  w: ScoreWeights = DEFAULT_WEIGHTS,
): number[] {
  const centroid = sum(vecs);
  const c = scaled(vecs.map((v) => cosine(v, centroid)));
  const t = scaled(textRank(sim));
  const firstIndex = new Map<string, number>();
  units.forEach((u, i) => {
    if (!firstIndex.has(u.doc)) firstIndex.set(u.doc, i);
  });
  const l = units.map((u, i) => {
    const f = firstIndex.get(u.doc)!;
    return f === i ? 1 : cosine(vecs[i], vecs[f]);
  });
  const total = w.centroid + w.textrank + w.position + w.paragraph + w.lead || 1;
  return units.map(
    (u, i) =>
      (w.centroid * c[i] +
        w.textrank * t[i] +
        w.position * positionScore(u) +
        w.paragraph * (u.opensParagraph ? 1 : 0) +
        w.lead * l[i]) /
      total,
  );
}
