/** The last pass of StoryIndex: one-article stories that are each other's best match become one. */
import { describe, expect, it } from 'vitest';
import { StoryIndex } from './index.ts';

/** Counts of an undated document: its own words (prefix-n) plus some shared words. */
function doc(id: string, own: string, shared: string[]) {
  const terms = new Map<string, number>();
  for (let i = 0; i < 12; i++) terms.set(`${own}${i}`, 1);
  for (const s of shared) terms.set(s, 2);
  return { id, time: Number.NaN, counts: { terms, entities: new Map<string, number>() } };
}

function indexOf(docs: ReturnType<typeof doc>[]): StoryIndex {
  const index = new StoryIndex({ soleThreshold: 0 });
  for (let i = 0; i < 30; i++) index.addCounts(doc(`bg${i}`, `bg${i}w`, []));
  for (const d of docs) index.addCounts(d);
  return index;
}

describe('StoryIndex.pairSingletons', () => {
  const call = ['اتصال', 'هاتفي', 'رئيسين', 'ازمه'];
  const visit = ['زياره', 'وفد', 'ميناء', 'ازمه'];
  it('pairs two weak but mutual best matches, each pair apart from the other', () => {
    const index = indexOf([
      doc('a', 'a', call),
      doc('b', 'b', call),
      doc('c', 'c', visit),
      doc('d', 'd', visit),
    ]);
    expect(index.storyOf('a')).not.toBe(index.storyOf('b'));
    expect(index.pairSingletons()).toBe(2);
    expect(index.storyOf('a')).toBe(index.storyOf('b'));
    expect(index.storyOf('c')).toBe(index.storyOf('d'));
    expect(index.storyOf('a')).not.toBe(index.storyOf('c'));
  });

  it('leaves a story whose best match prefers another, and pairs the same in any order', () => {
    // e shares a little with a and b, which are closer to each other: e stays alone
    const docs = [doc('a', 'a', call), doc('b', 'b', call), doc('e', 'e', ['اتصال', 'مطار'])];
    const one = indexOf(docs);
    one.pairSingletons();
    const two = indexOf(docs.slice().reverse());
    two.pairSingletons();
    for (const index of [one, two]) {
      expect(index.storyOf('a')).toBe(index.storyOf('b'));
      expect(index.storyOf('e')).not.toBe(index.storyOf('a'));
    }
  });

  it('does nothing when off', () => {
    const index = new StoryIndex({ pairThreshold: 0, soleThreshold: 0 });
    index.addCounts(doc('a', 'a', call));
    index.addCounts(doc('b', 'b', call));
    expect(index.pairSingletons()).toBe(0);
  });
});
