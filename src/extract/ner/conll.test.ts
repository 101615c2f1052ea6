import { describe, expect, it } from 'vitest';
import { mapTag, parseConll, splitDev } from './conll.ts';

// [corpus tag, misc policy, expected rasd label]
const tags: [string, 'map' | 'ignore', string][] = [
  ['B-PERS', 'map', 'B-PER'],
  ['I-PERS', 'map', 'I-PER'],
  ['B-PER', 'map', 'B-PER'],
  ['B-MIS1', 'map', 'B-MISC'],
  ['I-MIS0', 'map', 'I-MISC'],
  ['B-MIS1', 'ignore', 'O'],
  ['I--ORG', 'map', 'I-ORG'],
  ['B-ENGLISH', 'map', 'O'],
  ['OO', 'map', 'O'],
  ['O', 'map', 'O'],
];

describe('mapTag', () => {
  it.each(tags)('%s (%s) → %s', (raw, misc, want) => expect(mapTag(raw, misc)).toBe(want));
});

describe('parseConll', () => {
  it('splits sentences at blank lines and reads the last column', () => {
    const s = parseConll('قال\tO\nبوتين\tB-PERS\n\nفي O\nموسكو B-LOC\n');
    expect(s).toEqual([
      { tokens: ['قال', 'بوتين'], tags: ['O', 'B-PER'] },
      { tokens: ['في', 'موسكو'], tags: ['O', 'B-LOC'] },
    ]);
  });
  it('tags a token-only line O', () => expect(parseConll('بوتين\n')[0].tags).toEqual(['O']));
});

describe('splitDev', () => {
  it('keeps the last 10% apart, in order', () => {
    const { train, dev } = splitDev([...Array(20).keys()]);
    expect(train).toEqual([...Array(18).keys()]);
    expect(dev).toEqual([18, 19]);
  });
});
