import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/index.ts';
import { trimSentence } from './trim.ts';

// [name, sentence, speaker, expected text, expected changes]
const CASES: Array<[string, string, string | undefined, string, string[]]> = [
  [
    'connective with comma',
    'ومن جهته، رحب الوزير بالاتفاق الجديد.',
    undefined,
    'رحب الوزير بالاتفاق الجديد.',
    ['connective'],
  ],
  [
    'related-matter connective',
    'وفي سياق متصل، أعلنت الحكومة خطة للنقل.',
    undefined,
    'أعلنت الحكومة خطة للنقل.',
    ['connective'],
  ],
  [
    'reporting verb, named speaker',
    'وأضاف الوزير أن المحادثات ستستمر.',
    undefined,
    'أضاف الوزير أن المحادثات ستستمر.',
    ['conjunction'],
  ],
  [
    'reporting verb, pronoun speaker known',
    'وأضاف أن المحادثات ستستمر.',
    'المتحدث',
    'أضاف المتحدث أن المحادثات ستستمر.',
    ['conjunction', 'speaker'],
  ],
  [
    'reporting verb, speaker unknown',
    'وأضاف أن المحادثات ستستمر.',
    undefined,
    'أضاف أن المحادثات ستستمر.',
    ['conjunction'],
  ],
  [
    'conjunction before كان',
    'وكانت المدينة قد شهدت أمطارا.',
    undefined,
    'كانت المدينة قد شهدت أمطارا.',
    ['conjunction'],
  ],
  ['و that belongs to the word', 'وزارة الصحة أعلنت الحصيلة.', undefined, 'وزارة الصحة أعلنت الحصيلة.', []],
  ['nothing to trim', 'رحب الوزير بالاتفاق.', undefined, 'رحب الوزير بالاتفاق.', []],
  [
    'one-word connective before a reporting verb',
    'كما أكد الوزير دعمه للخطة.',
    undefined,
    'أكد الوزير دعمه للخطة.',
    ['connective'],
  ],
  [
    'connective word that starts a normal clause',
    'كما هو متوقع ارتفعت الأسعار.',
    undefined,
    'كما هو متوقع ارتفعت الأسعار.',
    [],
  ],
];

// [name, first sentence of an article, expected text]
const DATELINES: Array<[string, string, string]> = [
  [
    'city and agency',
    'عمّان - (وكالة الشرق) - افتتح الوزير اليوم معرضا للكتاب بمشاركة مئة دار نشر.',
    'افتتح الوزير اليوم معرضا للكتاب بمشاركة مئة دار نشر.',
  ],
  [
    'city alone',
    'تونس – أعلنت الهيئة المستقلة نتائج الانتخابات البلدية في مؤتمر صحفي مساء أمس.',
    'أعلنت الهيئة المستقلة نتائج الانتخابات البلدية في مؤتمر صحفي مساء أمس.',
  ],
  [
    'no dateline',
    'أعلنت الهيئة المستقلة نتائج الانتخابات البلدية في مؤتمر صحفي مساء أمس.',
    'أعلنت الهيئة المستقلة نتائج الانتخابات البلدية في مؤتمر صحفي مساء أمس.',
  ],
];

describe("trimSentence: datelines of an article's first sentence", () => {
  for (const [name, text, expected] of DATELINES) {
    it(name, () => {
      const t = trimSentence(text, 0, text.length, tokenize(text), undefined, true);
      expect(t.text).toBe(expected);
      expect(text.slice(t.start)).toBe(expected);
    });
  }
});

describe('trimSentence', () => {
  for (const [name, text, speaker, expected, changes] of CASES) {
    it(name, () => {
      const body = `مقدمة. ${text}`;
      const start = body.indexOf(text);
      const end = start + text.length;
      const t = trimSentence(
        body,
        start,
        end,
        tokenize(body).filter((x) => x.start >= start),
        speaker,
      );
      expect(t.text).toBe(expected);
      expect(t.changes).toEqual(changes);
      if (!changes.includes('speaker')) expect(body.slice(t.start, end)).toBe(expected);
    });
  }
});
