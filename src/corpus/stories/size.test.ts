/**
 * The size-calibrated bar of StoryIndex: an article that shares only a story's topic words is
 * kept out of the story however large it grows, while one sharing its event words still joins.
 */
import { describe, expect, it } from 'vitest';
import { StoryIndex } from './index.ts';

const HOUR = 3600 * 1000;
const T0 = Date.UTC(2025, 2, 1);
const TOPIC = ['سد', 'النهضه', 'مفاوضات', 'مياه', 'النيل', 'اتفاق'];
const EVENT = ['جوله', 'واشنطن', 'وساطه'];

/** Counts of a document: `n` words of its own plus shared words, each twice. */
function doc(id: string, hour: number, n: number, shared: string[]) {
  const terms = new Map<string, number>();
  for (let i = 0; i < n; i++) terms.set(`${id}-${i}`, 1);
  for (const s of shared) terms.set(s, 2);
  return { id, time: T0 + hour * HOUR, counts: { terms, entities: new Map<string, number>() } };
}

/** An index with unrelated background (so shared words are rare) and a grown story of `size`. */
function grown(sizeCalibrated: boolean, size: number) {
  const index = new StoryIndex({ sizeCalibrated, soleThreshold: 0 });
  for (let i = 0; i < 30; i++) index.addCounts(doc(`bg${i}`, -40 * 24, 12, []));
  const ids = new Set<string>();
  for (let k = 0; k < size; k++) ids.add(index.addCounts(doc(`m${k}`, k, 6, [...TOPIC, ...EVENT])));
  return { index, ids };
}

describe('StoryIndex size-calibrated bar', () => {
  it('keeps a topic-only article out of a grown story, where a fixed bar lets it in', () => {
    const off = grown(false, 8);
    expect(off.ids.size).toBe(1);
    expect(off.ids.has(off.index.addCounts(doc('o', 9, 4, TOPIC)))).toBe(true);

    const on = grown(true, 8);
    expect(on.ids.size).toBe(1);
    expect(on.ids.has(on.index.addCounts(doc('o', 9, 4, TOPIC)))).toBe(false);
    // An article of the event itself still joins the grown story.
    expect(on.ids.has(on.index.addCounts(doc('m9', 10, 6, [...TOPIC, ...EVENT])))).toBe(true);
  });
});
