/** Opening the store for a command, and the ingest flow shared by `ingest` and `demo`. */
import type { Article, InputError } from '../../doc/types.ts';
import { DEFAULT_DB, openStore, type Store } from '../../store/index.ts';
import { refreshCorpus } from '../../store/refresh.ts';
import { reportInputError } from './io.ts';
import { loadArticles } from './load.ts';

/** Run `fn` with the store at `db` (default ./rasd.db), closing it afterwards. */
export async function withStore<T>(db: string | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(db ?? process.env.RASD_DB ?? DEFAULT_DB);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export interface IngestResult {
  added: number;
  existing: number;
  errors: InputError[];
}

/** Store each new article (one transaction each), then recompute the corpus-level results. */
export async function ingestPaths(store: Store, paths: string[], jobs = 0): Promise<IngestResult> {
  let added = 0;
  let existing = 0;
  const failed: InputError[] = [];
  const { errors, skipped } = await loadArticles(paths, {
    jobs,
    known: (hash) => store.hasContent(hash),
    onArticle: async (a: Article) => {
      try {
        if ((await store.putArticle(a)) === 'added') added++;
        else existing++;
      } catch (err) {
        const e = { source: a.source, message: `not stored: ${(err as Error).message}` };
        failed.push(e);
        reportInputError(e);
      }
    },
  });
  // Also after an interrupted run: articles stored but not yet in a story mean the corpus is stale.
  if (added > 0 || (await store.countArticles({ unassigned: true })) > 0) await refreshCorpus(store);
  return { added, existing: existing + skipped, errors: [...errors, ...failed] };
}
