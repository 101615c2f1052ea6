/** The sole-match rule of StoryIndex: a weak but unrivalled recent match joins; rivals or distance keep it apart. */
import { describe, expect, it } from 'vitest';
import { StoryIndex } from './index.ts';

const DAY = 24 * 3600 * 1000;
const T0 = Date.UTC(2025, 2, 1);

/** Counts of a document: its own words (prefix-n) plus some shared words. */
function doc(id: string, time: number, own: string, shared: string[]) {
  const terms = new Map<string, number>();
  for (let i = 0; i < 12; i++) terms.set(`${own}${i}`, 1);
  for (const s of shared) terms.set(s, 2);
  return { id, time, counts: { terms, entities: new Map<string, number>() } };
}

/** Unrelated background documents, so the shared words are rare (high IDF). */
function background(index: StoryIndex): void {
  for (let i = 0; i < 30; i++) index.addCounts(doc(`bg${i}`, T0 - 40 * DAY, `bg${i}w`, []));
}

describe('StoryIndex sole match', () => {
  it('joins a weak match that has no rival and is recent', () => {
    const index = new StoryIndex({ soleThreshold: 0.15 });
    background(index);
    const a = index.addCounts(doc('a', T0, 'a', ['جده', 'ممرات', 'هدنه']));
    const b = index.addCounts(doc('b', T0 + DAY / 2, 'b', ['جده', 'ممرات', 'هدنه']));
    expect(b).toBe(a);
  });

  it('keeps it apart when the rule is off, when a rival matches as well, or when days apart', () => {
    const off = new StoryIndex({ soleThreshold: 0 });
    background(off);
    const a0 = off.addCounts(doc('a', T0, 'a', ['جده', 'ممرات', 'هدنه']));
    expect(off.addCounts(doc('b', T0 + DAY / 2, 'b', ['جده', 'ممرات', 'هدنه']))).not.toBe(a0);

    const rivals = new StoryIndex({ soleThreshold: 0.15 });
    background(rivals);
    const ra = rivals.addCounts(doc('a', T0, 'a', ['جده', 'ممرات', 'هدنه']));
    const rc = rivals.addCounts(doc('c', T0, 'c', ['قافله', 'فاشر', 'مليط']));
    expect(rc).not.toBe(ra);
    // b matches both stories weakly: only the topic is shared, so it starts its own.
    const b1 = rivals.addCounts(
      doc('b', T0 + DAY / 2, 'b', ['جده', 'ممرات', 'هدنه', 'قافله', 'فاشر', 'مليط']),
    );
    expect([ra, rc]).not.toContain(b1);

    const far = new StoryIndex({ soleThreshold: 0.15 });
    background(far);
    const a2 = far.addCounts(doc('a', T0, 'a', ['جده', 'ممرات', 'هدنه']));
    expect(far.addCounts(doc('b', T0 + 3 * DAY, 'b', ['جده', 'ممرات', 'هدنه']))).not.toBe(a2);
  });
});
