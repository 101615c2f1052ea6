/**
 * Threads stage: links stories of one developing topic over days and weeks (shared entities,
 * key terms, time decay) and sets `threadId` on every story. Story profiles are aggregated
 * from their articles, weighted by TF-IDF over stories; stories are linked in order of first
 * publication. A thread's title is the title of its largest story (ties: the earliest).
 */
import type { Article, Corpus, Story, Thread } from '../../doc/types.ts';
import type { CorpusStage } from '../../pipeline/stage.ts';
import { publishedMs } from '../dedup/index.ts';
import { articleCounts, internCounts, tfidf, Vocab } from '../similarity/features.ts';
import { type StoryProfile, ThreadIndex, type ThreadOptions } from './thread-index.ts';

export {
  DEFAULT_THREAD_OPTIONS,
  type StoryProfile,
  ThreadIndex,
  type ThreadOptions,
} from './thread-index.ts';

/** Sum article counts per story and weight them by TF-IDF over stories. */
export function storyProfiles(stories: Story[], articles: Article[]): StoryProfile[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const vocab = new Vocab();
  const docs = stories.map((s) => {
    const terms = new Map<string, number>();
    const entities = new Map<string, number>();
    let first = Number.NaN;
    let last = Number.NaN;
    for (const id of s.documents) {
      const a = byId.get(id);
      if (!a) continue;
      const c = articleCounts(a);
      for (const [k, v] of c.terms) terms.set(k, (terms.get(k) ?? 0) + v);
      for (const [k, v] of c.entities) entities.set(k, (entities.get(k) ?? 0) + v);
      const t = publishedMs(a);
      if (!Number.isNaN(t)) {
        first = Number.isNaN(first) ? t : Math.min(first, t);
        last = Number.isNaN(last) ? t : Math.max(last, t);
      }
    }
    const ids = internCounts(vocab, { terms, entities });
    vocab.observe([...ids.terms.map((e) => e[0]), ...ids.entities.map((e) => e[0])]);
    return { id: s.id, first, last, ids };
  });
  return docs.map((d) => ({
    id: d.id,
    first: d.first,
    last: d.last,
    text: tfidf(vocab, d.ids.terms, 60),
    ents: tfidf(vocab, d.ids.entities, 24),
    entCounts: new Map(d.ids.entities),
  }));
}

/** Link `stories` into threads (sets `story.threadId`); returns the threads. */
export function buildThreads(
  stories: Story[],
  articles: Article[],
  options: Partial<ThreadOptions> = {},
): Thread[] {
  const profiles = storyProfiles(stories, articles);
  const time = (p: StoryProfile) => (Number.isNaN(p.first) ? Number.POSITIVE_INFINITY : p.first);
  const order = profiles
    .slice()
    .sort((a, b) => time(a) - time(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new ThreadIndex(options);
  for (const p of order) index.add(p, `t-${p.id.replace(/^s-/, '')}`);
  const byId = new Map(stories.map((s) => [s.id, s]));
  return index.list().map((t) => {
    for (const sid of t.stories) byId.get(sid)!.threadId = t.id;
    const largest = t.stories
      .map((sid) => byId.get(sid)!)
      .reduce((best, s) => (s.documents.length > best.documents.length ? s : best));
    return { id: t.id, stories: t.stories, title: largest.title };
  });
}

export const threadsStage: CorpusStage = {
  name: 'threads',
  requires: ['stories'],
  assigns: ['threads'],
  run(corpus: Corpus) {
    corpus.threads = buildThreads(corpus.stories, corpus.articles);
  },
};
