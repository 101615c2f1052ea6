/**
 * Stage types: a per-article stage is a pure function of one article; a corpus stage works on
 * the whole set. Each declares what it needs and what it fills, checked once at start-up.
 */
import type { Article, Corpus } from '../doc/types.ts';

export type ArticleField = keyof Article;
export type CorpusField = keyof Corpus | `article.${keyof Article}`;

export interface ArticleStage {
  name: string;
  requires: ArticleField[];
  assigns: ArticleField[];
  run(article: Article): void;
}

export interface CorpusStage {
  name: string;
  requires: CorpusField[];
  assigns: CorpusField[];
  run(corpus: Corpus): void;
}

/** Fields an article has as soon as it is created from a RawInput (before any stage). */
export const INITIAL_ARTICLE_FIELDS: ArticleField[] = ['id', 'source', 'contentHash', 'raw'];

/**
 * Verify that every stage's `requires` was assigned by an earlier stage (or is initial).
 * Throws naming the stage and the missing field: a wiring mistake must fail at start-up.
 */
export function checkStageOrder<F extends string>(
  stages: Array<{ name: string; requires: F[]; assigns: F[] }>,
  initial: F[],
): void {
  const have = new Set<F>(initial);
  for (const stage of stages) {
    for (const field of stage.requires) {
      if (!have.has(field)) {
        throw new Error(
          `pipeline: stage "${stage.name}" requires "${field}", which no earlier stage assigns`,
        );
      }
    }
    for (const field of stage.assigns) have.add(field);
  }
}
