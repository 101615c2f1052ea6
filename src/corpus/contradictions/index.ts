/**
 * The contradictions stage: within each story, the same fact told with different values by
 * different outlets (a date, a count, a place, a speaker), each with the claims and their
 * spans (`corpus.contradictions`). See find.ts for the method.
 *
 * Then across the stories of each thread: outlets that cover one topic in separate stories still
 * restate its shared facts (the date of an earlier summit, a toll), and a disagreement there is
 * as real. Only claims from two different stories are added, so nothing is reported twice.
 */
import type { Article, Contradiction, Corpus, Story } from '../../doc/types.ts';
import type { CorpusStage } from '../../pipeline/stage.ts';
import { reusedStory, reusedThread } from '../reuse/index.ts';
import { representativeArticles } from '../summary/units.ts';
import { type DocContext, docContext, setStoryYear } from './context.ts';
import { findContradictions } from './find.ts';

/**
 * Contradictions among articles of one story (duplicates left out: a copy is not a second
 * outlet). `contexts` keeps the articles' contexts for a later call over the same articles (a
 * context tokenizes the article and finds its dates again: most of this stage's time).
 */
export function storyContradictions(
  articles: Article[],
  storyId?: string,
  contexts?: Map<string, DocContext>,
): Contradiction[] {
  const ctxs: DocContext[] = [];
  for (const a of articles) {
    if (a.duplicateOf) continue;
    try {
      const c = contexts?.get(a.id) ?? docContext(a);
      contexts?.set(a.id, c);
      if (storyId !== undefined) c.storyId = storyId;
      ctxs.push(c);
    } catch (err) {
      process.stderr.write(`rasd: contradictions: ${a.source}: ${(err as Error).message}\n`);
    }
  }
  setStoryYear(ctxs);
  return findContradictions(ctxs);
}

/** Articles of one thread compared at most (the finder is quadratic in them). */
export const MAX_THREAD_ARTICLES = 40;

function safely(label: string, fn: () => Contradiction[]): Contradiction[] {
  try {
    return fn();
  } catch (err) {
    process.stderr.write(`rasd: contradictions of ${label}: ${(err as Error).message}\n`);
    return [];
  }
}

/**
 * Claims further apart than this in publication time are about different events of the thread
 * (a first and a second round of talks), not one fact told two ways.
 */
export const THREAD_CLAIM_WINDOW_MS = 7 * 24 * 3600 * 1000;

function withinWindow(c: Contradiction, byId: Map<string, Article>): boolean {
  const times = c.claims
    .map((x) => Date.parse(byId.get(x.document)?.published ?? ''))
    .filter((t) => !Number.isNaN(t));
  return times.length < 2 || Math.max(...times) - Math.min(...times) <= THREAD_CLAIM_WINDOW_MS;
}

/**
 * Contradictions whose claims come from different stories of one thread, close in time, over
 * its articles (the stories' own contexts reused).
 */
function threadContradictions(
  threadId: string,
  articles: Article[],
  byId: Map<string, Article>,
  contexts: Map<string, DocContext>,
): Contradiction[] {
  if (new Set(articles.map((a) => a.storyId)).size < 2) return [];
  const found = safely(`thread ${threadId}`, () =>
    storyContradictions(representativeArticles(articles, MAX_THREAD_ARTICLES), undefined, contexts),
  );
  const out: Contradiction[] = [];
  for (const c of found) {
    // Places and speakers differ between events of one topic by nature; dates and counts of
    // one fact do not.
    if (c.kind !== 'date' && c.kind !== 'number') continue;
    const stories = new Set(c.claims.map((x) => byId.get(x.document)?.storyId));
    if (stories.size < 2 || !withinWindow(c, byId)) continue;
    out.push({ ...c, storyId: byId.get(c.claims[0].document)?.storyId, threadId });
  }
  return out;
}

/** The stories of each thread (stories without a thread each alone), in corpus order. */
function storyGroups(stories: Story[]): Array<{ threadId?: string; stories: Story[] }> {
  const groups = new Map<string, { threadId?: string; stories: Story[] }>();
  for (const s of stories) {
    const key = s.threadId ? `t:${s.threadId}` : `s:${s.id}`;
    const g = groups.get(key) ?? { threadId: s.threadId || undefined, stories: [] };
    g.stories.push(s);
    groups.set(key, g);
  }
  return [...groups.values()];
}

export const contradictionsStage: CorpusStage = {
  name: 'contradictions',
  requires: ['stories', 'threads', 'article.dates', 'article.quotes', 'article.mentions', 'article.storyId'],
  assigns: ['contradictions'],
  run(corpus: Corpus) {
    const byId = new Map(corpus.articles.map((a) => [a.id, a]));
    const articlesOf = (ids: string[]) => ids.map((id) => byId.get(id)).filter((a): a is Article => !!a);
    const inStories = new Map<string, Contradiction[]>();
    const acrossStories: Contradiction[] = [];
    // Thread by thread, so the contexts its stories built serve the thread's own comparison and
    // are dropped after it (the memory of one thread, not of the corpus).
    for (const group of storyGroups(corpus.stories)) {
      const contexts = new Map<string, DocContext>();
      for (const s of group.stories) {
        if (s.documents.length < 2) continue;
        const kept = reusedStory(corpus, s.id);
        const found = kept
          ? (corpus.reuse?.prior.storyContradictions.get(s.id) ?? [])
          : safely(`story ${s.id}`, () => storyContradictions(articlesOf(s.documents), s.id, contexts));
        inStories.set(s.id, found);
      }
      const threadId = group.threadId;
      if (!threadId) continue;
      if (reusedThread(corpus, threadId))
        acrossStories.push(...(corpus.reuse?.prior.threadContradictions.get(threadId) ?? []));
      else
        acrossStories.push(
          ...threadContradictions(
            threadId,
            articlesOf(group.stories.flatMap((s) => s.documents)),
            byId,
            contexts,
          ),
        );
    }
    corpus.contradictions = [...corpus.stories.flatMap((s) => inStories.get(s.id) ?? []), ...acrossStories];
  },
};
