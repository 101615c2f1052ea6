/**
 * The tense read for each date expression (tense.ts, verb.ts), on sentences written for these
 * tests: the verb that governs the expression in its clause decides, not any verb of the
 * sentence.
 */
import { describe, expect, it } from 'vitest';
import { createArticle } from '../../pipeline/run.ts';
import { textStage } from '../../text/stage.ts';
import { dateClues } from './index.ts';

/** Tense of the first date expression of `text`. */
function tenseOf(text: string): string | null {
  const a = createArticle({ source: 'test', format: 'text', text });
  a.body = text;
  textStage.run(a);
  return dateClues(a.body, a.sentences ?? []).clues[0]?.tense ?? null;
}

// [why, text, tense]
const ROWS: Array<[string, string, 'past' | 'future' | null]> = [
  ['a clause opening with a perfect verb', 'ووصل المبعوث الأممي إلى الخرطوم مساء الأربعاء.', 'past'],
  ['a clause opening with an imperfect verb', 'ويلتقي المنتخبان في المباراة الحاسمة الجمعة.', 'future'],
  ['the sentence-initial verb governs', 'افتتح الرئيس المعرض الدولي للكتاب الثلاثاء.', 'past'],
  [
    'a relative clause: the verb after الذي',
    'وعاد الجدل إلى البلدة بعد الحريق الذي اندلع في 3 أغسطس.',
    'past',
  ],
  [
    'the nearest verb wins over a future verb earlier in the sentence',
    'ستزور اللجنة المصنع بعد أن أغلقته السلطات، وكان العمال قد احتجوا الاثنين.',
    'past',
  ],
  ['كان ... قد + a تـ perfect is a pluperfect', 'وكان الفريق قد تغلب على منافسه في 12 أكتوبر.', 'past'],
  ['منذ tells a start in the past', 'ويعاني السكان من انقطاع المياه منذ السبت.', 'past'],
  ['a speech verb does not govern the reported clause', 'وقالت الوزيرة إن الأسعار مرتفعة الأحد.', null],
  [
    'postponed to a date: to come, whatever the tense of the act',
    'أرجأت المحكمة الإدارية النظر في الطعن إلى جلسة 14 مايو.',
    'future',
  ],
  ['fixed on a date: to come', 'حددت الهيئة الانتخابية يوم الأحد موعدا للاقتراع.', 'future'],
  ['the coming event: المقبلة in the clause', 'تنعقد الدورة المقبلة للمجلس في عمان يوم 9 نوفمبر.', 'future'],
  [
    'an imperfect with an object pronoun is a verb wherever it stands',
    'أعلنت الرئاسة عن جولة يجريها الوزير إلى أنقرة في 20 سبتمبر.',
    'future',
  ],
  [
    'known limit: a bare imperfect mid-clause is not read (it may be a name), so the opening verb governs',
    'أعلنت الرئاسة عن جولة يقوم بها الوزير إلى أنقرة في 20 سبتمبر.',
    'past',
  ],
  ['a تـ verb alone is left unread (تأهل or تعقد)', 'تأهل النادي إلى النهائي الخميس.', null],
  ['a noun after a comma is not a verb', 'وفي المقابل، رئيس البلدية في مكتبه الخميس.', null],
];

describe('clause tense of date expressions', () => {
  it.each(ROWS)('%s', (_why, text, tense) => {
    expect(tenseOf(text)).toBe(tense);
  });
});
