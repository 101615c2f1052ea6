/**
 * Incremental story clustering. `StoryIndex.add(article)` returns the article's story id in
 * bounded time: candidates come from an inverted index over the article's heaviest terms and
 * entities (postings capped, stories outside the time window skipped), each candidate is
 * scored by TF-IDF cosine with its centroid, entity overlap and time proximity, the bar to
 * join rising with the story's size as a member's score does, and the centroid is updated
 * online (top-k truncated). Story ids are stable: a story is named after
 * its first article; when an article bridges two stories they merge, the older id survives
 * and the other becomes an alias.
 */
import type { Article } from '../../doc/types.ts';
import { publishedMs } from '../dedup/index.ts';
import {
  articleCounts,
  type DocIds,
  internCounts,
  type TermCounts,
  tfidf,
  Vocab,
} from '../similarity/features.ts';
import {
  addScaled,
  dot,
  norm,
  type Sparse,
  sparseFromJSON,
  sparseToJSON,
  topIds,
} from '../similarity/sparse.ts';

export interface StoryOptions {
  /** Score at or above which an article joins a story of one article (see sizeCalibrated). */
  threshold: number;
  /**
   * Whether the bar to join a story rises with its size as the score of a member does (see
   * `joinThreshold`); off, every story takes `threshold`.
   */
  sizeCalibrated: boolean;
  /** Story-to-story score at or above which two stories an article matches are merged. */
  mergeThreshold: number;
  /** Terms kept in an article vector, in a story centroid, in an entity profile. */
  articleTerms: number;
  centroidTerms: number;
  entityTerms: number;
  /** Keys of an article used to look up candidates. */
  queryTerms: number;
  queryEntities: number;
  /** Most recent stories kept per key, and candidates scored per article. */
  postingCap: number;
  candidateCap: number;
  /** Stories whose time range is farther than this from the article are not candidates. */
  windowMs: number;
  /**
   * Longest time from a story's first to its last article. Coverage of one event lasts days;
   * without a cap, a topic reported every day chains into one story for months (that is a thread).
   */
  maxSpanMs: number;
  /** Time decay of the score beyond one day of distance. */
  decayMs: number;
  /**
   * Second chance (0 = off): an article that reaches no story at `threshold` joins the one story
   * scoring at least `soleThreshold` when no other candidate scores half of that and the story
   * is within `soleWindowMs`. Outlets telling one event from their own angles share few words;
   * a lone, recent match is still the event, where several weak matches are only the topic.
   */
  soleThreshold: number;
  soleWindowMs: number;
  /**
   * Last pass (0 = off): two stories of one article each that are each other's best match,
   * scoring at least this, become one story (see `pairSingletons`).
   */
  pairThreshold: number;
  /** Share of the score given to entity overlap when both sides have entities. */
  entityWeight: number;
  /** Factor applied when both sides name entities but share none (one event names the same actors). */
  noSharedEntityFactor: number;
}

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

export const DEFAULT_STORY_OPTIONS: StoryOptions = {
  threshold: 0.5,
  sizeCalibrated: true,
  mergeThreshold: 0.65,
  articleTerms: 200,
  centroidTerms: 80,
  entityTerms: 24,
  queryTerms: 10,
  queryEntities: 4,
  postingCap: 48,
  candidateCap: 24,
  windowMs: 4 * DAY,
  maxSpanMs: 10 * DAY,
  decayMs: 2 * DAY,
  soleThreshold: 0.15,
  soleWindowMs: 2 * DAY,
  pairThreshold: 0.3,
  entityWeight: 0.3,
  noSharedEntityFactor: 0.5,
};

/** One story's running state. */
interface StoryRec {
  id: string;
  first: number;
  last: number;
  size: number;
  text: Sparse;
  textNorm: number;
  ents: Sparse;
  entsNorm: number;
  head: number;
  tail: number;
  parent: number;
  aliases: string[];
}

/** An article's whole TF-IDF vectors (text and entities), as `add` builds them. */
export interface ArticleVectors {
  text: Sparse;
  ents: Sparse;
}

/** A story as the index reports it. */
export interface StoryView {
  id: string;
  documents: string[];
  aliases: string[];
  first: number;
  last: number;
  text: Sparse;
  ents: Sparse;
}

/** What one added document brings: id, time and its counts (or an article to count). */
export interface StoryInput {
  id: string;
  time: number;
  counts: TermCounts;
}

