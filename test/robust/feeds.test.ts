/**
 * `rasd watch` against feeds that misbehave (feeds-server.ts): each bad feed is refused with one
 * clear line within the limits, and the good feeds in the same run are still read and stored.
 * Non-http(s) URLs on the command line are refused before any fetch.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type FeedServer,
  ROUTES,
  startFeedServer,
  WATCH_MAX_BYTES,
  WATCH_TIMEOUT_S,
} from './feeds-server.ts';
import { startRasd, within } from './harness.ts';

let server: FeedServer;
let dir: string;

beforeAll(async () => {
  server = await startFeedServer();
  dir = mkdtempSync(join(tmpdir(), 'rasd-feeds-'));
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const STACK = /^\s+at\s|^\w*Error\b|node:internal/m;

describe('rasd watch against misbehaving feeds', () => {
  const listed = ROUTES.filter((r) => r.listed !== false);
  let run: Awaited<ReturnType<typeof within>>;
  let seconds = 0;
  let stored: string[] = [];

  beforeAll(async () => {
    const db = join(dir, 'watch.db');
    const urls = listed.map((r) => `${server.base}${r.path}`);
    const started = Date.now();
    run = await within(
      startRasd([
        'watch',
        ...urls,
        '--once',
        '--db',
        db,
        '--timeout',
        String(WATCH_TIMEOUT_S),
        '--max-bytes',
        String(WATCH_MAX_BYTES),
        '--max-redirects',
        '5',
      ]),
      180_000,
    );
    seconds = (Date.now() - started) / 1000;
    const d = new Database(db, { readonly: true });
    stored = (d.prepare('SELECT source FROM articles').all() as Array<{ source: string }>).map(
      (r) => r.source,
    );
    d.close();
  }, 240_000);

  it('ends without a crash, exit code 1 (some feeds failed), within the limits', () => {
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).not.toMatch(STACK);
    // Two feeds stall until the per-fetch time limit; the rest answer at once (plus start-up).
    expect(seconds).toBeLessThan(2 * WATCH_TIMEOUT_S + 90);
  });

  it.each(listed.filter((r) => r.expect).map((r) => [r.path, r.expect] as const))(
    '%s is refused with one clear line',
    (path, expected) => {
      const url = `${server.base}${path}`;
      const lines = run.stderr.split('\n').filter((l) => l.includes(url));
      expect(lines, run.stderr).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^rasd: ${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
      expect(lines[0]).toMatch(expected as RegExp);
    },
  );

  it.each(listed.filter((r) => !r.expect).map((r) => [r.path]))(
    '%s (a good feed) is read and stored in the same run',
    (path) => {
      const url = `${server.base}${path}`;
      expect(run.stderr.split('\n').filter((l) => l.startsWith(`rasd: ${url}:`))).toEqual([]);
      expect(stored.filter((s) => s.startsWith(`${url}#`)).length).toBeGreaterThan(0);
    },
  );

  it('says nothing else on stderr than error lines and the round summary', () => {
    const other = run.stderr.split('\n').filter((l) => l.trim() && !/^rasd( watch)?: /.test(l));
    expect(other).toEqual([]);
  });
});

describe('rasd watch refuses non-http(s) URLs', () => {
  it.each([
    ['file:///etc/passwd'],
    ['ftp://127.0.0.1/feed.xml'],
    ['javascript:alert(1)'],
    ['data:application/rss+xml,<rss/>'],
  ])('%s: usage error naming it, nothing fetched', async (url) => {
    const r = await within(startRasd(['watch', url, '--once']), 60_000);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(url);
    expect(r.stderr).toMatch(/only http and https/);
    expect(r.stderr).not.toMatch(STACK);
  });
});
