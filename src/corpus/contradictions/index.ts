/**
 * The contradictions stage: within each story, the same fact told with different values by
 * different outlets (a date, a count, a place, a speaker), each with the claims and their
 * spans (`corpus.contradictions`). See find.ts for the method.
 */
import type { Article, Contradiction, Corpus } from '../../doc/types.ts';
import type { CorpusStage } from '../../pipeline/stage.ts';
import { type DocContext, docContext, setStoryYear } from './context.ts';
import { findContradictions } from './find.ts';

/** Contradictions among articles of one story (duplicates left out: a copy is not a second outlet). */
export function storyContradictions(articles: Article[], storyId?: string): Contradiction[] {
  const ctxs: DocContext[] = [];
  for (const a of articles) {
    if (a.duplicateOf) continue;
    try {
      const c = docContext(a);
      if (storyId !== undefined) c.storyId = storyId;
      ctxs.push(c);
    } catch (err) {
      process.stderr.write(`rasd: contradictions: ${a.source}: ${(err as Error).message}\n`);
    }
  }
  setStoryYear(ctxs);
  return findContradictions(ctxs);
}

export const contradictionsStage: CorpusStage = {
  name: 'contradictions',
  requires: ['stories', 'article.dates', 'article.quotes', 'article.mentions', 'article.storyId'],
  assigns: ['contradictions'],
  run(corpus: Corpus) {
    const byId = new Map(corpus.articles.map((a) => [a.id, a]));
    corpus.contradictions = corpus.stories.flatMap((s) => {
      if (s.documents.length < 2) return [];
      const articles = s.documents.map((id) => byId.get(id)).filter((a): a is Article => !!a);
      try {
        return storyContradictions(articles, s.id);
      } catch (err) {
        process.stderr.write(`rasd: contradictions of story ${s.id}: ${(err as Error).message}\n`);
        return [];
      }
    });
  },
};
