/**
 * The pipeline, in order. Reading this file is reading what rasd does to an article and then
 * to the corpus. Each stage lives in its own folder under src/.
 */
import { cleanStage } from '../clean/index.ts';
import { compareStage } from '../corpus/compare/index.ts';
import { contradictionsStage } from '../corpus/contradictions/index.ts';
import { dedupStage } from '../corpus/dedup/index.ts';
import { resolveStage } from '../corpus/resolve/index.ts';
import { reuseStage } from '../corpus/reuse/index.ts';
import { storiesStage } from '../corpus/stories/index.ts';
import { summaryStage } from '../corpus/summary/index.ts';
import { threadsStage } from '../corpus/threads/index.ts';
import { timelineStage } from '../corpus/timeline/index.ts';
import { batchDatesStage } from '../extract/dates/batch.ts';
import { datesStage } from '../extract/dates/index.ts';
import { entitiesStage } from '../extract/entities/index.ts';
import { quotesStage } from '../extract/quotes/index.ts';
import { textStage } from '../text/stage.ts';
import type { ArticleStage, CorpusStage } from './stage.ts';
import { checkStageOrder, INITIAL_ARTICLE_FIELDS } from './stage.ts';

/** Per-article stages: pure functions of one article. */
export const ARTICLE_STAGES: ArticleStage[] = [
  cleanStage, // body, title, outlet, published, dateline, credits, removed
  textStage, // tokens, sentences, paragraphs
  entitiesStage, // mentions with titles and roles
  quotesStage, // quotes with speakers
  datesStage, // date expressions resolved against `published`
];

/** Corpus stages: work on the stored set, in this order. */
export const CORPUS_STAGES: CorpusStage[] = [
  batchDatesStage, // article.published of pages without a written year, from the batch's years
  dedupStage, // article.duplicateOf
  storiesStage, // stories, article.storyId
  threadsStage, // threads, story.threadId
  resolveStage, // entities (one per real-world entity), mention.entityId
  reuseStage, // which stories keep their stored results (a refresh over a stored corpus)
  timelineStage, // timeline
  summaryStage, // story.summary
  compareStage, // story.outlets
  contradictionsStage, // contradictions
];

checkStageOrder(ARTICLE_STAGES, INITIAL_ARTICLE_FIELDS);
checkStageOrder(CORPUS_STAGES, [
  'articles',
  ...ARTICLE_STAGES.flatMap((s) => s.assigns.map((f) => `article.${f}` as const)),
  ...INITIAL_ARTICLE_FIELDS.map((f) => `article.${f}` as const),
]);
