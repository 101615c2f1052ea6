/**
 * HTTP API latency under load: `rasd serve` in its own process over a SQLite database of 100k
 * synthetic articles (built once through the Store, cached under .tmp/), hit by 50 concurrent
 * autocannon clients on loopback. Reports p95 latency of the story list and of search, their
 * throughput, and the ratio to the smallest answer the same server gives (a one-story page),
 * which is the ceiling the framework and the machine allow.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { benchDatabase, benchDatabasePath } from '../src/apps/server/bench-db.ts';
import { DATA_DIR, PROJECT_ROOT } from '../src/util/paths.ts';

/** The part of autocannon's API used here (it ships no types). */
type Autocannon = (opts: {
  url: string;
  connections: number;
  duration: number;
  requests: Array<{ method: string; path: string }>;
}) => {
  on(event: 'response', f: (client: unknown, status: number, bytes: number, ms: number) => void): void;
} & PromiseLike<{ errors: number; timeouts: number; requests: { average: number } }>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const ARTICLES = Number(process.env.RASD_API_BENCH_ARTICLES ?? 100_000);
const CONNECTIONS = 50;

interface Run {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
}

function startServer(db: string, cache: boolean): Promise<{ url: string; child: ChildProcess }> {
  const args = [join(PROJECT_ROOT, 'bin/rasd.mjs'), 'serve', '--db', db, '--port', '0'];
  const child = spawn(process.execPath, cache ? args : [...args, '--no-cache'], {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, RASD_INGEST_TOKEN: '' },
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
      if (m) resolve({ url: m[1], child });
    });
    child.stderr!.on('data', (d) => process.stderr.write(`[serve] ${d}`));
    child.once('exit', (code) => reject(new Error(`rasd serve exited (${code}) before listening: ${out}`)));
  });
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); NaN elsewhere. */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return Number.NaN;
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
    : Number.NaN;
}

async function load(url: string, paths: string[], seconds: number): Promise<Run & { latencies: number[] }> {
  const latencies: number[] = [];
  let errors = 0;
  const run = autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  run.on('response', (_client, status, _bytes, ms) => {
    latencies.push(ms);
    if (status !== 200) errors++;
  });
  const result = await run;
  errors += result.errors + result.timeouts;
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    latencies,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    rps: result.requests.average,
    errors,
  };
}

/** Arabic words with their hamza and taa marbuta written plainly, as many people type them. */
function plainSpelling(s: string): string {
  return s
    .replace(/[أإآ]/g, 'ا')
    .replace(/ة(\s|$)/g, 'ه$1')
    .replace(/ّ/g, '');
}

function searchQueries(): string[] {
  const column = (file: string) =>
    readFileSync(join(DATA_DIR, 'corpus/stream', file), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split('|')[0].trim());
  const names = [...column('places.txt'), ...column('persons.txt')];
  return [...new Set(names.flatMap((n) => [n, plainSpelling(n)]))];
}

/** Pages of the list, month windows, and page sizes: many distinct URLs, as readers make. */
function storyPaths(): string[] {
  const paths: string[] = [];
  for (let page = 0; page < 40; page++) paths.push(`/api/stories?offset=${page * 50}`);
  for (let m = 1; m <= 12; m++) {
    const mm = String(m).padStart(2, '0');
    paths.push(`/api/stories?since=2024-${mm}-01&until=2024-${mm}-28`);
  }
  for (const limit of [10, 20, 100]) paths.push(`/api/stories?limit=${limit}`);
  return paths;
}

async function measure(db: string, cache: boolean, seconds: number) {
  const { url, child } = await startServer(db, cache);
  try {
    const search = searchQueries().map((q) => `/api/search?q=${encodeURIComponent(q)}`);
    // Steady state: every URL asked once before measuring (fills the cache when it is on).
    for (const p of [...storyPaths(), ...search]) await fetch(url + p).then((r) => r.arrayBuffer());
    await load(url, ['/api/stories?limit=1'], 2); // JIT warm-up
    // Server CPU per request: what latency would be on a machine where the server had a core to itself.
    let cpu = cpuSeconds(child.pid);
    const stories = await load(url, storyPaths(), seconds);
    const storiesCpuUs = ((cpuSeconds(child.pid) - cpu) / stories.latencies.length) * 1e6;
    cpu = cpuSeconds(child.pid);
    const found = await load(url, search, seconds);
    const searchCpuUs = ((cpuSeconds(child.pid) - cpu) / found.latencies.length) * 1e6;
    const bare = await load(url, ['/api/stories?limit=1'], 3); // smallest answer: the stack's ceiling
    return { bare, stories, found, storiesCpuUs, searchCpuUs };
  } finally {
    child.kill('SIGTERM');
  }
}

export default async function apiBench({ full }: { full: boolean }): Promise<Record<string, number>> {
  const db = await benchDatabase(benchDatabasePath(join(PROJECT_ROOT, '.tmp'), ARTICLES), ARTICLES);
  const seconds = full ? 20 : 8;
  const { bare, stories, found, storiesCpuUs, searchCpuUs } = await measure(db, true, seconds);
  const cold = await measure(db, false, seconds);
  const all = [...stories.latencies, ...found.latencies].sort((a, b) => a - b);
  const coldAll = [...cold.stories.latencies, ...cold.found.latencies].sort((a, b) => a - b);
  return {
    'api.p95Ms': percentile(all, 95),
    'api.stories.p95Ms': stories.p95,
    'api.stories.p50Ms': stories.p50,
    'api.stories.p99Ms': stories.p99,
    'api.stories.reqPerSec': stories.rps,
    'api.search.p95Ms': found.p95,
    'api.search.p50Ms': found.p50,
    'api.search.p99Ms': found.p99,
    'api.search.reqPerSec': found.rps,
    'api.tiny.reqPerSec': bare.rps,
    'api.stories.ratioToTiny': stories.rps / bare.rps,
    'api.search.ratioToTiny': found.rps / bare.rps,
    'api.stories.serverCpuUsPerReq': storiesCpuUs,
    'api.search.serverCpuUsPerReq': searchCpuUs,
    'api.uncached.p95Ms': percentile(coldAll, 95),
    'api.uncached.stories.p95Ms': cold.stories.p95,
    'api.uncached.stories.reqPerSec': cold.stories.rps,
    'api.uncached.search.p95Ms': cold.found.p95,
    'api.uncached.search.reqPerSec': cold.found.rps,
    'api.uncached.stories.serverCpuUsPerReq': cold.storiesCpuUs,
    'api.uncached.search.serverCpuUsPerReq': cold.searchCpuUs,
    'api.errors': stories.errors + found.errors + cold.stories.errors + cold.found.errors,
    'api.articles': ARTICLES,
    'api.connections': CONNECTIONS,
  };
}
