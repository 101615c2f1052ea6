/**
 * The summary stage: a cited multi-document summary for every story (`story.summary`) and
 * every thread (`thread.summary`). See multi.ts for the method and README.md for the figures.
 */
import type { Article } from '../../doc/types.ts';
import type { CorpusStage } from '../../pipeline/stage.ts';
import { reusedStory, reusedThread } from '../reuse/index.ts';
import { DEFAULT_STORY_SUMMARY, DEFAULT_THREAD_SUMMARY, summarizeArticles } from './multi.ts';

export { DEFAULT_STORY_SUMMARY, DEFAULT_THREAD_SUMMARY, summarizeArticles } from './multi.ts';
export { DEFAULT_TEXT_SENTENCES, summarizeText } from './single.ts';

/** Articles of the given ids, in the order given, skipping unknown ids. */
function articlesOf(byId: Map<string, Article>, ids: string[]): Article[] {
  return ids.map((id) => byId.get(id)).filter((a): a is Article => !!a);
}

function report(what: string, err: unknown): void {
  process.stderr.write(`rasd: summary of ${what}: ${(err as Error).message}\n`);
}

export const summaryStage: CorpusStage = {
  name: 'summary',
  requires: ['stories', 'threads', 'article.sentences', 'article.quotes'],
  assigns: ['stories', 'threads'],
  run(corpus) {
    const stories = new Map(corpus.stories.map((s) => [s.id, s]));
    // One map for all stories: building it per story made the stage quadratic in the corpus.
    const byId = new Map(corpus.articles.map((a) => [a.id, a]));
    for (const story of corpus.stories) {
      const kept = reusedStory(corpus, story.id);
      if (kept) {
        story.summary = kept.summary;
        continue;
      }
      try {
        story.summary = summarizeArticles(articlesOf(byId, story.documents), DEFAULT_STORY_SUMMARY);
      } catch (err) {
        report(`story ${story.id}`, err);
        story.summary = [];
      }
    }
    for (const thread of corpus.threads) {
      const kept = reusedThread(corpus, thread.id);
      if (kept) {
        thread.summary = kept.summary;
        continue;
      }
      try {
        const ids = thread.stories.flatMap((id) => stories.get(id)?.documents ?? []);
        thread.summary = summarizeArticles(articlesOf(byId, [...new Set(ids)]), DEFAULT_THREAD_SUMMARY);
      } catch (err) {
        report(`thread ${thread.id}`, err);
      }
    }
  },
};
