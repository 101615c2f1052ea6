/**
 * Corpus stage `batchDates`: an article whose text writes no year (a browser copy of a page)
 * gets its publication date inferred with the years of the batch's articles that their page
 * dates (metadata, feed, the page's date stamp): pages saved together come from the same
 * months. Articles the text already dates, or with no date clues, are left as they are.
 * The result says where it came from (`publishedFrom: 'batch'`) and how sure it is.
 */
import type { Article, Corpus } from '../../doc/types.ts';
import type { CorpusStage } from '../../pipeline/stage.ts';
import { extractDates } from './index.ts';

/** Dates guessed from the text or from the batch do not date the batch. */
const GUESSED = new Set(['text', 'batch']);
/** A batch spanning more years than this is an archive: its years say little about one page. */
const MAX_CONTEXT_YEARS = 2;

/** Years of the articles their page dates, or null when they say too little. */
export function batchYears(articles: Article[]): number[] | null {
  const years = new Set<number>();
  for (const a of articles)
    if (a.published && !GUESSED.has(a.publishedFrom ?? '')) years.add(Number(a.published.slice(0, 4)));
  const out = [...years].filter((y) => y > 1900).sort();
  return out.length && out.length <= MAX_CONTEXT_YEARS ? out : null;
}

/** Infer the dates of undated articles with the batch's years (see module header). */
export function dateInBatch(articles: Article[]): number {
  // A date the batch gave on an earlier run is redone: the batch may have changed since.
  for (const a of articles)
    if (a.publishedFrom === 'batch') {
      a.published = null;
      a.publishedFrom = undefined;
      a.publishedConfidence = undefined;
    }
  const years = batchYears(articles);
  if (!years) return 0;
  let dated = 0;
  for (const a of articles) {
    if (a.published) continue;
    const dates = extractDates(a, { contextYears: years });
    if (!a.published) continue;
    a.dates = dates;
    a.publishedFrom = 'batch';
    dated++;
  }
  return dated;
}

export const batchDatesStage: CorpusStage = {
  name: 'batchDates',
  requires: ['articles', 'article.published', 'article.dates'],
  assigns: ['article.published', 'article.dates'],
  run(corpus: Corpus) {
    dateInBatch(corpus.articles);
  },
};
