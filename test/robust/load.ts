/**
 * Load: `rasd serve` (its own process, 127.0.0.1, ephemeral port) over a database of synthetic
 * articles, hammered by many concurrent autocannon clients on loopback with a mix of the story
 * list, one story, a search and one article. Counts errors (socket errors, time-outs, non-2xx)
 * and samples the server's resident memory from /proc.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { killHard, type Run, seeded, sleep, startRasd, within } from './harness.ts';
import { synthJsonl } from './synth.ts';

export interface LoadOptions {
  /** Articles ingested before serving. */
  articles?: number;
  connections?: number;
  durationS?: number;
  seed?: number;
}

export interface LoadFigures {
  requests: number;
  /** Socket errors + client time-outs + non-2xx answers. */
  errors: number;
  non2xx: number;
  timeouts: number;
  p99Ms: number;
  /** Peak resident memory of the server (VmHWM). */
  peakRssMb: number;
  /** Resident memory before the load started. */
  idleRssMb: number;
  ingestSeconds: number;
}

interface CannonResult {
  requests: { total: number };
  latency: { p99: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
interface CannonRequest {
  method: string;
  path: string;
}
interface CannonOptions {
  url: string;
  connections: number;
  duration: number;
  timeout: number;
  requests: Array<{ setupRequest: (req: CannonRequest) => CannonRequest }>;
}

// autocannon ships no types; this is the part of its API used here.
const autocannon = createRequire(import.meta.url)('autocannon') as (
  o: CannonOptions,
) => Promise<CannonResult>;

const SEARCH_TERMS = [
  'القاهرة',
  'محطة',
  'وزير الزراعة',
  'اتفاق',
  'القطارات',
  'المدارس',
  'مليون دولار',
  'بيروت',
];

/** Memory of a process from /proc (kB fields), in MB; 0 when the process is gone. */
export function procMemoryMb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const path = `/proc/${pid}/status`;
  if (!existsSync(path)) return 0;
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(path, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0; // it ended between the two calls
  }
}

/** Start `rasd serve` on an ephemeral port and wait for the URL it prints. */
export async function startServe(db: string, timeoutMs = 120_000): Promise<{ run: Run; url: string }> {
  const run = startRasd(['serve', '--db', db, '--port', '0', '--host', '127.0.0.1']);
  let out = '';
  run.child.stdout?.on('data', (d) => (out += d));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const m = /rasd serve: (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
    if (m) return { run, url: m[1] };
    if (run.child.exitCode !== null) break;
    await sleep(100);
  }
  killHard(run);
  const { stderr } = await run.done;
  throw new Error(`rasd serve did not start: ${stderr.slice(0, 500)}`);
}

/** Stop a server started by startServe (SIGTERM, then SIGKILL after 5 s). */
export async function stopServe(run: Run): Promise<void> {
  run.child.kill('SIGTERM');
  await Promise.race([run.done, sleep(5000)]);
  killHard(run);
  await run.done;
}

/** Fill a database with `n` synthetic articles through `rasd ingest`; returns its path. */
export async function fillDatabase(dir: string, n: number): Promise<string> {
  const db = join(dir, 'load.db');
  for (let i = 0; i < n; i += 1000)
    writeFileSync(join(dir, `part-${i / 1000}.jsonl`), synthJsonl(i, Math.min(1000, n - i)));
  const r = await within(startRasd(['ingest', dir, '--db', db, '--jobs', '2']), 15 * 60_000);
  if (r.code !== 0) throw new Error(`ingest for the load test exited ${r.code}: ${r.stderr.slice(0, 500)}`);
  return db;
}

/** The request paths of the mix, chosen at random for each request. */
async function pathMix(url: string, n: number, seed: number): Promise<() => string> {
  const res = await fetch(`${url}/api/stories?limit=200`);
  if (!res.ok) throw new Error(`GET /api/stories answered ${res.status}`);
  const stories = ((await res.json()) as { stories: Array<{ id: string }> }).stories.map((s) => s.id);
  if (!stories.length) throw new Error('the load database has no stories');
  const random = seeded(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
  return () => {
    const x = random();
    if (x < 0.25) return `/api/stories?limit=${pick([20, 50])}&offset=${pick([0, 20, 40])}`;
    if (x < 0.5) return `/api/stories/${encodeURIComponent(pick(stories))}`;
    if (x < 0.75) return `/api/search?q=${encodeURIComponent(pick(SEARCH_TERMS))}`;
    return `/api/articles/synth-${Math.floor(random() * n)}`;
  };
}

/** Ingest, serve, load, measure; everything started here is stopped and removed. */
export async function runLoad(opts: LoadOptions = {}): Promise<LoadFigures> {
  const { articles = 3000, connections = 200, durationS = 60, seed = 5 } = opts;
  const dir = mkdtempSync(join(tmpdir(), 'rasd-load-'));
  let server: Run | undefined;
  let sampler: NodeJS.Timeout | undefined;
  try {
    const t0 = Date.now();
    const db = await fillDatabase(dir, articles);
    const ingestSeconds = (Date.now() - t0) / 1000;
    const started = await startServe(db);
    server = started.run;
    const pid = server.child.pid as number;
    const nextPath = await pathMix(started.url, articles, seed);
    const idleRssMb = procMemoryMb(pid, 'VmRSS');
    let peak = procMemoryMb(pid, 'VmHWM');
    sampler = setInterval(() => (peak = Math.max(peak, procMemoryMb(pid, 'VmHWM'))), 500);
    const result = await autocannon({
      url: started.url,
      connections,
      duration: durationS,
      timeout: 30,
      requests: [{ setupRequest: (req) => ({ ...req, method: 'GET', path: nextPath() }) }],
    });
    peak = Math.max(peak, procMemoryMb(pid, 'VmHWM'));
    return {
      requests: result.requests.total,
      errors: result.errors + result.non2xx, // autocannon's errors include its time-outs
      non2xx: result.non2xx,
      timeouts: result.timeouts,
      p99Ms: result.latency.p99,
      peakRssMb: Math.round(peak),
      idleRssMb: Math.round(idleRssMb),
      ingestSeconds,
    };
  } finally {
    clearInterval(sampler);
    if (server) await stopServe(server);
    rmSync(dir, { recursive: true, force: true });
  }
}
