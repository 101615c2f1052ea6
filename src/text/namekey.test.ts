import { describe, expect, it } from 'vitest';
import { nameDistance, nameKey } from './namekey.ts';
import { stem } from './stem.ts';

// [name, spellings that share one key]
const same: [string, string[]][] = [
  ['long vowels written or not, final ى', ['زيلينسكي', 'زيلنسكي', 'زيلينسكى']],
  ['hamza and alef forms', ['أوباما', 'اوباما']],
  ['diacritics and tatweel', ['بُوتِين', 'بوتـين']],
  ['medial ي written or not', ['ستولتنبرغ', 'ستولتنبيرغ']],
  ['loan letters', ['ڤيينا', 'فيينا']],
  ['عبد compounds written apart or joined', ['سامي عبد الرحمن', 'سامي عبدالرحمن']],
  ['Maghrebi بن surnames written apart or joined', ['هشام بن عمار', 'هشام بنعمار']],
];

// [a, b] that must not share a key
const different: [string, string][] = [
  ['بوتين', 'بوتان'],
  ['بايدن', 'بوتين'],
  ['عمر', 'عمار'],
  ['بن عمار', 'عمار'],
];

describe('nameKey', () => {
  it.each(same)('shares a key: %s', (_name, group) => {
    expect(new Set(group.map(nameKey)).size, group.join(' ')).toBe(1);
  });
  it.each(different)('keeps %s and %s apart', (a, b) => expect(nameKey(a)).not.toBe(nameKey(b)));
  it('keys each word of a multi-word name', () =>
    expect(nameKey('فلاديمير  بوتين')).toBe(nameKey('فلاديمير بوتين')));
});

// [a, b, expected distance]
const distances: [string, string, number][] = [
  ['بوتين', 'بوتين', 0],
  ['زيلينسكي', 'زيلنسكي', 0.3],
  ['بوتين', 'بوتان', 0.5],
  ['غوغل', 'جوجل', 1],
  ['سلمان', 'صلمان', 0.5],
  ['بوتين', 'ترامب', 4.6],
];

describe('nameDistance', () => {
  it.each(distances)('%s ~ %s = %s', (a, b, d) => expect(nameDistance(a, b)).toBeCloseTo(d, 3));
  it('is symmetric', () =>
    expect(nameDistance('زيلينسكي', 'زلنسكي')).toBe(nameDistance('زلنسكي', 'زيلينسكي')));
  it('never exceeds the plain edit distance', () =>
    expect(nameDistance('abc', 'xyz')).toBeLessThanOrEqual(3));
});

// [country or name, its nisba adjective's stem]: one key, so a search for one finds the other.
const nisba: [string, string][] = [
  ['أوكرانيا', 'الأوكراني'],
  ['روسيا', 'الروسية'],
];

describe('nameKey of a name and its adjective', () => {
  it.each(nisba)('%s ~ %s', (name, adjective) => expect(nameKey(stem(adjective))).toBe(nameKey(stem(name))));
  it('keeps عمرو and عمر apart', () => expect(nameKey('عمرو')).not.toBe(nameKey('عمر')));
});
