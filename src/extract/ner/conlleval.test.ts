import { describe, expect, it } from 'vitest';
import { addSentence, chunks, emptyScore, f1 } from './conlleval.ts';

// [tags, expected chunks as type:start-end]
const cases: [string[], string[]][] = [
  [['B-PER', 'I-PER', 'O'], ['PER:0-2']],
  [['I-LOC', 'O'], ['LOC:0-1']], // an I- that starts a chunk counts (conlleval)
  [
    ['B-PER', 'B-PER'],
    ['PER:0-1', 'PER:1-2'],
  ],
  [
    ['B-ORG', 'I-LOC'],
    ['ORG:0-1', 'LOC:1-2'],
  ],
  [['O', 'O'], []],
];

describe('chunks', () => {
  it.each(cases)('%j', (tags, want) =>
    expect(chunks(tags).map((c) => `${c.type}:${c.start}-${c.end}`)).toEqual(want),
  );
});

describe('addSentence', () => {
  it('counts exact matches only, and names the error kinds', () => {
    const s = emptyScore();
    addSentence(
      s,
      ['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'B-ORG'],
      ['B-PER', 'O', 'O', 'B-ORG', 'B-MISC', 'O'],
    );
    expect([s.tp, s.fp, s.fn]).toEqual([0, 3, 3]);
    expect(s.errors).toEqual({ boundary: 1, 'wrong-type': 1, missed: 1, spurious: 1 });
  });
  it('gives F1 1 for identical tags', () => {
    const s = emptyScore();
    addSentence(s, ['B-PER', 'I-PER'], ['B-PER', 'I-PER']);
    expect(f1(s)).toBe(1);
  });
});
