import { describe, expect, it } from 'vitest';
import { parsePairLine } from '../../apps/cli/commands/similarity.ts';
import { tokenize } from '../../text/index.ts';
import { countEntities, entityKey } from './features.ts';
import { scorePairs } from './pair.ts';
import { cosine, fromEntries } from './sparse.ts';
import { opposed, polarity } from './stance.ts';

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

describe('opposed headlines', () => {
  const pol = (s: string) => polarity(tokenize(s));
  it('sees opposite outcomes and a one-sided negation', () => {
    expect(opposed(pol('أسعار القمح ترتفع في البورصة'), pol('أسعار القمح تتراجع في البورصة'))).toBe(true);
    expect(opposed(pol('البلدية توافق على المشروع الجديد'), pol('البلدية ترفض المشروع الجديد'))).toBe(true);
    expect(opposed(pol('الوزير يحضر المؤتمر'), pol('الوزير لم يحضر المؤتمر'))).toBe(true);
  });
  it('leaves paraphrases alone', () => {
    expect(opposed(pol('ارتفاع أسعار القمح في البورصة'), pol('أسعار القمح ترتفع في البورصة'))).toBe(false);
    expect(opposed(pol('المدينة تفتتح جسرا جديدا'), pol('افتتاح جسر جديد في المدينة'))).toBe(false);
  });
  it('ranks a paraphrase above a headline that states the opposite', () => {
    const [para, opp] = scorePairs([
      { id: 1, text1: 'أسعار القمح ترتفع في بورصة شيكاغو', text2: 'ارتفاع أسعار القمح في بورصة شيكاغو' },
      { id: 2, text1: 'أسعار القمح ترتفع في بورصة شيكاغو', text2: 'أسعار القمح تتراجع في بورصة شيكاغو' },
    ]);
    expect(para).toBeGreaterThan(opp);
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

describe('entity keys across outlets', () => {
  const m = (text: string, type: 'PER' | 'ORG' | 'LOC') => ({ text, type, start: 0, end: text.length });
  it('gives one key to a full name and its surname, and to an organisation and its alias', () => {
    expect(entityKey(m('فلاديمير بوتين', 'PER'))).toBe(entityKey(m('بوتين', 'PER')));
    expect(entityKey(m('الناتو', 'ORG'))).toBe(entityKey(m('حلف شمال الأطلسي', 'ORG')));
    expect(entityKey(m('الكرملين', 'ORG'))).toBe(entityKey(m('كرملين', 'ORG')));
    expect(entityKey(m('سامر حداد', 'PER'))).not.toBe(entityKey(m('سامر يوسف', 'PER')));
  });
  it('leaves a credited wire agency out of the entity counts', () => {
    const counts = countEntities({ mentions: [m('رويترز', 'ORG'), m('عمّان', 'LOC')] });
    expect([...counts.keys()]).toEqual([entityKey(m('عمّان', 'LOC'))]);
  });
});
