/**
 * Incremental thread linking: a thread follows one developing topic across stories over days
 * and weeks. A story joins the best thread whose profile shares its entities and key terms,
 * with a score that decays with the time since the thread was last active; candidates come
 * from an inverted index over the heaviest keys, as in story clustering, so the cost of one
 * story does not grow with the archive.
 */
import { addScaled, dot, norm, type Sparse, topIds } from '../similarity/sparse.ts';

export interface ThreadOptions {
  threshold: number;
  /** Share of the score given to entities when both sides have them. */
  entityWeight: number;
  /** Shared main entities (of the heaviest ones on each side) that count as full agreement. */
  sharedEntities: number;
  /** Thread profile sizes. */
  profileTerms: number;
  profileEntities: number;
  queryTerms: number;
  queryEntities: number;
  postingCap: number;
  /** A thread silent for longer than this is closed to new stories. */
  windowMs: number;
  /** Score decay with silence, beyond two days. */
  decayMs: number;
}

const DAY = 24 * 3600 * 1000;

export const DEFAULT_THREAD_OPTIONS: ThreadOptions = {
  threshold: 0.5,
  entityWeight: 0.5,
  sharedEntities: 3,
  profileTerms: 100,
  profileEntities: 30,
  queryTerms: 12,
  queryEntities: 6,
  postingCap: 64,
  windowMs: 45 * DAY,
  decayMs: 90 * DAY,
};

/**
 * Agreement on main actors: how many of the story's protagonists (its most mentioned entities)
 * are among the thread's, over `full` (capped at 1). Raw mention counts, not TF-IDF: in a small
 * corpus the actors every story shares get the lowest IDF, yet they are what makes a topic.
 */
export function sharedEntities(story: number[], thread: number[], full: number): number {
  const mine = new Set(story);
  let shared = 0;
  for (const id of thread) if (mine.has(id)) shared++;
  return Math.min(1, shared / full);
}

/** The `k` most counted ids, most counted first (ties: lower id). */
export function mostCounted(counts: Map<number, number>, k: number): number[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, k)
    .map((e) => e[0]);
}

/** What a story brings to thread linking. */
export interface StoryProfile {
  id: string;
  first: number;
  last: number;
  /** L2-normalized TF-IDF vectors. */
  text: Sparse;
  ents: Sparse;
  /** Entity id → mentions in the story. */
  entCounts: Map<number, number>;
}

interface ThreadRec {
  id: string;
  last: number;
  text: Sparse;
  textNorm: number;
  ents: Sparse;
  entsNorm: number;
  entCounts: Map<number, number>;
  main: number[];
  stories: string[];
}

/** Thread linking over story profiles (feed them in order of first publication). */
export class ThreadIndex {
  readonly options: ThreadOptions;
  private readonly threads: ThreadRec[] = [];
  private readonly postings = new Map<number, number[]>();

  constructor(options: Partial<ThreadOptions> = {}) {
    this.options = { ...DEFAULT_THREAD_OPTIONS, ...options };
  }

  /** Add a story; returns the index of its thread. `newId` names a thread it starts. */
  add(story: StoryProfile, newId: string): number {
    const keys = [
      ...topIds(story.text, this.options.queryTerms),
      ...topIds(story.ents, this.options.queryEntities),
    ];
    let best = -1;
    let bestScore = this.options.threshold;
    for (const t of this.candidates(keys)) {
      const s = this.score(story, this.threads[t]);
      if (s >= bestScore) {
        best = t;
        bestScore = s;
      }
    }
    if (best === -1) {
      best = this.threads.length;
      const empty = { ids: new Int32Array(0), w: new Float32Array(0) };
      this.threads.push({
        id: newId,
        last: story.last,
        text: empty,
        textNorm: 0,
        ents: empty,
        entsNorm: 0,
        entCounts: new Map(),
        main: [],
        stories: [],
      });
    }
    const r = this.threads[best];
    r.stories.push(story.id);
    if (!Number.isNaN(story.last)) r.last = Number.isNaN(r.last) ? story.last : Math.max(r.last, story.last);
    r.text = addScaled(r.text, 1, story.text, 1, this.options.profileTerms);
    r.textNorm = norm(r.text);
    r.ents = addScaled(r.ents, 1, story.ents, 1, this.options.profileEntities);
    r.entsNorm = norm(r.ents);
    for (const [id, c] of story.entCounts) r.entCounts.set(id, (r.entCounts.get(id) ?? 0) + c);
    if (r.entCounts.size > 8 * this.options.profileEntities) {
      r.entCounts = new Map(
        mostCounted(r.entCounts, 4 * this.options.profileEntities).map((id) => [id, r.entCounts.get(id)!]),
      );
    }
    r.main = mostCounted(r.entCounts, 4 * this.options.sharedEntities);
    this.post(keys, best);
    return best;
  }

  /** Thread id and story ids of every thread. */
  list(): Array<{ id: string; stories: string[] }> {
    return this.threads.map((t) => ({ id: t.id, stories: t.stories.slice() }));
  }

  private candidates(keys: number[]): Set<number> {
    const out = new Set<number>();
    for (const k of keys) for (const t of this.postings.get(k) ?? []) out.add(t);
    return out;
  }

  private score(story: StoryProfile, t: ThreadRec): number {
    const cosT = t.textNorm > 0 ? dot(story.text, t.text) / t.textNorm : 0;
    let s = cosT;
    if (story.entCounts.size > 0 && t.main.length > 0) {
      const main = mostCounted(story.entCounts, 3 * this.options.sharedEntities);
      const e = sharedEntities(main, t.main, this.options.sharedEntities);
      s = (1 - this.options.entityWeight) * cosT + this.options.entityWeight * e;
    }
    if (Number.isNaN(story.first) || Number.isNaN(t.last)) return s;
    const gap = Math.max(0, story.first - t.last);
    if (gap > this.options.windowMs) return 0;
    return gap <= 2 * DAY ? s : s * Math.exp(-(gap - 2 * DAY) / this.options.decayMs);
  }

  private post(keys: number[], t: number): void {
    for (const k of keys) {
      let list = this.postings.get(k);
      if (!list) {
        list = [];
        this.postings.set(k, list);
      }
      if (list[list.length - 1] !== t) list.push(t);
      if (list.length > this.options.postingCap * 2) list.splice(0, list.length - this.options.postingCap);
    }
  }
}
