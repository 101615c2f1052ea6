/** Sparse TF-IDF vectors and cosine similarity over unit terms. Vectors are never changed once built. */

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

// Vectors are not changed once built, and a story's sentences are each compared with its
// centroid: the centroid's norm is computed once.
const norms = new WeakMap<Vec, number>();

/** Euclidean norm. */
export function norm(v: Vec): number {
  let n = norms.get(v);
  if (n === undefined) {
    let s = 0;
    for (const x of v.values()) s += x * x;
    n = Math.sqrt(s);
    norms.set(v, n);
  }
  return n;
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
  let m = 0;
  for (const x of v.values()) m += x;
  return m;
}

/**
 * All pairwise cosines (`kind` 'cosine') or weighted containments ('containment') of `vecs`,
 * as a symmetric matrix with 0 on the diagonal, computed with the terms numbered and one row
 * spread into a dense array: the sentence-pair matrices of a story's summary were its slowest
 * part with map lookups.
 * Weighted containment is the tf-idf mass two vectors share over the mass of the lighter one,
 * but never less than half the heavier one. Unlike the cosine, a short sentence that a longer
 * one fully restates scores 1, which suits "do these two outlets tell the same fact?"; the
 * floor keeps a five-word line from being "the same fact" as every long sentence holding its
 * words.
 */
export function pairMatrix(vecs: Vec[], kind: 'cosine' | 'containment'): number[][] {
  const ids = new Map<string, number>();
  const rows = vecs.map((v) => {
    const terms = new Int32Array(v.size);
    const weights = new Float64Array(v.size);
    let k = 0;
    for (const [t, x] of v) {
      let id = ids.get(t);
      if (id === undefined) {
        id = ids.size;
        ids.set(t, id);
      }
      terms[k] = id;
      weights[k++] = x;
    }
    return { terms, weights, norm: norm(v), mass: mass(v) };
  });
  const n = vecs.length;
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const dense = new Float64Array(ids.size);
  for (let i = 0; i < n; i++) {
    const a = rows[i];
    for (let k = 0; k < a.terms.length; k++) dense[a.terms[k]] = a.weights[k];
    for (let j = i + 1; j < n; j++) {
      const b = rows[j];
      let acc = 0;
      for (let k = 0; k < b.terms.length; k++) {
        const x = dense[b.terms[k]];
        if (x) acc += kind === 'cosine' ? x * b.weights[k] : Math.min(x, b.weights[k]);
      }
      const d =
        kind === 'cosine'
          ? a.norm * b.norm
          : Math.max(Math.min(a.mass, b.mass), 0.5 * Math.max(a.mass, b.mass));
      m[i][j] = d ? acc / d : 0;
      m[j][i] = m[i][j];
    }
    for (let k = 0; k < a.terms.length; k++) dense[a.terms[k]] = 0;
  }
  return m;
}
