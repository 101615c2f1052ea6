/**
 * The corpus refresh over a store: its articles through the corpus stages, with the stored
 * results of the last refresh for the stories nothing touched (corpus/reuse), saved in one
 * transaction. The CLI, the HTTP ingest, feed watching and the workers all refresh this way.
 */
import type { Corpus } from '../doc/types.ts';
import { analyzeCorpus } from '../pipeline/run.ts';
import type { Store } from './store.ts';

/** Recompute stories, threads, entities, timeline and contradictions; returns the saved corpus. */
export async function refreshCorpus(store: Store): Promise<Corpus> {
  const articles = await store.listArticles();
  const corpus = analyzeCorpus(articles, await store.priorResults());
  await store.saveCorpus(corpus);
  return corpus;
}
