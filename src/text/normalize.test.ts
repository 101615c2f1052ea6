import { describe, expect, it } from 'vitest';
import { type NormalizeMode, normalize, normalizeText, toOriginal } from './normalize.ts';

// [name, input, mode, expected]
const cases: [string, string, NormalizeMode, string][] = [
  ['harakat, shadda, sukun', 'مُحَمَّدٌ وَالْقَلَمُ', 'search', 'محمد والقلم'],
  ['superscript alef', 'هٰذا', 'search', 'هذا'],
  ['tatweel', 'الـــوزير', 'search', 'الوزير'],
  ['alef forms', 'أحمد إبراهيم آمن ٱلله', 'search', 'احمد ابراهيم امن الله'],
  ['hamza seats', 'مؤتمر رئيس سائل', 'search', 'موتمر رييس سايل'],
  ['ى and ة kept in search', 'مستشفى المدينة', 'search', 'مستشفى المدينة'],
  ['ى→ي and ة→ه in match', 'مستشفى المدينة', 'match', 'مستشفي المدينه'],
  ['presentation forms (NFKC)', 'ﺍﻟﺴﻼﻡ ﻻ', 'search', 'السلام لا'],
  ['isolated harakat form has no stray space', 'ب\uFE76', 'search', 'ب'],
  ['zero-width and bidi controls', 'ال\u200Fرئيس\u200B \u202Bنص\u202C\uFEFF', 'display', 'الرئيس نص'],
  ['Eastern Arabic digits', '٢٠٢٢ و١٥', 'display', '2022 و15'],
  ['Persian digits', '۱۴۰۲', 'display', '1402'],
  ['display keeps diacritics and punctuation', 'قالَ، «نعم»؟', 'display', 'قالَ، «نعم»؟'],
  ['Arabic punctuation', 'نعم، لا؛ لماذا؟', 'search', 'نعم, لا; لماذا?'],
  ['Arabic decimal and thousands signs', '١٢٫٥ و١٬٠٠٠ و٣٠٪', 'search', '12.5 و1,000 و30%'],
  ['quotation marks', '«أ» “ب” „ج‟ ‹د› ‘ه’', 'search', '"ا" "ب" "ج" \'د\' \'ه\''],
  ['Persian yeh and kaf', 'ایران کابل', 'search', 'ايران كابل'],
  ['no-break space', 'كلمة\u00A0أخرى', 'search', 'كلمة اخرى'],
  ['Latin lowercased in match', 'NATO وCNN', 'match', 'nato وcnn'],
  ['Latin kept in search', 'NATO', 'search', 'NATO'],
  ['empty', '', 'match', ''],
];

describe('normalize', () => {
  it.each(cases)('%s: %s', (_name, input, mode, expected) => {
    expect(normalizeText(input, mode)).toBe(expected);
    const n = normalize(input, mode);
    expect(n.text).toBe(expected);
    expect(n.map.length).toBe(expected.length + 1);
    expect(n.map[expected.length]).toBe(input.length);
  });

  it('maps every normalized char to the original char it came from', () => {
    const input = 'قالَ الرَّئيسُ ٢٠٢٢';
    const n = normalize(input, 'search');
    for (let i = 0; i < n.text.length; i++) {
      expect(normalizeText(input[n.map[i]], 'search'), `char ${i} of ${n.text}`).toBe(n.text[i]);
    }
  });

  it('throws a clear error on a non-string', () => {
    expect(() => normalize(undefined as unknown as string)).toThrow(/expected a string/);
  });
});

// [name, input, mode, normalized span text, expected original span text]
const spanCases: [string, string, NormalizeMode, string, string][] = [
  ['diacritics inside and after', 'قال الرَّئيسُ أمس', 'search', 'الرييس', 'الرَّئيسُ'],
  ['tatweel inside', 'وصل الـــوزير', 'search', 'الوزير', 'الـــوزير'],
  ['ligature expanded', 'قال ﻻ شيء', 'search', 'لا', 'ﻻ'],
  ['half of a ligature stays inside it', 'ﻻ', 'search', 'ل', 'ﻻ'],
  ['bidi mark dropped', 'بايدن\u200F قال', 'search', 'قال', 'قال'],
];

describe('toOriginal', () => {
  it.each(spanCases)('%s', (_name, input, mode, needle, expected) => {
    const n = normalize(input, mode);
    const at = n.text.indexOf(needle);
    expect(at).toBeGreaterThanOrEqual(0);
    const span = toOriginal(n, at, at + needle.length);
    expect(input.slice(span.start, span.end)).toBe(expected);
  });

  it('rejects a span outside the text', () => {
    expect(() => toOriginal(normalize('abc'), 2, 9)).toThrow(/outside/);
  });
});
