import { describe, expect, it } from 'vitest';
import { generateStream } from './generator.ts';

describe('generateStream', () => {
  const items = [...generateStream({ seed: 3, count: 400 })];

  it('is deterministic by seed', () => {
    const again = [...generateStream({ seed: 3, count: 400 })];
    expect(again.map((i) => i.article.body)).toEqual(items.map((i) => i.article.body));
    const other = [...generateStream({ seed: 4, count: 50 })];
    expect(other[0].article.body).not.toBe(items[0].article.body);
  });

  it('gives exact mention spans', () => {
    for (const { article } of items)
      for (const m of article.mentions ?? []) expect(article.body.slice(m.start, m.end)).toBe(m.text);
  });

  it('publishes in order and copies only earlier articles of the same story', () => {
    const seen = new Map<string, string>();
    let last = '';
    for (const { article, truth } of items) {
      expect(article.published! >= last).toBe(true);
      last = article.published!;
      if (truth.copyOf) expect(seen.get(truth.copyOf)).toBe(truth.story);
      seen.set(article.id, truth.story);
    }
    expect(items.some((i) => i.truth.copyOf)).toBe(true);
  });

  it('is lazy', () => {
    const it = generateStream({ count: Number.POSITIVE_INFINITY });
    expect(it.next().done).toBe(false);
  });
});
