// biome-ignore-all lint/suspicious/noExplicitAny: test reads untyped JSON responses
/** The HTTP API over a SQLite store filled with the fixture corpus (in-process requests). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../doc/types.ts';
import { openStore } from '../../store/index.ts';
import type { Store } from '../../store/store.ts';
import { createApp } from './app.ts';
import { fillStore } from './fixtures.ts';
import { openApiDocument } from './openapi.ts';

let store: Store;
let app: Hono;
let corpus: Corpus;

beforeAll(async () => {
  store = await openStore(':memory:');
  corpus = await fillStore(store);
  app = createApp({ store, webDir: null });
});
afterAll(async () => store.close());

async function get(path: string) {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as any, headers: res.headers };
}

describe('fixture spans point at their text', () => {
  it('every mention, quote and date', () => {
    for (const a of corpus.articles) {
      for (const x of [...(a.mentions ?? []), ...(a.quotes ?? [])])
        expect(a.body.slice(x.start, x.end), `${a.id} ${x.text}`).toBe(x.text);
      for (const d of a.dates ?? []) expect(a.body.slice(d.start, d.end), `${a.id}`).toBe(d.expression);
    }
  });
});

describe('GET /api/stories', () => {
  it('lists recent first with outlets and sizes', async () => {
    const r = await get('/api/stories');
    expect(r.status).toBe(200);
    expect(r.body.stories.map((s: any) => s.id)).toEqual(['s-kyiv', 's-dc', 's-books']);
    expect(r.body.stories[0].size).toBe(3);
    expect(r.body.stories[0].outlets).toHaveLength(3);
  });
  const filters: Array<[string, string[]]> = [
    ['?outlet=' + encodeURIComponent('صحيفة المساء'), ['s-kyiv', 's-dc']],
    ['?since=2025-03-01', ['s-kyiv']],
    ['?until=2025-02-12', ['s-books']],
    ['?entity=e-zel', ['s-kyiv', 's-dc']],
    ['?limit=1&offset=1', ['s-dc']],
  ];
  for (const [query, ids] of filters)
    it(`filter ${decodeURIComponent(query)}`, async () => {
      expect((await get(`/api/stories${query}`)).body.stories.map((s: any) => s.id)).toEqual(ids);
    });
  const bad: Array<[string, RegExp]> = [
    ['?limit=abc', /limit/],
    ['?limit=100000', /limit/],
    ['?since=yesterday', /since.*ISO date/],
    ['?colour=red', /unknown query parameter\(s\): colour/],
    ['?outlet=', /outlet.*empty/],
  ];
  for (const [query, message] of bad)
    it(`400 for ${query}`, async () => {
      const r = await get(`/api/stories${query}`);
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('bad_query');
      expect(r.body.error.message).toMatch(message);
    });
});

describe('GET /api/stories/:id', () => {
  it('has summary, timeline, entities, quotes, outlets, contradictions and articles', async () => {
    const { status, body } = await get('/api/stories/s-kyiv');
    expect(status).toBe(200);
    expect(body.summary).toHaveLength(3);
    expect(body.summary[0].sources[0].document).toBe('a-kyiv-1');
    expect(body.timeline.map((e: any) => e.date)).toEqual(['2025-03-03', '2025-03-12']);
    const zel = body.entities.find((e: any) => e.id === 'e-zel');
    expect(zel.variants).toContain('زيلنسكي');
    expect(zel.mentions).toBe(4);
    expect(body.quotes.map((q: any) => q.speaker).sort()).toEqual(['زيلينسكي', 'مسؤول أوروبي']);
    expect(body.outlets).toHaveLength(3);
    expect(body.contradictions[0].claims).toHaveLength(2);
    expect(body.articles.map((a: any) => a.id)).toEqual(['a-kyiv-1', 'a-kyiv-2', 'a-kyiv-3']);
    expect(body.articles[0].body).toBeUndefined();
  });
  it('404 names the id', async () => {
    const r = await get('/api/stories/nope');
    expect(r.status).toBe(404);
    expect(r.body.error.message).toContain('"nope"');
  });
});

describe('threads, entities, articles', () => {
  it('threads and a thread with its stories', async () => {
    expect((await get('/api/threads')).body.threads).toHaveLength(2);
    const t = (await get('/api/threads/t-ukr')).body;
    expect(t.storyItems.map((s: any) => s.id)).toEqual(['s-dc', 's-kyiv']);
  });
  it('entities by type and by any spelling', async () => {
    const per = (await get('/api/entities?type=PER')).body.entities;
    expect(per.map((e: any) => e.id)).toEqual(['e-zel']);
    const q = (await get(`/api/entities?q=${encodeURIComponent('زيلنسكي')}`)).body.entities;
    expect(q.map((e: any) => e.id)).toContain('e-zel');
    expect((await get('/api/entities?type=PERSON')).status).toBe(400);
  });
  it('an entity with its spellings and mentions', async () => {
    const e = (await get('/api/entities/e-zel')).body;
    expect(e.variants.map((v: any) => v.text)).toEqual(['فولوديمير زيلينسكي', 'زيلينسكي', 'زيلنسكي']);
    expect(e.mentionCount).toBe(5);
    expect((await get('/api/entities/e-zel?mentions=2')).body.mentions).toHaveLength(2);
  });
  it('an article with spans that slice to their text', async () => {
    const a = (await get('/api/articles/a-kyiv-1')).body;
    expect(a.spans.map((s: any) => s.kind).sort()).toEqual([
      'date',
      'date',
      'mention',
      'mention',
      'mention',
      'mention',
      'mention',
      'quote',
    ]);
    for (const s of a.spans) expect(a.body.slice(s.start, s.end).length).toBe(s.end - s.start);
    const quote = a.spans.find((s: any) => s.kind === 'quote');
    expect(a.body.slice(quote.start, quote.end)).toBe('بلاده تحتاج إلى دفاعات جوية إضافية قبل الشتاء');
    expect(a.url).toBeNull(); // "fixture:" is not http(s)
  });
});

describe('GET /api/search: a query in any spelling finds every spelling', () => {
  const cases: Array<[string, string[]]> = [
    // a-dc-1 says "الأوكراني" (Ukrainian): same light stem, so it is found too.
    ['أوكرانيا', ['a-dc-1', 'a-kyiv-1', 'a-kyiv-2', 'a-kyiv-3']],
    ['اوكرانيا', ['a-dc-1', 'a-kyiv-1', 'a-kyiv-2', 'a-kyiv-3']],
    ['زيلنسكي', ['a-dc-1', 'a-kyiv-1', 'a-kyiv-2', 'a-kyiv-3']],
    ['زيلينسكي', ['a-dc-1', 'a-kyiv-1', 'a-kyiv-2', 'a-kyiv-3']],
    ['معرض الكتاب', ['a-books-1']],
  ];
  for (const [q, ids] of cases)
    it(q, async () => {
      const r = await get(`/api/search?q=${encodeURIComponent(q)}`);
      expect(r.status).toBe(200);
      expect(r.body.hits.map((h: any) => h.article).sort()).toEqual(ids);
    });
  it('400 without q', async () => {
    const r = await get('/api/search');
    expect(r.status).toBe(400);
    expect(r.body.error.message).toMatch(/"q"/);
  });
});

describe('security and errors', () => {
  it('headers on data, errors and the page', async () => {
    for (const path of ['/api/stories', '/api/nowhere', '/', '/openapi.json']) {
      const res = await app.request(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).not.toContain('unsafe-inline');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });
  it('unknown API path is a JSON 404', async () => {
    const r = await get('/api/nowhere');
    expect(r.status).toBe(404);
    expect(r.body.error.message).toContain('/openapi.json');
  });
  it('missing page says how to build it', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build:web');
  });
  it('serves a built page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rasd-web-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html dir="rtl" lang="ar"></html>');
    const res = await createApp({ store, webDir: dir }).request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
  });
  it('a slow request ends with 504', async () => {
    const slow = { ...store, listStories: () => new Promise(() => {}) } as unknown as Store;
    const res = await createApp({ store: slow, webDir: null, requestTimeoutMs: 50 }).request('/api/stories');
    expect(res.status).toBe(504);
    expect(((await res.json()) as any).error.code).toBe('timeout');
  });
});

describe('GET /openapi.json', () => {
  it('is OpenAPI 3.1 and every GET path answers', async () => {
    const doc = (await get('/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
    const ids: Record<string, string> = {
      '/api/stories/{id}': 's-kyiv',
      '/api/threads/{id}': 't-ukr',
      '/api/entities/{id}': 'e-zel',
      '/api/articles/{id}': 'a-kyiv-1',
    };
    for (const [path, item] of Object.entries(doc.paths) as Array<[string, any]>) {
      if (!item.get) continue;
      const url = path.replace('{id}', ids[path] ?? '') + (path === '/api/search' ? '?q=x' : '');
      expect((await app.request(url)).status, url).toBe(200);
    }
  });
});