/** Incremental story clustering (see module header). */
export class StoryIndex {
  readonly options: StoryOptions;
  readonly vocab: Vocab;
  private readonly stories: StoryRec[] = [];
  private readonly articleIds: string[] = [];
  private readonly ordOf = new Map<string, number>();
  private articleStory = new Int32Array(1024);
  private next = new Int32Array(1024);
  private readonly postings = new Map<number, number[]>();
  /** Ids whose document frequencies were counted ahead by `prime` (counted once only). */
  private readonly primed = new Set<string>();

  constructor(options: Partial<StoryOptions> = {}, vocab = new Vocab()) {
    this.options = { ...DEFAULT_STORY_OPTIONS, ...options };
    this.vocab = vocab;
  }

  /**
   * Add an article (its tokens, title and mentions); returns its story id. A known
   * `duplicateOf` origin that is already in the index is joined directly.
   */
  add(
    article: Pick<Article, 'id' | 'published' | 'body' | 'title' | 'tokens' | 'mentions' | 'duplicateOf'>,
  ): string {
    return this.addCounts(
      { id: article.id, time: publishedMs(article), counts: articleCounts(article) },
      article.duplicateOf,
    );
  }

  /**
   * Add a document from precomputed counts; returns its story id. Re-adding an id is a no-op.
   * `sameAs` (the id of an already added article this one copies) joins that article's story
   * without a search: a copy is the same event by definition.
   */
  addCounts(input: StoryInput, sameAs?: string | null): string {
    const known = this.ordOf.get(input.id);
    if (known !== undefined) return this.stories[this.find(this.articleStory[known])].id;
    let origin = sameAs ? this.ordOf.get(sameAs) : undefined;
    // A copy republished long after its origin starts a story of its own (still linked as a copy).
    if (
      origin !== undefined &&
      this.spanWith(this.stories[this.find(this.articleStory[origin])], input.time, input.time)
    )
      origin = undefined;
    const ids = internCounts(this.vocab, input.counts);
    if (!this.primed.delete(input.id))
      this.vocab.observe([...ids.terms.map((e) => e[0]), ...ids.entities.map((e) => e[0])]);
    const { text, ents } = this.vectorsOf(ids);
    const keys = [...topIds(text, this.options.queryTerms), ...topIds(ents, this.options.queryEntities)];
    const all = (origin !== undefined ? [] : this.candidates(keys, input.time))
      .map((s) => ({ s, score: this.score(text, 1, ents, 1, input.time, input.time, this.stories[s]) }))
      .sort((a, b) => b.score - a.score || a.s - b.s);
    const scored = all.filter((c) => c.score >= this.joinThreshold(this.stories[c.s].size));
    if (!scored.length && this.soleMatch(all, input.time)) scored.push(all[0]);
    let story: number;
    if (origin !== undefined) story = this.find(this.articleStory[origin]);
    else if (scored.length === 0) story = this.newStory(input.id, input.time);
    else {
      story = scored[0].s;
      for (const c of scored.slice(1)) story = this.maybeMerge(story, c.s);
    }
    this.join(story, input, text, ents);
    this.post(keys, story);
    return this.stories[story].id;
  }

  /**
   * Count the document frequencies of a batch before adding it, so that the first articles of
   * a batch are weighed with the batch's IDF rather than that of the few articles before them.
   */
  prime(inputs: Iterable<StoryInput>): void {
    for (const input of inputs) {
      if (this.ordOf.has(input.id) || this.primed.has(input.id)) continue;
      const ids = internCounts(this.vocab, input.counts);
      this.vocab.observe([...ids.terms.map((e) => e[0]), ...ids.entities.map((e) => e[0])]);
      this.primed.add(input.id);
    }
  }

