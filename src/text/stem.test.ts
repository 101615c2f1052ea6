import { describe, expect, it } from 'vitest';
import { normalizeText } from './normalize.ts';
import { lightStemmer, stem } from './stem.ts';

// Names the guard must keep whole (issue 4): a clitic-looking first or last letter is theirs.
const mustSurvive = ['فلاديمير', 'بايدن', 'واشنطن', 'بيلاروسيا', 'لوغانسك', 'كييف', 'فيينا'];

// [word, stem] that must reduce (issue 4), plus news words and clitic combinations.
const reduces: [string, string][] = [
  ['لبوتين', 'بوتين'],
  ['وبايدن', 'بايدن'],
  ['بالناتو', 'ناتو'],
  ['والرئيسين', 'رييس'],
  ['وواشنطن', 'واشنطن'],
  ['لفيينا', 'فيينا'],
  ['وقال', 'قال'],
  ['وبالمدرسة', 'مدرس'],
  ['فللمدرسة', 'مدرس'],
  ['وسيدرسون', 'يدرس'],
  ['كتابهم', 'كتاب'],
  ['الطالبات', 'طالب'],
  ['المعلمون', 'معلم'],
  ['بوابتها', 'بواب'],
  ['الاقتصادية', 'اقتصاد'],
  ['للانتخابات', 'انتخاب'],
  ['الإسرائيلي', 'اسراييل'],
  ['وهو', 'هو'],
  ['والله', 'الله'],
  ['بالرياض', 'رياض'],
  ['الرياض', 'رياض'],
  ['كانوا', 'كان'],
  ['فيهم', 'في'],
  ['ولا', 'لا'],
  ['عاما', 'عام'],
  ['الفرنسية', 'فرنسي'],
  ['الفرنسي', 'فرنسي'],
  ['كبيرة', 'كبير'],
  ['القوات', 'قوات'],
  ['بذلك', 'ذلك'],
];

// [word, stem]: words whose letters look like affixes but belong to the word.
const keeps: [string, string][] = [
  ['بيان', 'بيان'],
  ['قانون', 'قانون'],
  ['سلطان', 'سلطان'],
  ['وزير', 'وزير'],
  ['لبنان', 'لبنان'],
  ['التي', 'التي'],
  ['في', 'في'],
  ['أعلن', 'اعلن'],
  ['ولي', 'ولي'],
];

describe('light stemmer', () => {
  it.each(mustSurvive)('keeps the name %s whole', (word) =>
    expect(stem(word)).toBe(normalizeText(word, 'match')),
  );
  it.each(reduces)('reduces %s to %s', (word, expected) => expect(stem(word)).toBe(expected));
  it.each(keeps)('keeps %s as %s', (word, expected) => expect(stem(word)).toBe(expected));

  it('returns a substring of the match-normalized word', () => {
    for (const w of [...mustSurvive, ...reduces.map(([x]) => x), 'وبالمدرستين', 'فسيكتبونها', 'مُدَرِّسَتِها']) {
      const n = normalizeText(w, 'match');
      expect(n.includes(stem(w)), `${w} → ${stem(w)}`).toBe(true);
    }
  });

  it('is the default stemmer', () => expect(lightStemmer.stem('لبوتين')).toBe(stem('لبوتين')));
});

describe('light stemmer on random Arabic strings', () => {
  it('never throws and always returns a substring of the match form', () => {
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويةىأإآؤئء';
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let i = 0; i < 2000; i++) {
      let w = '';
      const len = 1 + (next() % 12);
      for (let j = 0; j < len; j++) w += letters[next() % letters.length];
      const s = stem(w);
      expect(normalizeText(w, 'match').includes(s), `${w} → ${s}`).toBe(true);
    }
  });
});
