/** The read API's response cache: hits, ETags, and clearing when the data changes. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../store/index.ts';
import type { Store } from '../../store/store.ts';
import { createApp } from './app.ts';
import { DEFAULT_CACHE, ResponseCache } from './cache.ts';
import { fillStore } from './fixtures.ts';

let store: Store;
let path: string;

beforeAll(async () => {
  path = join(mkdtempSync(join(tmpdir(), 'rasd-cache-')), 'c.db');
  store = await openStore(path);
  await fillStore(store);
});
afterAll(async () => store.close());

describe('response cache', () => {
  it('misses, then hits, then answers 304 to a matching ETag', async () => {
    const app = createApp({ store, webDir: null });
    const a = await app.request('/api/stories');
    const b = await app.request('/api/stories');
    expect([a.headers.get('x-cache'), b.headers.get('x-cache')]).toEqual(['miss', 'hit']);
    expect(await b.text()).toBe(await a.text());
    const etag = b.headers.get('etag')!;
    const c = await app.request('/api/stories', { headers: { 'if-none-match': etag } });
    expect(c.status).toBe(304);
    expect(c.headers.get('content-security-policy')).toBeTruthy();
  });
  it('errors are not kept', async () => {
    const app = createApp({ store, webDir: null });
    await app.request('/api/stories/nope');
    expect((await app.request('/api/stories/nope')).headers.get('x-cache')).toBeNull();
  });
  it('a commit by another connection clears it', async () => {
    const app = createApp({ store, webDir: null });
    await app.request('/api/threads');
    expect((await app.request('/api/threads')).headers.get('x-cache')).toBe('hit');
    const other = new Database(path);
    other.prepare("INSERT INTO threads (id, title, data) VALUES ('t-new', 'جديد', '{}')").run();
    other.close();
    expect((await app.request('/api/threads')).headers.get('x-cache')).toBe('miss');
  });
  it('can be turned off', async () => {
    const app = createApp({ store, webDir: null, cache: false });
    await app.request('/api/threads');
    expect((await app.request('/api/threads')).headers.get('x-cache')).toBeNull();
  });
  it('evicts the least recently used past its size', () => {
    const cache = new ResponseCache({ ...DEFAULT_CACHE, maxEntries: 2 }, null);
    cache.set('a', '1');
    cache.set('b', '2');
    cache.get('a');
    cache.set('c', '3');
    expect([!!cache.get('a'), !!cache.get('b'), !!cache.get('c')]).toEqual([true, false, true]);
  });
  it('does not keep an answer computed before a clear', () => {
    const cache = new ResponseCache(DEFAULT_CACHE, null);
    const generation = cache.generation;
    cache.clear();
    cache.set('k', 'stale', generation);
    expect(cache.get('k')).toBeUndefined();
  });
});
