/**
 * Incremental near-duplicate index: LSH banding over MinHash signatures retrieves candidate
 * copies in constant time per band; candidates are verified by estimated Jaccard; copies are
 * grouped (union-find) and each group keeps its origin. Band tables are bucketed by time
 * epoch and old epochs are dropped, so memory and the cost of one add stay bounded.
 */
import { combine } from '../similarity/hash.ts';
import { estimateJaccard, SIGNATURE_SIZE } from './minhash.ts';

export interface DedupOptions {
  /** Bands × rows must equal the signature size; 16 × 4 finds pairs from Jaccard ≈ 0.5. */
  bands: number;
  /** Estimated Jaccard at or above which two articles are copies. */
  threshold: number;
  /** How far back copies are looked for (ms); Infinity for a batch. */
  windowMs: number;
}

export const DEFAULT_DEDUP_OPTIONS: DedupOptions = {
  bands: 16,
  threshold: 0.5,
  windowMs: Number.POSITIVE_INFINITY,
};

/** What the origin rule looks at. */
export interface DedupItem {
  id: string;
  /** Publication time in ms (NaN when unknown: sorts last). */
  time: number;
  /** Credits or dateline name a wire agency. */
  wire: boolean;
  signature: Uint32Array;
}

/** The fields the origin rule compares. */
export type OriginFacts = Pick<DedupItem, 'id' | 'time' | 'wire'>;

const EPOCH_MS = 24 * 3600 * 1000;

/** True when `a` is a better origin than `b`: earlier, then wire-credited, then lower id. */
export function isBetterOrigin(a: OriginFacts, b: OriginFacts): boolean {
  const ta = Number.isNaN(a.time) ? Number.POSITIVE_INFINITY : a.time;
  const tb = Number.isNaN(b.time) ? Number.POSITIVE_INFINITY : b.time;
  if (ta !== tb) return ta < tb;
  if (a.wire !== b.wire) return a.wire;
  return a.id < b.id;
}

interface Epoch {
  table: Map<number, number[]>;
  members: number[];
}

/** LSH index with union-find groups of copies. */
export class DedupIndex {
  readonly options: DedupOptions;
  private readonly rows: number;
  private readonly items: Array<DedupItem | null> = [];
  private parent = new Int32Array(1024);
  private best = new Int32Array(1024);
  /** Per item, the ordinal (+1) of the last add that looked at it: a candidate is checked once. */
  private checkedBy = new Int32Array(1024);
  private readonly epochs = new Map<number, Epoch>();
  /** Item data survives eviction (only the signature is dropped) so origins stay nameable. */
  private readonly meta: OriginFacts[] = [];
  private maxEpoch = Number.NEGATIVE_INFINITY;

  constructor(options: Partial<DedupOptions> = {}) {
    this.options = { ...DEFAULT_DEDUP_OPTIONS, ...options };
    this.rows = SIGNATURE_SIZE / this.options.bands;
    if (!Number.isInteger(this.rows))
      throw new Error(`dedup: ${this.options.bands} bands do not divide ${SIGNATURE_SIZE}`);
  }

  /** Add an item; returns its ordinal. Copies found among live items join its group. */
  add(item: DedupItem): number {
    const ord = this.items.length;
    this.grow(ord);
    this.items.push(item);
    this.parent[ord] = ord;
    this.best[ord] = ord;
    const keys = this.bandKeys(item.signature);
    this.verifyCandidates(ord, item.signature, keys);
    this.insert(ord, item.time, keys);
    return ord;
  }

  /** Ordinal of the origin of the group of `ord`. */
  originOf(ord: number): number {
    return this.best[this.find(ord)];
  }

  /** Id of the origin of `ord`, or null when it is its own origin. */
  duplicateOf(ord: number): string | null {
    const o = this.originOf(ord);
    return o === ord ? null : this.idOf(o);
  }

  private idOf(ord: number): string {
    return this.meta[ord]?.id ?? '';
  }

  private grow(ord: number): void {
    if (ord < this.parent.length) return;
    const p = new Int32Array(this.parent.length * 2);
    p.set(this.parent);
    this.parent = p;
    const b = new Int32Array(this.best.length * 2);
    b.set(this.best);
    this.best = b;
    const k = new Int32Array(this.checkedBy.length * 2);
    k.set(this.checkedBy);
    this.checkedBy = k;
  }

  private bandKeys(sig: Uint32Array): number[] {
    const keys: number[] = [];
    for (let b = 0; b < this.options.bands; b++) {
      let h = b + 1;
      for (let r = 0; r < this.rows; r++) h = combine(h, sig[b * this.rows + r]);
      keys.push(h);
    }
    return keys;
  }

  /**
   * Join `ord` with every live item sharing a band key whose signature is close enough. Boilerplate
   * shingles put hundreds of articles in one bucket, so this loop is the hot path of the stage:
   * a stamp array (not a Set, not a generator) makes each candidate cost one comparison.
   */
  private verifyCandidates(ord: number, sig: Uint32Array, keys: number[]): void {
    const stamp = ord + 1;
    const checked = this.checkedBy;
    const threshold = this.options.threshold;
    for (const epoch of this.epochs.values()) {
      for (const k of keys) {
        const list = epoch.table.get(k);
        if (!list) continue;
        for (let i = 0; i < list.length; i++) {
          const c = list[i];
          if (checked[c] === stamp) continue;
          checked[c] = stamp;
          const other = this.items[c];
          // Already in one group: joining again would change nothing.
          if (!other || this.find(c) === this.find(ord)) continue;
          if (estimateJaccard(sig, other.signature) >= threshold) this.union(ord, c);
        }
      }
    }
  }

  private insert(ord: number, time: number, keys: number[]): void {
    const finite = Number.isFinite(this.options.windowMs);
    const e = !finite ? 0 : Number.isNaN(time) ? Math.max(0, this.maxEpoch) : Math.floor(time / EPOCH_MS);
    let epoch = this.epochs.get(e);
    if (!epoch) {
      epoch = { table: new Map(), members: [] };
      this.epochs.set(e, epoch);
    }
    for (const k of keys) {
      const list = epoch.table.get(k);
      if (list) list.push(ord);
      else epoch.table.set(k, [ord]);
    }
    epoch.members.push(ord);
    const item = this.items[ord]!;
    this.meta[ord] = { id: item.id, time: item.time, wire: item.wire };
    if (e > this.maxEpoch) {
      this.maxEpoch = e;
      if (finite) this.evict();
    }
  }

  /** Drop epochs older than the window: their items can no longer be matched. */
  private evict(): void {
    const keep = Math.ceil(this.options.windowMs / EPOCH_MS);
    for (const [e, epoch] of this.epochs) {
      if (e < this.maxEpoch - keep) {
        for (const ord of epoch.members) this.items[ord] = null;
        this.epochs.delete(e);
      }
    }
  }

  private facts(ord: number): OriginFacts {
    return this.meta[ord] ?? this.items[ord]!;
  }

  private find(x: number): number {
    let r = x;
    while (this.parent[r] !== r) r = this.parent[r];
    while (this.parent[x] !== r) {
      const next = this.parent[x];
      this.parent[x] = r;
      x = next;
    }
    return r;
  }

  private union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const ba = this.best[ra];
    const bb = this.best[rb];
    const better = isBetterOrigin(this.facts(ba), this.facts(bb)) ? ba : bb;
    this.parent[rb] = ra;
    this.best[ra] = better;
  }
}
