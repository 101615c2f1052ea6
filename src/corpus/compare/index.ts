/**
 * The compare stage: for every story told by two outlets or more, what each outlet alone
 * reports (`story.outlets`): see unique.ts.
 */
import type { Article } from '../../doc/types.ts';
import type { CorpusStage } from '../../pipeline/stage.ts';
import { reusedStory } from '../reuse/index.ts';
import { outletUniques } from './unique.ts';

export { outletUniques } from './unique.ts';

export const compareStage: CorpusStage = {
  name: 'compare',
  requires: ['stories', 'article.quotes', 'article.mentions', 'article.sentences'],
  assigns: ['stories'],
  run(corpus) {
    const byId = new Map(corpus.articles.map((a) => [a.id, a]));
    for (const story of corpus.stories) {
      const kept = reusedStory(corpus, story.id);
      if (kept) {
        story.outlets = kept.outlets;
        continue;
      }
      const articles = story.documents.map((id) => byId.get(id)).filter((a): a is Article => !!a);
      try {
        story.outlets = outletUniques(articles);
      } catch (err) {
        process.stderr.write(`rasd: outlet comparison of story ${story.id}: ${(err as Error).message}\n`);
        story.outlets = [];
      }
    }
  },
};