  /**
   * Pair up the stories left with one article: two that are each other's best match among all
   * candidate stories, scoring at least `pairThreshold`, become one (the older id survives). Two
   * outlets telling one event in their own words often share too few words for the bar of
   * `add`, and then neither has anything better; a story that has another, closer match is left
   * alone. Run after a batch (`buildStories`, and the ARI check after its shuffled feed): it looks
   * at the stories as they stand then, not at the order the articles came in.
   */
  pairSingletons(vectors?: (articleId: string) => ArticleVectors | undefined): number {
    const t = this.options.pairThreshold;
    if (t <= 0) return 0;
    // a one-article story's centroid is its article's vector cut to centroidTerms; the caller
    // may hand the whole vectors, which tell two weakly related articles apart better
    const own = (s: number): ArticleVectors => {
      const r = this.stories[s];
      return (r.size === 1 && vectors?.(this.articleIds[r.head])) || { text: r.text, ents: r.ents };
    };
    const best = new Map<number, { s: number; score: number }>();
    for (let s = 0; s < this.stories.length; s++) {
      const r = this.stories[s];
      if (r.parent !== s || r.size !== 1) continue;
      const v = own(s);
      const keys = [
        ...topIds(v.text, this.options.queryTerms),
        ...topIds(v.ents, this.options.queryEntities),
      ];
      let top: { s: number; score: number } | null = null;
      for (const c of this.candidates(keys, r.first)) {
        if (c === s) continue;
        const rc = this.stories[c];
        const w = own(c);
        const target = { ...rc, text: w.text, textNorm: norm(w.text), ents: w.ents, entsNorm: norm(w.ents) };
        const score = this.score(v.text, norm(v.text), v.ents, norm(v.ents), r.first, r.last, target);
        if (!top || score > top.score || (score === top.score && c < top.s)) top = { s: c, score };
      }
      if (top) best.set(s, top);
    }
    let paired = 0;
    for (const [s, b] of best) {
      const back = best.get(b.s);
      if (s > b.s || back?.s !== s || b.score < t || this.stories[b.s].size !== 1) continue;
      if (this.spanWith(this.stories[s], this.stories[b.s].first, this.stories[b.s].last)) continue;
      this.mergeStories(s, b.s);
      paired++;
    }
    return paired;
  }

  /** An article's whole vectors under the index's vocabulary, as `add` builds them. */
  articleVectors(counts: TermCounts): ArticleVectors {
    return this.vectorsOf(internCounts(this.vocab, counts));
  }

  private vectorsOf(ids: DocIds): ArticleVectors {
    return {
      text: tfidf(this.vocab, ids.terms, this.options.articleTerms),
      ents: tfidf(this.vocab, ids.entities, this.options.entityTerms),
    };
  }

  /** Current story id of an article id (after merges), or undefined. */
  storyOf(articleId: string): string | undefined {
    const ord = this.ordOf.get(articleId);
    return ord === undefined ? undefined : this.stories[this.find(this.articleStory[ord])].id;
  }

  /** Number of articles added. */
  get articleCount(): number {
    return this.articleIds.length;
  }

  /** Live stories (merged ones are reported as aliases of their survivor). */
  *liveStories(): Iterable<StoryView> {
    for (let s = 0; s < this.stories.length; s++) {
      const r = this.stories[s];
      if (r.parent !== s) continue;
      const documents: string[] = [];
      for (let a = r.head; a !== -1; a = this.next[a]) documents.push(this.articleIds[a]);
      yield {
        id: r.id,
        documents,
        aliases: r.aliases.slice(),
        first: r.first,
        last: r.last,
        text: r.text,
        ents: r.ents,
      };
    }
  }

  /** Serializable state (typed arrays as plain arrays), for the store. */
  toJSON(): StoryIndexJSON {
    const n = this.articleIds.length;
    return {
      version: 1,
      options: this.options,
      vocab: this.vocab.toJSON(),
      articles: this.articleIds.slice(),
      articleStory: Array.from(this.articleStory.subarray(0, n)),
      next: Array.from(this.next.subarray(0, n)),
      stories: this.stories.map((r) => ({
        id: r.id,
        first: r.first,
        last: r.last,
        size: r.size,
        text: sparseToJSON(r.text),
        ents: sparseToJSON(r.ents),
        head: r.head,
        tail: r.tail,
        parent: r.parent,
        aliases: r.aliases,
      })),
      postings: [...this.postings],
    };
  }

  /** Rebuild an index from `toJSON()` output. */
  static fromJSON(j: StoryIndexJSON): StoryIndex {
    if (j?.version !== 1) throw new Error('StoryIndex.fromJSON: unknown or missing version');
    const index = new StoryIndex(j.options, Vocab.fromJSON(j.vocab));
    j.articles.forEach((id, i) => {
      index.ensureArticleCapacity(i);
      index.articleIds.push(id);
      index.ordOf.set(id, i);
      index.articleStory[i] = j.articleStory[i];
      index.next[i] = j.next[i];
    });
    for (const r of j.stories) {
      const text = sparseFromJSON(r.text);
      const ents = sparseFromJSON(r.ents);
      index.stories.push({ ...r, text, ents, textNorm: norm(text), entsNorm: norm(ents) });
    }
    for (const [k, v] of j.postings) index.postings.set(k, v);
    return index;
  }

