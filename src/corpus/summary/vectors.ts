/** Sparse TF-IDF vectors and cosine similarity over unit terms. */

export type Vec = Map<string, number>;

/** Inverse document frequency of each term over `docs` (each a list of terms), smoothed. */
export function idfOf(docs: string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  const idf = new Map<string, number>();
  for (const [t, f] of df) idf.set(t, Math.log((n + 1) / (f + 0.5)));
  return idf;
}

/** TF-IDF vector of a term list (log-scaled term frequency). */
export function tfidf(terms: string[], idf: Map<string, number>): Vec {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  const v: Vec = new Map();
  for (const [t, f] of tf) v.set(t, (1 + Math.log(f)) * (idf.get(t) ?? 1));
  return v;
}

/** Euclidean norm. */
export function norm(v: Vec): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}

/** Cosine similarity of two sparse vectors (0 when either is empty). */
export function cosine(a: Vec, b: Vec): number {
  if (a.size > b.size) [a, b] = [b, a];
  let dot = 0;
  for (const [t, x] of a) {
    const y = b.get(t);
    if (y) dot += x * y;
  }
  const d = norm(a) * norm(b);
  return d ? dot / d : 0;
}

/** Sum of vectors. */
export function sum(vs: Vec[]): Vec {
  const out: Vec = new Map();
  for (const v of vs) for (const [t, x] of v) out.set(t, (out.get(t) ?? 0) + x);
  return out;
}

/** L1 mass of a vector. */
export function mass(v: Vec): number {
  let s = 0;
  for (const x of v.values()) s += x;
  return s;
}

/**
 * Weighted containment: the tf-idf mass two vectors share over the mass of the lighter one
 * (at least half the heavier one).
 * Unlike the cosine, a short sentence that a longer one fully restates scores 1, which suits
 * "do these two outlets tell the same fact?".
 */
export function containment(a: Vec, b: Vec): number {
  if (a.size > b.size) [a, b] = [b, a];
  let shared = 0;
  for (const [t, x] of a) {
    const y = b.get(t);
    if (y) shared += Math.min(x, y);
  }
  // over the lighter side, but never less than half the heavier: a five-word line is not
  // "the same fact" as every long sentence that happens to contain its words
  const ma = mass(a);
  const mb = mass(b);
  const d = Math.max(Math.min(ma, mb), 0.5 * Math.max(ma, mb));
  return d ? shared / d : 0;
}
