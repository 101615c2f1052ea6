/**
 * Many workers on one PostgreSQL queue: the same articles processed by K worker processes and
 * by one, compared: same stories, no article lost, none twice. Also gives the throughput of
 * each run for the speed-up figure.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { generateStream } from '../../src/corpus/stream/generator.ts';
import { dropSchema, freshSchemaUrl, TEST_PG_URL } from '../../src/store/postgres-env.ts';
import { startRasd, within } from './harness.ts';
import { synthJsonl } from './synth.ts';

export interface WorkersRun {
  workers: number;
  seconds: number;
  articlesPerSec: number;
  stored: number;
  distinct: number;
  queueLeft: number;
  /** Seconds the corpus refresh took (the serial part of a run), from the workers' summary lines. */
  refreshSeconds: number;
  /** Story partition: sorted lists of article ids, one per story, sorted. */
  partition: string[][];
  /**
   * Cores the machine kept busy on average while the workers ran (workers, PostgreSQL, GC
   * threads, anything else running), from /proc/stat; null where that is not readable.
   */
  coresBusy: number | null;
}

async function query(url: string, sql: string): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    await client.query(`SET search_path TO "${new URL(url).searchParams.get('schema')}"`);
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Queue `dir` into a fresh schema and drain it with `workers` processes. */
export async function runWorkers(dir: string, workers: number): Promise<WorkersRun> {
  const url = freshSchemaUrl(`rasd_w${workers}`);
  try {
    const q = await within(startRasd(['ingest', dir, '--db', url, '--queue']), 5 * 60_000);
    if (q.code !== 0) throw new Error(`queueing failed: ${q.stderr.slice(0, 300)}`);
    const started = performance.now();
    const ticks = cpuTicks();
    const runs = Array.from({ length: workers }, () => startRasd(['worker', '--db', url]));
    const results = await Promise.all(runs.map((r) => within(r, 30 * 60_000)));
    const seconds = (performance.now() - started) / 1000;
    const coresBusy = busyBetween(ticks, cpuTicks());
    const refreshSeconds = Math.max(0, ...results.map((r) => refreshOf(r.stderr)));
    const bad = results.find((r) => r.code !== 0);
    if (bad) throw new Error(`a worker exited ${bad.code}: ${bad.stderr.slice(0, 300)}`);
    const [{ stored, distinct }] = await query(
      url,
      'SELECT count(*)::int AS stored, count(DISTINCT content_hash)::int AS distinct FROM articles',
    );
    const [{ left }] = await query(url, "SELECT count(*)::int AS left FROM queue WHERE status <> 'done'");
    const rows = await query(
      url,
      'SELECT story_id, array_agg(id ORDER BY id) AS ids FROM articles GROUP BY story_id',
    );
    const partition = rows
      .map((r) => (r.ids as string[]).slice().sort())
      .sort((a, b) => a[0].localeCompare(b[0]));
    return {
      workers,
      seconds,
      articlesPerSec: (stored as number) / seconds,
      stored: stored as number,
      distinct: distinct as number,
      queueLeft: left as number,
      refreshSeconds,
      partition,
      coresBusy,
    };
  } finally {
    await dropSchema(url).catch(() => {});
  }
}

/** Seconds of the corpus refresh a worker reports ("...; corpus refresh 2.8 s"), 0 if none. */
function refreshOf(stderr: string): number {
  const m = /corpus refresh ([\d.]+) s/.exec(stderr);
  return m ? Number(m[1]) : 0;
}

/** A folder of `n` synthetic articles as JSONL (caller removes it). */
export function synthFolder(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-workers-'));
  for (let i = 0; i < n; i += 1000)
    writeFileSync(join(dir, `part-${i / 1000}.jsonl`), synthJsonl(i, Math.min(1000, n - i)));
  return dir;
}

/**
 * A folder of `n` generated news articles (src/corpus/stream: stories, threads, copies, noise) as
 * JSONL: the synthetic articles above are near copies of one another, which makes the corpus
 * refresh cheap-looking in one way and costly in another; this is closer to a news desk's feed.
 */
export function streamFolder(n: number, seed = 7): string {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-workers-'));
  const lines: string[] = [];
  for (const { article: a } of generateStream({ count: n, seed }))
    lines.push(
      JSON.stringify({ id: a.id, title: a.title, text: a.body, outlet: a.outlet, published: a.published }),
    );
  for (let i = 0; i < lines.length; i += 1000)
    writeFileSync(join(dir, `part-${i / 1000}.jsonl`), `${lines.slice(i, i + 1000).join('\n')}\n`);
  return dir;
}

export function removeFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

type Ticks = { busy: number; total: number } | null;

/** Busy and total CPU ticks of the machine (Linux /proc/stat), or null elsewhere. */
function cpuTicks(): Ticks {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = cpu[3] + (cpu[4] ?? 0);
    const total = cpu.reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/** Cores busy on average between two readings. */
function busyBetween(a: Ticks, b: Ticks): number | null {
  if (!a || !b || b.total === a.total) return null;
  return ((b.busy - a.busy) / (b.total - a.total)) * availableParallelism();
}
