/**
 * Synthetic Arabic news stream for scale and accuracy tests. Deterministic by seed and lazy
 * (a generator: 1,000,000 articles never sit in memory at once). It plants threads (a topic
 * with its main person, country and organisation, developing over days and weeks), stories
 * inside threads (one event: type, city, second person, figures, weekday), several outlets'
 * articles per story, lightly edited copies of earlier articles, and one-off noise articles.
 * Every item carries its truth: story, thread, and the original it copies.
 */
import { createHash } from 'node:crypto';
import type { Article, EntityType } from '../../doc/types.ts';
import { rng } from '../similarity/hash.ts';
import { readList } from '../similarity/lexicon.ts';
import { assemble, fill, plain, type Sentence, type SlotValue, substitute } from './compose.ts';
import {
  type EventType,
  loadStreamVocabulary,
  type Place,
  type StreamVocabulary,
  type Topic,
} from './vocabulary.ts';

export interface StreamOptions {
  seed: number;
  /** Articles to produce (Infinity: endless). */
  count: number;
  /** ISO time of the first article. */
  start: string;
  articlesPerDay: number;
  /** Stories being reported at the same time. */
  concurrency: number;
  /** Share of one-off articles that belong to no other article's story. */
  noiseRate: number;
  /** Share of articles that are lightly edited copies of an earlier one. */
  copyRate: number;
  storySize: [number, number];
  threadStories: [number, number];
  threadGapDays: [number, number];
}

export const DEFAULT_STREAM_OPTIONS: StreamOptions = {
  seed: 1,
  count: 1000,
  start: '2024-01-01T00:00:00Z',
  articlesPerDay: 400,
  concurrency: 40,
  noiseRate: 0.08,
  copyRate: 0.1,
  storySize: [2, 10],
  threadStories: [1, 5],
  threadGapDays: [1, 6],
};

/** The planted truth of one article. */
export interface StreamTruth {
  story: string;
  thread: string;
  /** Id of the original this article copies (null for originals). */
  copyOf: string | null;
}

export interface StreamItem {
  article: Article;
  truth: StreamTruth;
}

interface ThreadState {
  id: string;
  topic: Topic;
  person: { name: string; role: string };
  country: string;
  cities: Place[];
  org: string;
  storiesLeft: number;
  readyAt: number;
}

interface Original {
  id: string;
  title: Sentence;
  sentences: Sentence[];
  outlet: string;
  wire: boolean;
}

interface StoryState {
  id: string;
  thread: ThreadState;
  /** Event-in-city and topic-in-country keys, kept unique among active stories. */
  keys: string[];
  event: EventType;
  city: string;
  person2: { name: string; role: string };
  num: string;
  day: string;
  left: number;
  originals: Original[];
}

const DAY = 24 * 3600 * 1000;

/** Lazily produce `options.count` articles in publication order. */
export function* generateStream(options: Partial<StreamOptions> = {}): Generator<StreamItem> {
  const o = { ...DEFAULT_STREAM_OPTIONS, ...options };
  const g = new StreamState(o, loadStreamVocabulary());
  for (let n = 0; n < o.count; n++) yield g.next();
}

/** The scheduler state behind `generateStream`. */
class StreamState {
  private readonly random: () => number;
  private clock: number;
  private readonly active: StoryState[] = [];
  private readonly waiting: ThreadState[] = [];
  private counter = 0;
  private threads = 0;
  private stories = 0;
  private readonly weekdays = readList('corpus/stream/weekdays.txt');
  /** Event-in-city keys of finished stories, until when they stay unused (a week on). */
  private readonly recent = new Map<string, number>();

  constructor(
    private readonly o: StreamOptions,
    private readonly v: StreamVocabulary,
  ) {
    this.random = rng(o.seed);
    this.clock = Date.parse(o.start);
    if (Number.isNaN(this.clock)) throw new Error(`stream: start "${o.start}" is not a date`);
  }

  next(): StreamItem {
    this.clock += Math.max(1000, -Math.log(1 - this.random()) * (DAY / this.o.articlesPerDay));
    if (this.random() < this.o.noiseRate) {
      const story = this.newStory(this.newThread(0));
      return this.original(story);
    }
    while (this.active.length < this.o.concurrency) this.active.push(this.startStory());
    const i = Math.floor(this.random() * this.active.length);
    const story = this.active[i];
    const item =
      story.originals.length > 0 && this.random() < this.o.copyRate ? this.copy(story) : this.original(story);
    if (--story.left <= 0) {
      this.active.splice(i, 1);
      this.finish(story);
    }
    return item;
  }

  private int([lo, hi]: [number, number]): number {
    return lo + Math.floor(this.random() * (hi - lo + 1));
  }

  private pick<T>(xs: T[]): T {
    return xs[Math.floor(this.random() * xs.length)];
  }

  /**
   * Pick until `key` is not in use by an active story: two "snowstorms in Khartoum" on the
   * same days, or one topic in one country twice, would be one story or thread to any reader,
   * so planting them as different ones would make the truth wrong.
   */
  private fresh<T>(draw: () => T, key: (x: T) => string): T {
    let x = draw();
    for (let k = 0; k < 20 && this.inUse(key(x)); k++) x = draw();
    return x;
  }

  private inUse(key: string): boolean {
    return (this.recent.get(key) ?? 0) > this.clock || this.active.some((s) => s.keys.includes(key));
  }

  private newThread(stories: number): ThreadState {
    const [place, topic] = this.fresh(
      () => [this.pick(this.v.places), this.pick(this.v.topics)] as const,
      ([p, t]) => `${t.phrase}|${p.country}`,
    );
    return {
      id: `t${this.o.seed}-${this.threads++}`,
      topic,
      person: this.pick(this.v.persons),
      country: place.country,
      cities: this.v.places.filter((p) => p.country === place.country),
      org: this.pick(this.v.orgs),
      storiesLeft: stories,
      readyAt: 0,
    };
  }

