import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/index.ts';
import { mentionOf, particleLength } from './spans.ts';

const none = { articleWords: new Set<string>(), nameWords: new Set<string>() };
const seen = (...w: string[]) => ({ articleWords: new Set(w), nameWords: new Set<string>() });
/** Evidence with a gazetteer of [name, types] entries. */
const listed = (...entries: [string, string[]][]) => ({ ...none, gazetteer: new Map(entries) });

// [word, evidence, expected span text]
const cases: [string, ReturnType<typeof seen> | ReturnType<typeof listed>, string][] = [
  ['لبوتين', seen('بوتين'), 'بوتين'],
  ['وواشنطن', seen('واشنطن'), 'واشنطن'],
  ['وزيلينسكي', seen('زيلينسكي'), 'زيلينسكي'],
  ['لبنان', seen('لبنان'), 'لبنان'], // the word itself is the name
  ['بغداد', none, 'بغداد'],
  ['بوتين', none, 'بوتين'],
  ['والكرملين', none, 'الكرملين'], // the article stays in the span
  ['بطنجة', listed(['طنجه', ['LOC']]), 'طنجة'], // a listed place (match-normalized key) behind ب
  ['بايدن', listed(['ايدن', ['PER']]), 'بايدن'], // a listed person's name is no evidence
  ['بنعلي', none, 'بنعلي'], // ب before an unknown rest: a name of its own
  ['ولوغانسك', none, 'لوغانسك'], // و before an unknown rest: a conjunction
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
