/**
 * A response cache for the read API. Stories, search results and entities change only when
 * articles are added, so a GET answer is kept until the data changes: with SQLite the
 * connection's `PRAGMA data_version` (which moves when any other process commits, e.g. a
 * `rasd ingest` beside the server) and the server's own ingests clear it; with stores that
 * cannot tell, entries expire after a short TTL. Answers carry an ETag, so browsers revalidate
 * with 304s.
 */
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Store } from '../../store/store.ts';

/** Cache settings; `false` turns caching off. */
export interface CacheOptions {
  /** Most entries kept (least recently used go first). */
  maxEntries: number;
  /** Most bytes of bodies kept. */
  maxBytes: number;
  /** Lifetime of an entry when the store has no data version. */
  ttlMs: number;
  /** Lifetime of an entry when it has one (changes clear the cache sooner). */
  versionedTtlMs: number;
}

export const DEFAULT_CACHE: CacheOptions = {
  maxEntries: 2000,
  maxBytes: 64 * 1024 * 1024,
  ttlMs: 2000,
  versionedTtlMs: 10 * 60_000,
};

interface Entry {
  body: string;
  etag: string;
  bytes: number;
  expires: number;
}

type Pragma = (sql: string, opts: { simple: true }) => unknown;

/** A function giving the store's data version, or null when the store cannot tell. */
export function dataVersionOf(store: Store): (() => string) | null {
  const db = (store as unknown as { db?: { pragma?: Pragma } }).db;
  if (store.kind !== 'sqlite' || typeof db?.pragma !== 'function') return null;
  const pragma = db.pragma.bind(db);
  return () => String(pragma('data_version', { simple: true }));
}

/** The cache itself: an LRU map over URL keys. */
export class ResponseCache {
  private entries = new Map<string, Entry>();
  private bytes = 0;
  private seen: string | null = null;
  /** Bumped on every clear, so an answer computed before a clear is not kept after it. */
  generation = 0;
  private readonly ttl: number;

  constructor(
    private readonly opts: CacheOptions,
    private readonly version: (() => string) | null,
  ) {
    this.ttl = version ? opts.versionedTtlMs : opts.ttlMs;
  }

  /** Drop everything (after an ingest through this server). */
  clear(): void {
    this.generation++;
    this.entries.clear();
    this.bytes = 0;
  }

  private checkVersion(): void {
    if (!this.version) return;
    const v = this.version();
    if (v !== this.seen) {
      this.clear();
      this.seen = v;
    }
  }

  get(key: string): Entry | undefined {
    this.checkVersion();
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.expires < Date.now()) {
      this.delete(key);
      return undefined;
    }
    this.entries.delete(key); // re-insert: most recently used last
    this.entries.set(key, e);
    return e;
  }

  set(key: string, body: string, generation = this.generation): Entry {
    const e = {
      body,
      etag: `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`,
      bytes: body.length * 2,
      expires: Date.now() + this.ttl,
    };
    if (e.bytes > this.opts.maxBytes / 4 || generation !== this.generation) return e; // too big, or stale
    this.delete(key);
    this.entries.set(key, e);
    this.bytes += e.bytes;
    while (this.entries.size > this.opts.maxEntries || this.bytes > this.opts.maxBytes) {
      const oldest = this.entries.keys().next().value as string;
      this.delete(oldest);
    }
    return e;
  }

  private delete(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.bytes -= e.bytes;
    this.entries.delete(key);
  }
}

function answer(etag: string, ifNoneMatch: string | undefined, body: string, hit: boolean): Response {
  const headers = {
    'Content-Type': 'application/json; charset=utf-8',
    ETag: etag,
    'Cache-Control': 'no-cache',
    'X-Cache': hit ? 'hit' : 'miss',
  };
  if (ifNoneMatch === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}

/** Middleware for GET routes: serve from the cache, or run the route and keep a 200 answer. */
export function cached(cache: ResponseCache): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const raw = c.req.url;
    const key = raw.slice(raw.indexOf('/', raw.indexOf('//') + 2)); // path and query
    const inm = c.req.header('if-none-match');
    const hit = cache.get(key);
    if (hit) {
      c.res = answer(hit.etag, inm, hit.body, true);
      return;
    }
    const generation = cache.generation;
    await next();
    if (c.res.status !== 200 || !c.res.headers.get('content-type')?.includes('json')) return;
    const body = await c.res.text();
    const e = cache.set(key, body, generation);
    c.res = answer(e.etag, inm, body, false);
  };
}
