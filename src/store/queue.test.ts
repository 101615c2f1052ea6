/**
 * The PostgreSQL work queue on small batches: items claimed in batches are all stored once, a
 * repeated text is one article, an item that cannot be read fails alone, and the corpus refresh
 * can be left for later (a following worker spaces refreshes out).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawInput } from '../doc/types.ts';
import { PostgresStore } from './postgres.ts';
import { dropSchema, freshSchemaUrl, postgresUnavailable } from './postgres-env.ts';
import { CLAIM_BATCH, drainQueue, enqueue, queueCounts } from './queue.ts';

const skip = (await postgresUnavailable()) ?? false;

// Invented texts, each with its own event so that stories have something to group.
const text = (i: number): RawInput => ({
  source: `q-${i}.txt`,
  format: 'text',
  text: `افتتحت بلدية المدينة رقم ${i} حديقة عامة جديدة بمساحة ${i * 10} دونما بحضور السكان.\n\nوقال رئيس البلدية إن الحديقة ستفتح أبوابها يوميا.`,
});

describe.skipIf(!!skip)(`work queue${skip ? ` (skipped: ${skip})` : ''}`, () => {
  const url = freshSchemaUrl('rasd_queue');
  let store: PostgresStore;
  beforeAll(async () => {
    store = new PostgresStore(url, 2);
    await store.migrate();
  });
  afterAll(async () => {
    await store?.close();
    await dropSchema(url);
  });

  it('stores every item once over several batches, fails a bad one alone, and refreshes when asked', async () => {
    const items = Array.from({ length: CLAIM_BATCH * 2 + 3 }, (_, i) => text(i));
    items.push(text(0)); // the same text again: one article
    items.push({ source: 'empty.html', format: 'html', html: '<html><body></body></html>' });
    // A JSONL title with a NUL character (PostgreSQL refuses NUL in text and JSON): dropped.
    items.push({ ...text(99), source: 'nul.jsonl#1', format: 'jsonl', title: 'عنوان\u0000مكسور' });
    await enqueue(store, items);
    const later = await drainQueue(store, undefined, { refresh: false });
    expect(later.processed).toBe(items.length);
    expect(later.stored).toBe(CLAIM_BATCH * 2 + 4);
    expect(later.failed).toBe(1);
    expect(later.refreshed).toBe(false);
    expect(await store.countArticles({ unassigned: true })).toBe(CLAIM_BATCH * 2 + 4);
    expect(await queueCounts(store)).toEqual({ done: items.length - 1, failed: 1 });
    // Nothing left to claim: this call only places the stored articles in stories.
    const now = await drainQueue(store);
    expect(now.processed).toBe(0);
    expect(now.refreshed).toBe(true);
    expect(await store.countArticles({ unassigned: true })).toBe(0);
  });
});
