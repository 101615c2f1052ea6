import { describe, expect, it } from 'vitest';
import { parsePairLine } from '../../apps/cli/commands/similarity.ts';
import { scorePairs } from './pair.ts';
import { cosine, fromEntries } from './sparse.ts';

describe('scorePairs', () => {
  const same = {
    id: 1,
    text1: 'ضرب زلزال قوي مدينة حلب صباح اليوم وخلف أضرارا',
    text2: 'زلزال قوي يضرب حلب صباح اليوم',
  };
  const other = {
    id: 2,
    text1: 'ارتفعت أسعار النفط في الأسواق العالمية',
    text2: 'فاز الفريق الوطني بالمباراة النهائية',
  };
  it('scores same-story pairs above unrelated ones, within [0, 1]', () => {
    const [a, b] = scorePairs([same, other]);
    expect(a).toBeGreaterThan(b);
    for (const s of [a, b]) expect(s >= 0 && s <= 1).toBe(true);
  });
});

describe('parsePairLine', () => {
  const bad: Array<[string, RegExp]> = [
    ['not json', /not valid JSON/],
    ['{"text1":"a"}', /text2/],
    ['[1]', /object/],
  ];
  it.each(bad)('rejects %s', (line, msg) => expect(() => parsePairLine(line)).toThrow(msg));
});

describe('sparse', () => {
  it('cosine of a vector with itself is 1', () => {
    const v = fromEntries(
      [
        [3, 1],
        [1, 2],
      ],
      10,
    );
    expect(cosine(v, v)).toBeCloseTo(1, 6);
  });
});