  private startStory(): StoryState {
    this.waiting.sort((a, b) => a.readyAt - b.readyAt);
    const ready =
      this.waiting.length > 0 && this.waiting[0].readyAt <= this.clock ? this.waiting.shift()! : null;
    const thread = ready ?? this.newThread(this.int(this.o.threadStories) - 1);
    return this.newStory(thread);
  }

  private newStory(thread: ThreadState): StoryState {
    let person2 = this.pick(this.v.persons);
    if (person2.name === thread.person.name) person2 = this.pick(this.v.persons);
    const [event, city] = this.fresh(
      () =>
        [
          this.pick(this.v.events),
          this.random() < 0.7 ? this.pick(thread.cities).city : this.pick(this.v.places).city,
        ] as const,
      ([e, c]) => `${e.noun}|${c}`,
    );
    return {
      id: `s${this.o.seed}-${this.stories++}`,
      thread,
      keys: [`${event.noun}|${city}`, `${thread.topic.phrase}|${thread.country}`],
      event,
      city,
      person2,
      num: String(this.int([3, 950])),
      day: this.weekdays[new Date(this.clock).getUTCDay()],
      left: this.int(this.o.storySize),
      originals: [],
    };
  }

  private finish(story: StoryState): void {
    this.recent.set(story.keys[0], this.clock + 7 * DAY);
    if (this.recent.size > 4 * this.o.concurrency) {
      for (const [k, until] of this.recent) if (until <= this.clock) this.recent.delete(k);
    }
    const t = story.thread;
    if (t.storiesLeft <= 0) return;
    t.storiesLeft--;
    t.readyAt = this.clock + this.int(this.o.threadGapDays) * DAY * (0.5 + this.random());
    this.waiting.push(t);
  }

  private slots(story: StoryState): Record<string, SlotValue> {
    const t = story.thread;
    const ent = (text: string, type: EntityType) => ({ text, type });
    return {
      PER: ent(t.person.name, 'PER'),
      ROLE: t.person.role,
      PER2: ent(story.person2.name, 'PER'),
      ROLE2: story.person2.role,
      CITY: ent(story.city, 'LOC'),
      COUNTRY: ent(t.country, 'LOC'),
      ORG: ent(t.org, 'ORG'),
      EVENT: story.event.noun,
      VERB: story.event.verb,
      EKW: () => this.pick(story.event.words),
      TOPIC: t.topic.phrase,
      KW: () => this.pick(t.topic.words),
      NUM: story.num,
      DAY: story.day,
    };
  }

  /** `k` distinct templates of one kind. */
  private some(kind: 'L' | 'E' | 'T' | 'F', k: number): string[] {
    const pool = this.v.templates[kind].slice();
    const out: string[] = [];
    while (out.length < k && pool.length > 0)
      out.push(pool.splice(Math.floor(this.random() * pool.length), 1)[0]);
    return out;
  }

  private original(story: StoryState): StreamItem {
    const slots = this.slots(story);
    const chosen = [
      ...this.some('L', 1),
      ...this.some('E', this.int([2, 4])),
      ...this.some('T', this.int([1, 2])),
      ...this.some('F', this.int([0, 2])),
    ];
    const outlet = this.pick(this.v.outlets);
    const orig: Original = {
      id: this.nextId(),
      title: fill(this.pick(this.v.templates.H), slots),
      sentences: chosen.map((t) => fill(t, slots)),
      outlet: outlet.name,
      wire: outlet.wire,
    };
    if (story.originals.length >= 3) story.originals.shift();
    story.originals.push(orig);
    const article = this.article(
      orig.id,
      orig.title,
      orig.sentences,
      outlet.name,
      outlet.wire ? [outlet.name] : [],
    );
    return { article, truth: { story: story.id, thread: story.thread.id, copyOf: null } };
  }

  /** A lightly edited copy: a few synonym swaps, maybe a dropped or an added closing line. */
  private copy(story: StoryState): StreamItem {
    const src = this.pick(story.originals);
    let sentences = src.sentences.slice();
    for (let k = this.int([1, 3]); k > 0; k--) {
      const [from, to] = this.pick(this.v.synonyms);
      sentences = sentences.map((s) => substitute(s, from, to));
    }
    if (sentences.length > 3 && this.random() < 0.4) sentences.pop();
    if (this.random() < 0.3) sentences.push(fill(this.pick(this.v.templates.F), {}));
    let outlet = this.pick(this.v.outlets);
    if (outlet.name === src.outlet) outlet = this.pick(this.v.outlets);
    const credits = src.wire ? [src.outlet] : [];
    const article = this.article(this.nextId(), src.title, sentences, outlet.name, credits);
    return { article, truth: { story: story.id, thread: story.thread.id, copyOf: src.id } };
  }

  private nextId(): string {
    return `g${this.o.seed}-${this.counter++}`;
  }

  private article(
    id: string,
    title: Sentence,
    sentences: Sentence[],
    outlet: string,
    credits: string[],
  ): Article {
    const { body, mentions } = assemble(sentences);
    const text = `${plain(title)}\n\n${body}`;
    return {
      id,
      source: `synthetic:${this.o.seed}`,
      contentHash: createHash('sha256').update(text).digest('hex'),
      raw: { source: `synthetic:${this.o.seed}`, format: 'text', id, text, outlet, title: plain(title) },
      title: plain(title),
      outlet,
      published: new Date(this.clock).toISOString(),
      publishedFrom: 'input',
      dateline: null,
      credits,
      body,
      removed: [],
      mentions,
    };
  }
}
