/**
 * The timeline stage: one event per dated happening of each story, merged across documents
 * with all their evidence, scheduled events marked, oldest first (`corpus.timeline`).
 */
import type { Article, Corpus, TimelineEvent } from '../../doc/types.ts';
import type { CorpusStage } from '../../pipeline/stage.ts';
import { reusedStory } from '../reuse/index.ts';
import { articleEvents } from './events.ts';
import { compareEvents, groupHappenings, toEvent } from './merge.ts';

export { articleEvents } from './events.ts';

/** The timeline of a set of articles (one story, a thread, or the whole corpus). */
export function buildTimeline(articles: Article[]): TimelineEvent[] {
  const cands = articles.filter((a) => !a.duplicateOf).flatMap(articleEvents);
  return groupHappenings(cands).map(toEvent).sort(compareEvents);
}

/** The events of the given stories, from a built corpus timeline. */
export function timelineOf(corpus: Corpus, storyIds: string[]): TimelineEvent[] {
  const ids = new Set(storyIds);
  return corpus.timeline.filter((e) => e.storyId !== undefined && ids.has(e.storyId));
}

/**
 * The timeline of a thread: its stories' articles, with a happening told in two stories merged
 * into one event (its `storyId` is the story that told it first).
 */
export function threadTimeline(corpus: Corpus, threadId: string): TimelineEvent[] {
  const thread = corpus.threads.find((t) => t.id === threadId);
  if (!thread) return [];
  const ids = new Set(thread.stories);
  const articles = corpus.articles.filter(
    (a) => !a.duplicateOf && a.storyId !== undefined && ids.has(a.storyId),
  );
  return groupHappenings(articles.flatMap(articleEvents), undefined, true).map(toEvent).sort(compareEvents);
}

export const timelineStage: CorpusStage = {
  name: 'timeline',
  requires: ['article.dates', 'article.storyId', 'article.sentences'],
  assigns: ['timeline'],
  run(corpus) {
    const articles: Article[] = [];
    const kept: TimelineEvent[] = [];
    const keptStories = new Set<string>();
    for (const a of corpus.articles) {
      if (a.storyId !== undefined && reusedStory(corpus, a.storyId)) {
        if (!keptStories.has(a.storyId)) kept.push(...(corpus.reuse?.prior.events.get(a.storyId) ?? []));
        keptStories.add(a.storyId);
        continue;
      }
      try {
        articleEvents(a);
        articles.push(a);
      } catch (err) {
        process.stderr.write(`rasd: timeline of ${a.source}: ${(err as Error).message}\n`);
      }
    }
    // Events are grouped within a story, so the kept stories' events join the others unchanged.
    corpus.timeline = kept.length
      ? [...buildTimeline(articles), ...kept].sort(compareEvents)
      : buildTimeline(articles);
  },
};
