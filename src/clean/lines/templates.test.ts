/** Outlet templates: lines repeated across articles of one outlet, and only short ones. */
import { describe, expect, it } from 'vitest';
import { phraseKey } from '../data.ts';
import { learnTemplates } from './templates.ts';

const PROMO = 'تابع آخر الأخبار عبر تطبيق الموقع';
const SENTENCE =
  'وكانت الحكومة قد أعلنت في وقت سابق من هذا العام خطة شاملة لإصلاح قطاع النقل العام في البلاد.';

describe('learnTemplates', () => {
  const reg = learnTemplates([
    { outlet: 'أ', id: '1', text: `عنوان أول\n${PROMO}\n${SENTENCE}` },
    { outlet: 'أ', id: '2', text: `عنوان ثان\n${PROMO}\n${SENTENCE}` },
    { outlet: 'ب', id: '3', text: `عنوان ثالث\n${PROMO}` },
    { outlet: 'أ', id: '2', text: 'سطر مكرر في المقال نفسه' },
    { outlet: 'أ', id: '2', text: 'سطر مكرر في المقال نفسه' },
  ]);
  it.each([
    ['a line in two articles of one outlet is template', 'أ', PROMO, true],
    ['a full sentence repeated is not template', 'أ', SENTENCE, false],
    ['another outlet has seen it only once', 'ب', PROMO, false],
    ['the same article twice counts once', 'أ', 'سطر مكرر في المقال نفسه', false],
  ])('%s', (_name, outlet, line, expected) => {
    expect(reg.templatesFor(outlet).has(phraseKey(line))).toBe(expected);
  });
});
