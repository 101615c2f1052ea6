/**
 * Crash safety: ingest thousands of articles, kill -9 the process at random points, rerun, and
 * check that the database is intact with every article exactly once and no orphan rows.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { dropSchema, freshSchemaUrl, TEST_PG_URL } from '../../src/store/postgres-env.ts';
import { killHard, seeded, sleep, startRasd, within } from './harness.ts';
import { synthJsonl } from './synth.ts';

export interface CrashFigures {
  runs: number;
  killed: number;
  survived: number;
  stored: number;
  lost: number;
  duplicates: number;
  orphans: number;
  integrity: string;
  unassigned: number;
}

function writeCorpus(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-crash-'));
  for (let i = 0; i < n; i += 1000)
    writeFileSync(join(dir, `part-${i / 1000}.jsonl`), synthJsonl(i, Math.min(1000, n - i)));
  return dir;
}

/** SQLite: `kills` interrupted `rasd ingest` runs, then one to completion. */
export async function crashSqlite(n = 10_000, kills = 5, seed = 7): Promise<CrashFigures> {
  const dir = writeCorpus(n);
  const db = join(dir, 'crash.db');
  const random = seeded(seed);
  let killed = 0;
  try {
    for (let k = 0; k < kills; k++) {
      const run = startRasd(['ingest', dir, '--db', db, '--jobs', '2']);
      await Promise.race([run.done, sleep(800 + random() * (2500 + 1500 * k))]);
      if (run.child.exitCode === null) killed++;
      killHard(run);
      await run.done;
    }
    const final = await within(startRasd(['ingest', dir, '--db', db, '--jobs', '2', '--json']), 15 * 60_000);
    if (final.code !== 0) throw new Error(`final ingest exited ${final.code}: ${final.stderr.slice(0, 500)}`);
    return { runs: kills + 1, killed, ...checkSqlite(db, n) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function checkSqlite(path: string, n: number): Omit<CrashFigures, 'runs' | 'killed'> {
  const db = new Database(path, { readonly: true });
  try {
    const one = (sql: string) => Object.values(db.prepare(sql).get() as object)[0] as number | string;
    const integrity = String(one('PRAGMA integrity_check'));
    const stored = Number(one('SELECT count(*) FROM articles'));
    const distinct = Number(one("SELECT count(DISTINCT id) FROM articles WHERE id LIKE 'synth-%'"));
    const orphans =
      Number(one('SELECT count(*) FROM removed WHERE article_id NOT IN (SELECT id FROM articles)')) +
      Number(one('SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)')) +
      Number(one('SELECT count(*) FROM quotes WHERE article_id NOT IN (SELECT id FROM articles)')) +
      Math.abs(Number(one('SELECT count(*) FROM articles_fts')) - stored);
    const unassigned = Number(one('SELECT count(*) FROM articles WHERE story_id IS NULL'));
    return {
      survived: integrity === 'ok' && distinct === n ? 1 : 0,
      stored,
      lost: n - distinct,
      duplicates: stored - distinct,
      orphans,
      integrity,
      unassigned,
    };
  } finally {
    db.close();
  }
}

/** PostgreSQL: 4 workers on a queue, workers killed at random points and restarted, then drained. */
export async function crashPostgres(n = 4000, kills = 5, seed = 11): Promise<CrashFigures> {
  const dir = writeCorpus(n);
  const url = freshSchemaUrl('rasd_crash');
  const random = seeded(seed);
  let killed = 0;
  try {
    const queued = await within(startRasd(['ingest', dir, '--db', url, '--queue', '--json']), 5 * 60_000);
    if (queued.code !== 0) throw new Error(`queueing failed: ${queued.stderr.slice(0, 500)}`);
    for (let k = 0; k < kills; k++) {
      const workers = Array.from({ length: 4 }, () => startRasd(['worker', '--db', url]));
      await sleep(1000 + random() * 3000);
      const victim = workers[Math.floor(random() * workers.length)];
      if (victim.child.exitCode === null) killed++;
      killHard(victim);
      for (const w of workers) killHard(w); // the rest die too: every kind of interruption
      await Promise.all(workers.map((w) => w.done));
    }
    const finals = Array.from({ length: 4 }, () => startRasd(['worker', '--db', url]));
    const results = await Promise.all(finals.map((w) => within(w, 20 * 60_000)));
    const bad = results.find((r) => r.code !== 0);
    if (bad) throw new Error(`worker exited ${bad.code}: ${bad.stderr.slice(0, 500)}`);
    return { runs: kills + 1, killed, ...(await checkPostgres(url, n)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await dropSchema(url).catch(() => {});
  }
}

async function checkPostgres(url: string, n: number): Promise<Omit<CrashFigures, 'runs' | 'killed'>> {
  const schema = new URL(url).searchParams.get('schema');
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    await client.query(`SET search_path TO "${schema}"`);
    const one = async (sql: string) => Number(Object.values((await client.query(sql)).rows[0])[0]);
    const stored = await one('SELECT count(*) FROM articles');
    const distinct = await one("SELECT count(DISTINCT id) FROM articles WHERE id LIKE 'synth-%'");
    const orphans =
      (await one('SELECT count(*) FROM removed WHERE article_id NOT IN (SELECT id FROM articles)')) +
      (await one('SELECT count(*) FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)')) +
      (await one("SELECT count(*) FROM queue WHERE status <> 'done'"));
    const unassigned = await one('SELECT count(*) FROM articles WHERE story_id IS NULL');
    return {
      survived: distinct === n ? 1 : 0,
      stored,
      lost: n - distinct,
      duplicates: stored - distinct,
      orphans,
      integrity: 'ok',
      unassigned,
    };
  } finally {
    await client.end();
  }
}
