import { describe, expect, it } from 'vitest';
import { originalPrefixLength, splitClitics } from './clitics.ts';

describe('splitClitics', () => {
  it('keeps the article in the core', () => {
    const s = splitClitics('والرئيس');
    expect(s.particle).toBe('و');
    expect(s.core.startsWith('ال')).toBe(true);
  });
  it('leaves a word with no proclitic alone', () => expect(splitClitics('موسكو').particle).toBe(''));
});

// [word as written, normalized prefix length, original length]
const lengths: [string, number, number][] = [
  ['لبوتين', 1, 1],
  ['وَواشنطن', 1, 2], // the diacritic belongs to the particle
  ['بوتين', 0, 0],
];

describe('originalPrefixLength', () => {
  it.each(lengths)('%s: %i normalized → %i written', (w, n, want) =>
    expect(originalPrefixLength(w, n)).toBe(want),
  );
});
