import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/index.ts';
import { mentionOf, particleLength } from './spans.ts';

const none = { articleWords: new Set<string>(), nameWords: new Set<string>() };
const seen = (...w: string[]) => ({ articleWords: new Set(w), nameWords: new Set<string>() });

// [word, evidence, expected span text]
const cases: [string, ReturnType<typeof seen>, string][] = [
  ['لبوتين', seen('بوتين'), 'بوتين'],
  ['وواشنطن', seen('واشنطن'), 'واشنطن'],
  ['وزيلينسكي', seen('زيلينسكي'), 'زيلينسكي'],
  ['لبنان', seen('لبنان'), 'لبنان'], // the word itself is the name
  ['بغداد', none, 'بغداد'],
  ['بوتين', none, 'بوتين'],
  ['والكرملين', none, 'الكرملين'], // the article stays in the span
];

describe('mentionOf keeps joined particles out of the span', () => {
  it.each(cases)('%s', (word, ev, want) => {
    const body = `قال ${word} أمس`;
    const tokens = tokenize(body);
    const m = mentionOf(body, tokens, 1, 2, 'PER', ev);
    expect(m?.text).toBe(want);
    expect(m && body.slice(m.start, m.end)).toBe(want);
  });
  it('counts nothing to cut in a word with no particle', () => expect(particleLength('موسكو', none)).toBe(0));
});