  private find(s: number): number {
    while (this.stories[s].parent !== s) s = this.stories[s].parent;
    return s;
  }

  /** Live stories sharing a query key, within the window, best-connected first, capped. */
  private candidates(keys: number[], time: number): number[] {
    const hits = new Map<number, number>();
    for (const key of keys) {
      const list = this.postings.get(key);
      if (!list) continue;
      for (let i = list.length - 1; i >= 0; i--) {
        const s = this.find(list[i]);
        const got = hits.get(s);
        if (got !== undefined) {
          if (got >= 0) hits.set(s, got + 1);
          continue;
        }
        const r = this.stories[s];
        hits.set(
          s,
          this.timeDistance(time, r) > this.options.windowMs || this.spanWith(r, time, time) ? -1 : 1,
        );
      }
    }
    return [...hits]
      .filter((e) => e[1] > 0)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, this.options.candidateCap)
      .map((e) => e[0]);
  }

  /**
   * Score an article needs to join a story of `size` articles. `threshold` is a bar for one
   * article against another. Against a centroid the score of a member climbs as the story grows
   * (members' own words average out, the shared ones add up), so a fixed bar lets a grown story
   * take in articles that share only its topic, and each such join widens it further. For unit
   * vectors with pairwise cosine t, the cosine with the sum of k of them is t / sqrt(t + (1-t)/k):
   * asking that keeps the bar at "as close to each member as one article must be to another".
   */
  private joinThreshold(size: number): number {
    const t = this.options.threshold;
    if (!this.options.sizeCalibrated || size <= 1 || t <= 0) return t;
    return t / Math.sqrt(t + (1 - t) / size);
  }

  /** The second chance of StoryOptions.soleThreshold: one weak but unrivalled, recent match. */
  private soleMatch(all: Array<{ s: number; score: number }>, time: number): boolean {
    const o = this.options;
    if (o.soleThreshold <= 0 || !all.length || all[0].score < o.soleThreshold) return false;
    if ((all[1]?.score ?? 0) >= o.soleThreshold / 2) return false;
    return !Number.isNaN(time) && this.timeDistance(time, this.stories[all[0].s]) <= o.soleWindowMs;
  }

  /** Whether a story would span more than maxSpanMs once it holds times first..last. */
  private spanWith(r: Pick<StoryRec, 'first' | 'last'>, first: number, last: number): boolean {
    if (Number.isNaN(r.first) || Number.isNaN(first)) return false;
    return Math.max(r.last, last) - Math.min(r.first, first) > this.options.maxSpanMs;
  }

  private timeDistance(time: number, r: Pick<StoryRec, 'first' | 'last'>): number {
    if (Number.isNaN(time) || Number.isNaN(r.first)) return 0;
    return Math.max(0, r.first - time, time - r.last);
  }

  /** Combined score of a vector pair (text, entities) against a story, with time decay. */
  private score(
    text: Sparse,
    tn: number,
    ents: Sparse,
    en: number,
    first: number,
    last: number,
    r: StoryRec,
  ): number {
    const cosT = tn > 0 && r.textNorm > 0 ? dot(text, r.text) / (tn * r.textNorm) : 0;
    let s = cosT;
    if (ents.ids.length > 0 && r.ents.ids.length > 0) {
      const cosE = dot(ents, r.ents) / (en * r.entsNorm);
      s = (1 - this.options.entityWeight) * cosT + this.options.entityWeight * cosE;
      if (cosE === 0) s *= this.options.noSharedEntityFactor;
    }
    const d = Math.min(this.timeDistance(first, r), this.timeDistance(last, r));
    return d <= DAY ? s : s * Math.exp(-(d - DAY) / this.options.decayMs);
  }

  private newStory(articleId: string, time: number): number {
    const s = this.stories.length;
    this.stories.push({
      id: `s-${articleId}`,
      first: time,
      last: time,
      size: 0,
      text: { ids: new Int32Array(0), w: new Float32Array(0) },
      textNorm: 0,
      ents: { ids: new Int32Array(0), w: new Float32Array(0) },
      entsNorm: 0,
      head: -1,
      tail: -1,
      parent: s,
      aliases: [],
    });
    return s;
  }

  private ensureArticleCapacity(ord: number): void {
    if (ord < this.articleStory.length) return;
    const a = new Int32Array(this.articleStory.length * 2);
    a.set(this.articleStory);
    this.articleStory = a;
    const n = new Int32Array(this.next.length * 2);
    n.set(this.next);
    this.next = n;
  }

  private join(s: number, input: StoryInput, text: Sparse, ents: Sparse): void {
    const ord = this.articleIds.length;
    this.ensureArticleCapacity(ord);
    this.articleIds.push(input.id);
    this.ordOf.set(input.id, ord);
    this.articleStory[ord] = s;
    this.next[ord] = -1;
    const r = this.stories[s];
    if (r.tail === -1) r.head = ord;
    else this.next[r.tail] = ord;
    r.tail = ord;
    r.size++;
    if (!Number.isNaN(input.time)) {
      r.first = Number.isNaN(r.first) ? input.time : Math.min(r.first, input.time);
      r.last = Number.isNaN(r.last) ? input.time : Math.max(r.last, input.time);
    }
    r.text = addScaled(r.text, 1, text, 1, this.options.centroidTerms);
    r.textNorm = norm(r.text);
    r.ents = addScaled(r.ents, 1, ents, 1, this.options.entityTerms);
    r.entsNorm = norm(r.ents);
  }

  /** Merge `b` into `a` (or the reverse: the older survives) when their profiles agree. */
  private maybeMerge(a: number, b: number): number {
    const ra = this.stories[a];
    const rb = this.stories[b];
    if (
      this.spanWith(ra, rb.first, rb.last) ||
      this.score(rb.text, rb.textNorm, rb.ents, rb.entsNorm, rb.first, rb.last, ra) <
        this.options.mergeThreshold
    ) {
      return a;
    }
    return this.mergeStories(a, b);
  }

  /** Merge two live stories: the older survives, the other becomes its alias. */
  private mergeStories(a: number, b: number): number {
    const older = this.isOlder(this.stories[a], this.stories[b]);
    const keep = older ? a : b;
    const gone = older ? b : a;
    const k = this.stories[keep];
    const g = this.stories[gone];
    g.parent = keep;
    k.aliases.push(g.id, ...g.aliases);
    g.aliases = [];
    k.text = addScaled(k.text, 1, g.text, 1, this.options.centroidTerms);
    k.textNorm = norm(k.text);
    k.ents = addScaled(k.ents, 1, g.ents, 1, this.options.entityTerms);
    k.entsNorm = norm(k.ents);
    k.size += g.size;
    if (!Number.isNaN(g.first)) {
      k.first = Number.isNaN(k.first) ? g.first : Math.min(k.first, g.first);
      k.last = Number.isNaN(k.last) ? g.last : Math.max(k.last, g.last);
    }
    if (g.head !== -1) {
      if (k.tail === -1) k.head = g.head;
      else this.next[k.tail] = g.head;
      k.tail = g.tail;
    }
    g.head = -1;
    g.tail = -1;
    return keep;
  }

  /** Older story: earlier first article (unknown times last), then lower id. */
  private isOlder(a: StoryRec, b: StoryRec): boolean {
    const ta = Number.isNaN(a.first) ? Number.POSITIVE_INFINITY : a.first;
    const tb = Number.isNaN(b.first) ? Number.POSITIVE_INFINITY : b.first;
    return ta !== tb ? ta < tb : a.id < b.id;
  }

  /** Record story `s` under each key; postings keep only the most recent stories. */
  private post(keys: number[], s: number): void {
    const cap = this.options.postingCap;
    for (const key of keys) {
      let list = this.postings.get(key);
      if (!list) {
        list = [];
        this.postings.set(key, list);
      }
      if (list[list.length - 1] !== s) list.push(s);
      if (list.length > cap * 2) list.splice(0, list.length - cap);
    }
  }
}

/** The JSON form of a StoryIndex. */
export interface StoryIndexJSON {
  version: 1;
  options: StoryOptions;
  vocab: ReturnType<Vocab['toJSON']>;
  articles: string[];
  articleStory: number[];
  next: number[];
  stories: Array<
    Omit<StoryRec, 'text' | 'ents' | 'textNorm' | 'entsNorm'> & {
      text: [number[], number[]];
      ents: [number[], number[]];
    }
  >;
  postings: Array<[number, number[]]>;
}
