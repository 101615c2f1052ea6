import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from './sentences.ts';

// [name, text, expected sentences]
const cases: [string, string, string[]][] = [
  ['full stop and exclamation', 'انتهى الاجتماع. وبدأ الحوار!', ['انتهى الاجتماع.', 'وبدأ الحوار!']],
  [
    'Arabic question mark and ellipsis',
    'هل انتهى؟ ربما… لا أحد يعرف.',
    ['هل انتهى؟', 'ربما…', 'لا أحد يعرف.'],
  ],
  ['abbreviation د.', 'قال د. سامر إن الخطة جاهزة. ثم غادر.', ['قال د. سامر إن الخطة جاهزة.', 'ثم غادر.']],
  ['abbreviations م. and أ.', 'حضر م. وليد و أ. هالة الاجتماع.', ['حضر م. وليد و أ. هالة الاجتماع.']],
  ['decimal', 'بلغ النمو 3.5 في المئة هذا العام.', ['بلغ النمو 3.5 في المئة هذا العام.']],
  [
    'date with dots',
    'وقع الحادث في 12.3.2021 صباحا. ولم يصب أحد.',
    ['وقع الحادث في 12.3.2021 صباحا.', 'ولم يصب أحد.'],
  ],
  ['Latin initials', 'كتب J. R. Smith مقالا. ونشر أمس.', ['كتب J. R. Smith مقالا.', 'ونشر أمس.']],
  ['Arabic initials', 'التقى ج. و. بوش بالوفد. ثم عاد.', ['التقى ج. و. بوش بالوفد.', 'ثم عاد.']],
  ['year letter ends a sentence', 'تأسست عام 1990 م. وتوسعت لاحقا.', ['تأسست عام 1990 م.', 'وتوسعت لاحقا.']],
  [
    'guillemets run on',
    'قال: «لن نتراجع. سنواصل العمل» ثم غادر. وانتهى اللقاء.',
    ['قال: «لن نتراجع. سنواصل العمل» ثم غادر.', 'وانتهى اللقاء.'],
  ],
  [
    'curly quotes run on',
    'وأضاف “الأمر صعب. لكننا سننجح” في كلمته. وصفق الحضور.',
    ['وأضاف “الأمر صعب. لكننا سننجح” في كلمته.', 'وصفق الحضور.'],
  ],
  [
    'unclosed quote does not swallow the paragraph',
    'قال «نحن هنا. وسنبقى. وانتهى.',
    ['قال «نحن هنا.', 'وسنبقى.', 'وانتهى.'],
  ],
  ['closing quote stays with its sentence', 'قال "انتهى الأمر." ثم سكت.', ['قال "انتهى الأمر." ثم سكت.']],
  [
    'no space after the full stop',
    'انتهى الاجتماع.وقال المتحدث كلاما.',
    ['انتهى الاجتماع.', 'وقال المتحدث كلاما.'],
  ],
  ['domain name', 'زار موقع example.com أمس. ثم كتب.', ['زار موقع example.com أمس.', 'ثم كتب.']],
  ['paragraph breaks', 'سطر أول\n\nسطر ثان. جملة ثالثة', ['سطر أول', 'سطر ثان.', 'جملة ثالثة']],
  ['empty', '', []],
];

describe('splitSentences', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
});

describe('splitParagraphs', () => {
  it('trims lines and skips blank ones', () => {
    const text = '  أول  \n\n\tثان\n';
    expect(splitParagraphs(text).map((s) => text.slice(s.start, s.end))).toEqual(['أول', 'ثان']);
  });
});
