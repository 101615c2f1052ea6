/**
 * The PostgreSQL work queue: `enqueue` adds raw inputs; workers claim one at a time with
 * FOR UPDATE SKIP LOCKED, process and store it in the same transaction, so a crash returns the
 * item to the queue and nothing is stored twice. When the queue drains, the corpus-level
 * results are recomputed under an advisory lock (deterministic, so any worker may do it).
 */
import type { RawInput } from '../doc/types.ts';
import { analyzeCorpus, processArticle } from '../pipeline/run.ts';
import { insertArticle, type PostgresStore } from './postgres.ts';

/** Advisory lock key that serializes corpus refreshes across workers. */
export const CORPUS_LOCK = 727302;

export async function enqueue(store: PostgresStore, inputs: RawInput[]): Promise<number> {
  if (!inputs.length) return 0;
  return store.tx(async (c) => {
    for (const input of inputs)
      await c.query('INSERT INTO queue (input) VALUES ($1)', [JSON.stringify(input)]);
    return inputs.length;
  });
}

export interface WorkerStats {
  processed: number;
  stored: number;
  failed: number;
  refreshed: boolean;
}

/** Claim and process one queued item. Returns false when the queue has nothing left to claim. */
export async function workOne(store: PostgresStore, stats: WorkerStats): Promise<boolean> {
  return store.tx(async (c) => {
    const { rows } = await c.query(
      "SELECT id, input FROM queue WHERE status = 'queued' ORDER BY id FOR UPDATE SKIP LOCKED LIMIT 1",
    );
    if (!rows.length) return false;
    const { id, input } = rows[0] as { id: string; input: RawInput };
    stats.processed++;
    try {
      const article = processArticle(input);
      await c.query('SAVEPOINT article');
      const outcome = await insertArticle(c, article);
      if (outcome === 'added') stats.stored++;
      await c.query(
        "UPDATE queue SET status = 'done', article_id = $2, attempts = attempts + 1 WHERE id = $1",
        [id, article.id],
      );
    } catch (err) {
      stats.failed++;
      await c.query('ROLLBACK TO SAVEPOINT article').catch(() => {});
      await c.query("UPDATE queue SET status = 'failed', error = $2, attempts = attempts + 1 WHERE id = $1", [
        id,
        (err as Error).message,
      ]);
    }
    return true;
  });
}

/** Recompute stories and the rest over all stored articles, one worker at a time. */
export async function refreshCorpusLocked(store: PostgresStore): Promise<void> {
  const c = await store.pool.connect();
  try {
    await c.query('SELECT pg_advisory_lock($1)', [CORPUS_LOCK]);
    // Another worker may have refreshed while this one waited for the lock: skip if nothing is new.
    if ((await store.countArticles({ unassigned: true })) === 0) return;
    const articles = await store.listArticles();
    await store.saveCorpus(analyzeCorpus(articles));
  } finally {
    await c.query('SELECT pg_advisory_unlock($1)', [CORPUS_LOCK]).catch(() => {});
    c.release();
  }
}

/** Work until the queue is empty, then refresh the corpus if this worker stored anything. */
export async function drainQueue(
  store: PostgresStore,
  onProgress?: (s: WorkerStats) => void,
): Promise<WorkerStats> {
  const stats: WorkerStats = { processed: 0, stored: 0, failed: 0, refreshed: false };
  while (await workOne(store, stats)) onProgress?.(stats);
  if (stats.stored > 0) {
    await refreshCorpusLocked(store);
    stats.refreshed = true;
  }
  return stats;
}

/** Items still queued, done and failed. */
export async function queueCounts(store: PostgresStore): Promise<Record<string, number>> {
  const c = await store.pool.connect();
  try {
    await c.query(`SET search_path TO "${store.schema}", public`);
    const { rows } = await c.query('SELECT status, count(*)::int AS n FROM queue GROUP BY status');
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  } finally {
    c.release();
  }
}
