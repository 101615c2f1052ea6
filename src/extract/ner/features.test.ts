import { describe, expect, it } from 'vitest';
import { type FeatureContext, infoOf, pairFeatures, quotedTokens, viewOf } from './features.ts';
import { addEntry, emptyGazetteer, matchGazetteer } from './gazetteer.ts';

function context(): FeatureContext {
  const names = emptyGazetteer();
  addEntry(names, 'سليم الحداد', 'PER');
  return {
    gazetteer: emptyGazetteer(),
    titleHeads: new Set(),
    cues: new Map([['وزاره', 'ORG']]),
    names,
  };
}

describe('quotedTokens', () => {
  it('marks the words between « and »', () =>
    expect(quotedTokens(['نشرت', '«', 'الصباح', 'الجديد', '»', 'خبرا'])).toEqual([
      false,
      false,
      true,
      true,
      false,
      false,
    ]));
  it('ignores a quote that never closes', () =>
    expect(quotedTokens(['قال', '"', 'إن', 'الوضع', 'هادئ'])).toEqual([false, false, false, false, false]));
});

describe('pairFeatures', () => {
  it('follows the genitive chain after an ORG cue word', () => {
    const v = viewOf(['أعلنت', 'وزارة', 'الزراعة', 'الوطنية', 'أمس'], context());
    expect(pairFeatures(v, 1)).toContain('cue:ORG');
    expect(pairFeatures(v, 2)).toContain('cc:ORG1al');
    expect(pairFeatures(v, 3)).toContain('cc:ORG2al');
  });
  it('stops the chain at a conjunction', () => {
    const v = viewOf(['وزارة', 'الزراعة', 'والصيد'], context());
    expect(pairFeatures(v, 2).some((f) => f.startsWith('cc:'))).toBe(false);
  });
  it('marks a name known from training, its clitic left out', () => {
    const v = viewOf(['وصل', 'وسليم', 'الحداد', 'اليوم'], context());
    expect(pairFeatures(v, 1)).toContain('n:B-PER');
    expect(pairFeatures(v, 2)).toContain('n:I-PER');
    expect(pairFeatures(v, 3)).toContain('n-1:I-PER');
  });
});

describe('matchGazetteer', () => {
  const gaz = emptyGazetteer();
  addEntry(gaz, 'نهر الأردن', 'LOC');
  addEntry(gaz, 'الأردن', 'LOC');
  addEntry(gaz, 'بنك الأردن الوطني', 'ORG');
  it('takes the longest entry, the first word without its clitic (inner words match too)', () =>
    expect(matchGazetteer(gaz, ['وبنك', 'الاردن', 'الوطني'], ['بنك', 'الاردن', 'الوطني'])).toEqual([
      ['B-ORG'],
      ['I-ORG', 'B-LOC'],
      ['I-ORG'],
    ]));
  it('falls back to a shorter entry when the longer one breaks off', () =>
    expect(matchGazetteer(gaz, ['بنك', 'الاردن', 'اليوم'], ['بنك', 'الاردن', 'اليوم'])).toEqual([
      [],
      ['B-LOC'],
      [],
    ]));
});

describe('word forms', () => {
  it('read a word with marks as the word without them', () => {
    expect(infoOf('وصرّح')).toEqual(infoOf('وصرح'));
    expect(infoOf('مُحَمَّد')).toEqual(infoOf('محمد'));
  });
});
