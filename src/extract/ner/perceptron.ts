/**
 * Averaged structured perceptron for the linear-chain tagger: Viterbi decode each training
 * sentence, and on a wrong path move weights toward the gold labels and away from the
 * predicted ones. Averaging (the running-sum trick) makes the result far less order-sensitive.
 */
import { LABELS } from './conll.ts';
import { viterbi } from './model.ts';

const L = LABELS.length;

/** A featurized training sentence: feature ids per token and gold label ids. */
export interface Example {
  feats: Int32Array[];
  gold: Int8Array;
}

/** Deterministic PRNG (mulberry32): the same seed gives the same training order. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Weights under training, with the sums needed for averaging. */
export class Perceptron {
  readonly w: Float64Array;
  readonly acc: Float64Array;
  readonly start = new Float64Array(L);
  readonly startAcc = new Float64Array(L);
  readonly trans = new Float64Array(L * L);
  readonly transAcc = new Float64Array(L * L);
  /** Number of examples seen (the averaging clock). */
  c = 1;

  constructor(readonly features: number) {
    this.w = new Float64Array(features * L);
    this.acc = new Float64Array(features * L);
  }

  /** Best path for an example under the current weights. */
  decode(
    ex: Example,
    w = this.w,
    start: ArrayLike<number> = this.start,
    trans: ArrayLike<number> = this.trans,
  ): number[] {
    const n = ex.feats.length;
    const em = new Float64Array(n * L);
    for (let i = 0; i < n; i++) {
      for (const f of ex.feats[i]) {
        const base = f * L;
        for (let y = 0; y < L; y++) em[i * L + y] += w[base + y];
      }
    }
    return viterbi(em, n, start, trans);
  }

  private bump(arr: Float64Array, acc: Float64Array, k: number, d: number): void {
    arr[k] += d;
    acc[k] += this.c * d;
  }

  /** One perceptron step on one example; returns whether it was already right. */
  learn(ex: Example): boolean {
    const pred = this.decode(ex);
    const gold = ex.gold;
    let right = true;
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i];
      const p = pred[i];
      if (g !== p) {
        right = false;
        for (const f of ex.feats[i]) {
          this.bump(this.w, this.acc, f * L + g, 1);
          this.bump(this.w, this.acc, f * L + p, -1);
        }
      }
      const gp = i > 0 ? gold[i - 1] : -1;
      const pp = i > 0 ? pred[i - 1] : -1;
      if (g === p && gp === pp) continue;
      if (gp < 0) this.bump(this.start, this.startAcc, g, 1);
      else this.bump(this.trans, this.transAcc, gp * L + g, 1);
      if (pp < 0) this.bump(this.start, this.startAcc, p, -1);
      else this.bump(this.trans, this.transAcc, pp * L + p, -1);
    }
    this.c++;
    return right;
  }

  /** Averaged weights (w - acc / c). */
  averaged(): { w: Float64Array; start: Float64Array; trans: Float64Array } {
    const avg = (w: Float64Array, acc: Float64Array) => w.map((v, k) => v - acc[k] / this.c);
    return {
      w: avg(this.w, this.acc),
      start: avg(this.start, this.startAcc),
      trans: avg(this.trans, this.transAcc),
    };
  }
}
