/**
 * The PostgreSQL work queue: `enqueue` adds raw inputs; workers claim a few items at a time with
 * FOR UPDATE SKIP LOCKED, process and store them in the same transaction, so a crash returns the
 * items to the queue and nothing is stored twice. When the queue drains, the corpus-level
 * results are recomputed under an advisory lock (deterministic, so any worker may do it).
 */
import type { PoolClient } from 'pg';
import type { Article, RawInput } from '../doc/types.ts';
import { processArticle, withoutNul } from '../pipeline/run.ts';
import { insertArticle, insertArticles, type PostgresStore } from './postgres.ts';
import { refreshCorpus } from './refresh.ts';

/** Advisory lock key that serializes corpus refreshes across workers. */
export const CORPUS_LOCK = 727302;

export async function enqueue(store: PostgresStore, inputs: RawInput[]): Promise<number> {
  if (!inputs.length) return 0;
  return store.tx(async (c) => {
    for (const input of inputs)
      await c.query('INSERT INTO queue (input) VALUES ($1)', [JSON.stringify(withoutNul(input))]);
    return inputs.length;
  });
}

export interface WorkerStats {
  processed: number;
  stored: number;
  failed: number;
  refreshed: boolean;
  /** Time spent processing items, and waiting for or running the corpus refresh. */
  workMs: number;
  refreshMs: number;
}

/** Items a worker claims per transaction: fewer round trips and commits per article. */
export const CLAIM_BATCH = 8;

type Claimed = { id: string; input: RawInput };
type Outcome = { item: Claimed; article?: Article; error?: string };

/**
 * Claim up to CLAIM_BATCH queued items, process them and store the articles in the same
 * transaction. Returns false when the queue has nothing left to claim.
 */
export async function workOne(store: PostgresStore, stats: WorkerStats): Promise<boolean> {
  return store.tx(async (c) => {
    const { rows } = await c.query(
      "SELECT id, input FROM queue WHERE status = 'queued' ORDER BY id FOR UPDATE SKIP LOCKED LIMIT $1",
      [CLAIM_BATCH],
    );
    if (!rows.length) return false;
    const outcomes = (rows as Claimed[]).map(processItem);
    const ok = outcomes.filter((o) => o.article);
    await c.query('SAVEPOINT batch');
    try {
      const stored = await insertArticles(
        c,
        ok.map((o) => o.article as Article),
      );
      stats.stored += stored.filter((x) => x === 'added').length;
    } catch {
      // One article the database refuses must not fail the others: store them one by one.
      await c.query('ROLLBACK TO SAVEPOINT batch');
      for (const o of ok) await storeAlone(c, o, stats);
    }
    stats.processed += outcomes.length;
    stats.failed += outcomes.filter((o) => o.error).length;
    await markItems(c, outcomes);
    return true;
  });
}

function processItem(item: Claimed): Outcome {
  try {
    return { item, article: processArticle(item.input) };
  } catch (err) {
    return { item, error: (err as Error).message };
  }
}

async function storeAlone(c: PoolClient, o: Outcome, stats: WorkerStats): Promise<void> {
  await c.query('SAVEPOINT article');
  try {
    if ((await insertArticle(c, o.article as Article)) === 'added') stats.stored++;
  } catch (err) {
    await c.query('ROLLBACK TO SAVEPOINT article');
    o.error = (err as Error).message;
    o.article = undefined;
  }
}

/** Mark each claimed item done (with its article id) or failed (with the error). */
async function markItems(c: PoolClient, outcomes: Outcome[]): Promise<void> {
  await c.query(
    `UPDATE queue q SET status = u.status, article_id = u.article_id, error = u.error, attempts = q.attempts + 1
     FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[]) AS u(id, status, article_id, error)
     WHERE q.id = u.id`,
    [
      outcomes.map((o) => o.item.id),
      outcomes.map((o) => (o.error ? 'failed' : 'done')),
      outcomes.map((o) => (o.error ? null : (o.article?.id ?? null))),
      outcomes.map((o) => o.error ?? null),
    ],
  );
}

/**
 * Recompute stories and the rest over all stored articles, one worker at a time. Returns false
 * when there was nothing new to place (another worker did it, or nothing was stored).
 */
export async function refreshCorpusLocked(store: PostgresStore): Promise<boolean> {
  const c = await store.pool.connect();
  try {
    await c.query('SELECT pg_advisory_lock($1)', [CORPUS_LOCK]);
    // Another worker may have refreshed while this one waited for the lock: skip if nothing is new.
    if ((await store.countArticles({ unassigned: true })) === 0) return false;
    await refreshCorpus(store);
    return true;
  } finally {
    await c.query('SELECT pg_advisory_unlock($1)', [CORPUS_LOCK]).catch(() => {});
    c.release();
  }
}

/**
 * Items still queued, claimed or not. A worker that finds nothing to claim while others still
 * hold items leaves the refresh to them: refreshing now would miss their articles and make
 * them refresh again, so K workers would run K full refreshes one after the other.
 */
async function queuedLeft(store: PostgresStore): Promise<number> {
  return store.tx(async (c) => {
    const { rows } = await c.query("SELECT count(*)::int AS n FROM queue WHERE status = 'queued'");
    return rows[0].n as number;
  });
}

/**
 * Work until the queue is empty; then, if no other worker still holds an item, refresh the
 * corpus (the last worker to finish does it; refreshCorpusLocked skips when nothing is new, so
 * stories also catch up after a worker that crashed before refreshing). `refresh: false` leaves
 * the refresh to a later call (a following worker spaces refreshes out, as each one is over the
 * whole corpus).
 */
export async function drainQueue(
  store: PostgresStore,
  onProgress?: (s: WorkerStats) => void,
  options: { refresh?: boolean } = {},
): Promise<WorkerStats> {
  const stats: WorkerStats = {
    processed: 0,
    stored: 0,
    failed: 0,
    refreshed: false,
    workMs: 0,
    refreshMs: 0,
  };
  const started = performance.now();
  while (await workOne(store, stats)) onProgress?.(stats);
  stats.workMs += performance.now() - started;
  if (options.refresh !== false && (await queuedLeft(store)) === 0) {
    const refreshing = performance.now();
    stats.refreshed = await refreshCorpusLocked(store);
    stats.refreshMs += performance.now() - refreshing;
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
