import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Corpus, RawInput } from '../../doc/types.ts';
import { readInputs } from '../../ingest/index.ts';
import { analyzeCorpus, processArticle } from '../../pipeline/run.ts';
import { refreshCorpus } from '../../store/refresh.ts';
import { SqliteStore } from '../../store/sqlite.ts';
import { SAMPLES_DIR } from '../../util/paths.ts';

/** What a refresh stores, in a comparable form. */
function results(c: Corpus) {
  return {
    stories: c.stories.map((s) => ({ ...s })).sort((a, b) => a.id.localeCompare(b.id)),
    threads: c.threads.map((t) => ({ ...t })).sort((a, b) => a.id.localeCompare(b.id)),
    timeline: c.timeline,
    contradictions: c.contradictions,
  };
}

let inputs: RawInput[] = [];

beforeAll(async () => {
  for await (const item of readInputs([resolve(SAMPLES_DIR, 'corpus')])) if (item.ok) inputs.push(item.input);
  inputs = inputs.sort((a, b) => a.source.localeCompare(b.source));
});

describe('reuse: a refresh keeps the results of untouched stories', () => {
  it('gives the same results as a full recompute after more articles arrive', async () => {
    const store = new SqliteStore(':memory:');
    await store.migrate();
    const first = inputs.filter((_, i) => i % 3 !== 0);
    const later = inputs.filter((_, i) => i % 3 === 0);
    for (const raw of first) await store.putArticle(processArticle(raw));
    const before = await refreshCorpus(store);
    expect(before.reuse?.stories.size).toBe(0);
    for (const raw of later) await store.putArticle(processArticle(raw));
    const incremental = await refreshCorpus(store);
    // Some stories only the first articles tell: their results are kept, not recomputed.
    expect(incremental.reuse?.stories.size).toBeGreaterThan(0);
    expect(incremental.reuse?.stories.size).toBeLessThan(incremental.stories.length);
    const full = analyzeCorpus(await store.listArticles());
    expect(results(incremental)).toEqual(results(full));
    await store.close();
  });

  it('keeps everything when nothing changed, and the stored rows read back the same', async () => {
    const store = new SqliteStore(':memory:');
    await store.migrate();
    for (const raw of inputs) await store.putArticle(processArticle(raw));
    const once = await refreshCorpus(store);
    const again = await refreshCorpus(store);
    expect(again.reuse?.stories.size).toBe(again.stories.length);
    expect(again.reuse?.threads.size).toBe(again.threads.length);
    expect(results(again)).toEqual(results(once));
    const story = once.stories.find((s) => s.documents.length > 1);
    expect(story).toBeDefined();
    const stored = await store.getStory(story?.id ?? '');
    expect(stored?.summary).toEqual(story?.summary);
    await store.close();
  });
});
