/**
 * Sparse vectors as parallel typed arrays sorted by term id: small, cache-friendly and easy to
 * serialize. Used for article TF-IDF vectors, story centroids and thread profiles.
 */

export interface Sparse {
  ids: Int32Array;
  w: Float32Array;
}

export const EMPTY: Sparse = { ids: new Int32Array(0), w: new Float32Array(0) };

/** Dot product of two id-sorted vectors. */
export function dot(a: Sparse, b: Sparse): number {
  let i = 0;
  let j = 0;
  let s = 0;
  const ai = a.ids;
  const bi = b.ids;
  while (i < ai.length && j < bi.length) {
    const x = ai[i];
    const y = bi[j];
    if (x === y) s += a.w[i++] * b.w[j++];
    else if (x < y) i++;
    else j++;
  }
  return s;
}

/** Euclidean norm. */
export function norm(a: Sparse): number {
  let s = 0;
  for (let i = 0; i < a.w.length; i++) s += a.w[i] * a.w[i];
  return Math.sqrt(s);
}

/** Cosine similarity (0 when either vector is empty). */
export function cosine(a: Sparse, b: Sparse): number {
  const n = norm(a) * norm(b);
  return n > 0 ? dot(a, b) / n : 0;
}

/**
 * Build an id-sorted vector from (id, weight) pairs, keeping the `k` largest weights: the
 * truncation keeps centroids bounded however many articles a story absorbs.
 */
export function fromEntries(entries: Iterable<[number, number]>, k: number, normalize = false): Sparse {
  const arr = [...entries].filter((e) => e[1] > 0);
  if (arr.length > k) {
    arr.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    arr.length = k;
  }
  arr.sort((x, y) => x[0] - y[0]);
  const ids = new Int32Array(arr.length);
  const w = new Float32Array(arr.length);
  let n2 = 0;
  for (let i = 0; i < arr.length; i++) {
    ids[i] = arr[i][0];
    w[i] = arr[i][1];
    n2 += arr[i][1] * arr[i][1];
  }
  if (normalize && n2 > 0) {
    const n = Math.sqrt(n2);
    for (let i = 0; i < w.length; i++) w[i] /= n;
  }
  return { ids, w };
}

/** a·fa + b·fb, truncated to the `k` largest weights. */
export function addScaled(a: Sparse, fa: number, b: Sparse, fb: number, k: number): Sparse {
  const out = new Map<number, number>();
  for (let i = 0; i < a.ids.length; i++) out.set(a.ids[i], a.w[i] * fa);
  for (let i = 0; i < b.ids.length; i++) out.set(b.ids[i], (out.get(b.ids[i]) ?? 0) + b.w[i] * fb);
  return fromEntries(out, k);
}

/** Ids of the `k` heaviest entries, heaviest first. */
export function topIds(a: Sparse, k: number): number[] {
  const order = Array.from(a.ids.keys()).sort((x, y) => a.w[y] - a.w[x] || a.ids[x] - a.ids[y]);
  return order.slice(0, k).map((i) => a.ids[i]);
}

/** Plain arrays for JSON. */
export function sparseToJSON(a: Sparse): [number[], number[]] {
  return [Array.from(a.ids), Array.from(a.w)];
}

/** Inverse of `sparseToJSON`. */
export function sparseFromJSON(j: [number[], number[]]): Sparse {
  return { ids: Int32Array.from(j[0]), w: Float32Array.from(j[1]) };
}
