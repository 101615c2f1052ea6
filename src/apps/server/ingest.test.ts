// biome-ignore-all lint/suspicious/noExplicitAny: test reads untyped JSON responses
/** POST /api/ingest: the token, the body forms, the limits, and per-line errors. */
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../store/index.ts';
import type { Store } from '../../store/store.ts';
import { createApp } from './app.ts';
import { parseIngestBody } from './ingest.ts';

const TOKEN = 'test-token-1234';
let store: Store;
let app: Hono;

beforeAll(async () => {
  store = await openStore(':memory:');
  app = createApp({ store, token: TOKEN, webDir: null, maxBodyBytes: 20_000 });
});
afterAll(async () => store.close());

const A = {
  id: 'ing-1',
  outlet: 'وكالة تجريبية',
  published: '2025-04-01',
  title: 'افتتاح جسر جديد',
  text: 'افتتحت البلدية جسرا جديدا فوق النهر صباح اليوم.\n\nوقال رئيس البلدية إن الجسر سيخفف الزحام.',
};
const B = {
  ...A,
  id: 'ing-2',
  text: 'أعلنت وزارة الصحة بدء حملة تطعيم في المدارس.\n\nوتستمر الحملة أسبوعين.',
};

async function post(body: string, headers: Record<string, string> = {}) {
  const res = await app.request('/api/ingest', {
    method: 'POST',
    body,
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/x-ndjson', ...headers },
  });
  return { status: res.status, body: (await res.json()) as any };
}

describe('token', () => {
  const cases: Array<[string, Record<string, string>, number]> = [
    ['no header', { authorization: '' }, 401],
    ['wrong token', { authorization: 'Bearer nope' }, 403],
    ['not bearer', { authorization: `Basic ${TOKEN}` }, 401],
  ];
  for (const [name, headers, status] of cases)
    it(name, async () => expect((await post(JSON.stringify(A), headers)).status).toBe(status));
  it('refuses when the server has no token', async () => {
    const res = await createApp({ store, webDir: null }).request('/api/ingest', {
      method: 'POST',
      body: JSON.stringify(A),
      headers: { authorization: 'Bearer anything' },
    });
    expect(res.status).toBe(503);
    expect(((await res.json()) as any).error.message).toMatch(/RASD_INGEST_TOKEN/);
  });
});

describe('bodies', () => {
  it('JSONL: stores good lines, reports bad ones by line, then updates stories', async () => {
    const body = [
      JSON.stringify(A),
      '{not json',
      JSON.stringify({ title: 'no text' }),
      JSON.stringify(B),
    ].join('\n');
    const r = await post(body);
    expect(r.status).toBe(201);
    expect([r.body.added, r.body.existing, r.body.failed]).toEqual([2, 0, 2]);
    const failed = r.body.items.filter((i: any) => i.status === 'failed');
    expect(failed.map((i: any) => i.line)).toEqual([2, 3]);
    expect(failed[1].message).toMatch(/"text" or "html"/);
    expect(r.body.items[0].storyId).toBeTruthy();
    expect((await store.getArticle('ing-1'))?.outlet).toBe('وكالة تجريبية');
    const stories = (await (await app.request('/api/stories')).json()) as any;
    expect(stories.stories.length).toBeGreaterThan(0);
  });
  it('JSON array again: nothing twice', async () => {
    const r = await post(JSON.stringify([A, B]), { 'content-type': 'application/json' });
    expect(r.status).toBe(200);
    expect([r.body.added, r.body.existing]).toEqual([0, 2]);
  });
  it('413 over the size limit', async () => {
    const r = await post(JSON.stringify({ ...A, text: 'ا'.repeat(30_000) }));
    expect(r.status).toBe(413);
    expect(r.body.error.message).toMatch(/larger than 20000 bytes/);
  });
  const bad: Array<[string, string, RegExp]> = [
    ['empty', '   ', /empty/],
    ['broken JSON', '[{"text": ', /not JSON/],
  ];
  for (const [name, body, message] of bad)
    it(`400 for ${name}`, async () => {
      const r = await post(body, { 'content-type': 'application/json' });
      expect(r.status).toBe(400);
      expect(r.body.error.message).toMatch(message);
    });
  it('splits the three JSON forms', () => {
    const forms: Array<[string, number]> = [
      [JSON.stringify(A), 1],
      [JSON.stringify([A, B]), 2],
      [JSON.stringify({ articles: [A, B] }), 2],
    ];
    for (const [body, n] of forms)
      expect(parseIngestBody(body, 'application/json'), body.slice(0, 30)).toHaveLength(n);
  });
});
