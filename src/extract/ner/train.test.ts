import { describe, expect, it } from 'vitest';
import type { TaggedSentence } from './conll.ts';
import { seededRandom } from './perceptron.ts';
import { namesGazetteer, swapNames } from './train.ts';

const sents: TaggedSentence[] = [
  { tokens: ['زار', 'سليم', 'الحداد', 'مدينة', 'طرابلس'], tags: ['O', 'B-PER', 'I-PER', 'O', 'B-LOC'] },
  { tokens: ['وقال', 'وسليم', 'إن', 'الأمل', 'كبير'], tags: ['O', 'B-PER', 'O', 'O', 'O'] },
  { tokens: ['الأمل', 'باق', 'في', 'الأمل'], tags: ['B-ORG', 'O', 'O', 'O'] },
  { tokens: ['وصل', 'الوفد', 'إلى', 'بيروت'], tags: ['O', 'O', 'O', 'B-LOC'] },
];

describe('namesGazetteer', () => {
  const gaz = namesGazetteer(sents);
  it('keeps gold names by type, first word without its conjunction', () => {
    expect(gaz.entries.get('سليم الحداد')).toEqual(['PER']);
    expect(gaz.entries.get('سليم')).toEqual(['PER']);
    expect(gaz.entries.get('بيروت')).toEqual(['LOC']);
  });
  it('leaves out a one-word name that mostly stands outside names', () =>
    expect(gaz.entries.has('الامل')).toBe(false));
});

describe('swapNames', () => {
  const out = swapNames(sents, 1, seededRandom(1));
  it('copies only sentences with names, keeping the words around them', () => {
    expect(out).toHaveLength(4);
    expect(out[3].tokens.slice(0, 3)).toEqual(['وصل', 'الوفد', 'إلى']);
  });
  it('puts a name of the same type with well-formed tags', () => {
    for (const s of out) expect(s.tokens).toHaveLength(s.tags.length);
    expect(out[3].tags[3]).toBe('B-LOC');
    expect(['بيروت', 'طرابلس']).toContain(out[3].tokens[3]);
  });
});
