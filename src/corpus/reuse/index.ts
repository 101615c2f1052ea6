/**
 * Corpus stage `reuse`: a refresh over a stored corpus keeps the results of the stories nothing
 * touched. The per-story stages (timeline, summary, outlet comparison, contradictions) are pure
 * functions of a story's articles: their content, which never changes once stored, and their
 * links (story, origin, entity ids, a batch date). So a story whose id, members and members'
 * links are the same as at the last refresh, under the same code, gets the same results, and a
 * refresh that adds a few articles to a large archive recomputes only the stories they join.
 * Those stages were most of a refresh's time (about 60% on generated news streams).
 *
 * The key of a story hashes all of that; a thread's key hashes its id and its stories' keys.
 * The code's version is a hash of the sources and lexicons, so any change of rasd recomputes
 * everything once.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type {
  Article,
  Contradiction,
  Corpus,
  OutletUnique,
  Story,
  SummarySentence,
  Thread,
  TimelineEvent,
} from '../../doc/types.ts';
import type { CorpusStage } from '../../pipeline/stage.ts';
import { linksOf } from '../../store/serialize.ts';
import { DATA_DIR, PROJECT_ROOT } from '../../util/paths.ts';

/** Results of the last refresh, as the store holds them. */
export interface PriorResults {
  stories: Map<string, { key: string; summary: SummarySentence[]; outlets?: OutletUnique[] }>;
  threads: Map<string, { key: string; summary?: SummarySentence[] }>;
  /** Timeline events by story. */
  events: Map<string, TimelineEvent[]>;
  /** Contradictions within one story, by story. */
  storyContradictions: Map<string, Contradiction[]>;
  /** Contradictions across the stories of a thread, by thread. */
  threadContradictions: Map<string, Contradiction[]>;
}

/** Stored rows of the last refresh. */
export interface PriorRows {
  stories: Array<{ key: string | null; data: Story }>;
  threads: Array<{ key: string | null; data: Thread }>;
  events: TimelineEvent[];
  contradictions: Contradiction[];
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The prior results of stored rows (rows without a key, written before keys existed, are left out). */
export function priorFrom(rows: PriorRows): PriorResults {
  const prior: PriorResults = {
    stories: new Map(),
    threads: new Map(),
    events: new Map(),
    storyContradictions: new Map(),
    threadContradictions: new Map(),
  };
  for (const { key, data } of rows.stories)
    if (key) prior.stories.set(data.id, { key, summary: data.summary, outlets: data.outlets });
  for (const { key, data } of rows.threads)
    if (key) prior.threads.set(data.id, { key, summary: data.summary });
  for (const e of rows.events) if (e.storyId) push(prior.events, e.storyId, e);
  for (const c of rows.contradictions) {
    if (c.threadId) push(prior.threadContradictions, c.threadId, c);
    else if (c.storyId) push(prior.storyContradictions, c.storyId, c);
  }
  return prior;
}

/** What the reuse stage decided: keys to store, and the stories and threads whose results hold. */
export interface ReuseState {
  prior: PriorResults;
  storyKeys: Map<string, string>;
  threadKeys: Map<string, string>;
  stories: Set<string>;
  threads: Set<string>;
}

let version: string | undefined;

/** Files under `dir` (recursively), tests left out. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && !/\.test\.ts$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** A hash of rasd's sources and data files: results made by other code are not reused. */
export function codeVersion(): string {
  if (version) return version;
  const h = createHash('sha1');
  try {
    for (const f of [...filesUnder(join(PROJECT_ROOT, 'src')), ...filesUnder(DATA_DIR)]) {
      h.update(relative(PROJECT_ROOT, f));
      h.update(readFileSync(f));
    }
  } catch {
    // Sources not readable (an unusual install): no stored result is trusted, none is lost.
    h.update(`${process.pid}:${Date.now()}:${Math.random()}`);
  }
  version = h.digest('hex').slice(0, 16);
  return version;
}

/** The key of a story: its id, its members and their links, under this code. */
export function storyKey(story: Story, byId: Map<string, Article>): string {
  const h = createHash('sha1').update(codeVersion()).update(story.id);
  for (const id of story.documents) {
    const a = byId.get(id);
    h.update(`\u0001${id}\u0002${a?.duplicateOf ?? ''}\u0002${a ? linksOf(a) : ''}`);
  }
  return h.digest('hex');
}

/** Compute the keys and decide which stored results still hold. */
export function decideReuse(corpus: Corpus, prior: PriorResults): ReuseState {
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  const state: ReuseState = {
    prior,
    storyKeys: new Map(),
    threadKeys: new Map(),
    stories: new Set(),
    threads: new Set(),
  };
  for (const s of corpus.stories) {
    const key = storyKey(s, byId);
    state.storyKeys.set(s.id, key);
    if (prior.stories.get(s.id)?.key === key) state.stories.add(s.id);
  }
  for (const t of corpus.threads) {
    const h = createHash('sha1').update(t.id);
    for (const id of t.stories) h.update(`\u0001${state.storyKeys.get(id) ?? id}`);
    const key = h.digest('hex');
    state.threadKeys.set(t.id, key);
    if (prior.threads.get(t.id)?.key === key) state.threads.add(t.id);
  }
  return state;
}

/** The prior results of a story when they hold, else undefined. */
export function reusedStory(corpus: Corpus, id: string | undefined) {
  return id !== undefined && corpus.reuse?.stories.has(id) ? corpus.reuse.prior.stories.get(id) : undefined;
}

/** The prior results of a thread when they hold, else undefined. */
export function reusedThread(corpus: Corpus, id: string) {
  return corpus.reuse?.threads.has(id) ? corpus.reuse.prior.threads.get(id) : undefined;
}

export const reuseStage: CorpusStage = {
  name: 'reuse',
  requires: ['stories', 'threads', 'entities', 'article.storyId', 'article.duplicateOf'],
  assigns: [],
  run(corpus) {
    if (corpus.prior) corpus.reuse = decideReuse(corpus, corpus.prior);
  },
};
