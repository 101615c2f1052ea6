/** Cleaning lines: datelines (own line or inline), credits and the outlet they name. */
import { describe, expect, it } from 'vitest';
import { cleanLines } from './text.ts';

const REST = 'أعلنت الحكومة اليوم خطة جديدة لدعم المزارعين في المناطق الريفية خلال الموسم المقبل.';
const TITLE = 'خطة حكومية جديدة لدعم المزارعين';

describe('inline datelines', () => {
  it.each([
    ['القاهرة (رويترز) - ', 'القاهرة (رويترز)', ['رويترز'], null],
    ['جنيف - (الأناضول) - ', 'جنيف - (الأناضول)', ['الأناضول'], null],
    ['الدوحة - قنا: ', 'الدوحة - قنا', ['قنا'], null],
    ['أبوظبي في 3 أبريل / وام / ', 'أبوظبي في 3 أبريل / وام /', ['وام'], null],
    ['الرباط/ إسطنبول - ', 'الرباط/ إسطنبول', [], null],
    ['عمان - صحيفة الميدان - ', 'عمان - صحيفة الميدان', [], 'صحيفة الميدان'],
  ])('%s', (prefix, dateline, credits, outlet) => {
    const r = cleanLines([TITLE, `${prefix}${REST}`]);
    expect(r.body).toEqual([REST]);
    expect(r.dateline).toBe(dateline);
    expect(r.credits).toEqual(credits);
    expect(r.outlet).toBe(outlet);
  });
});

describe('outlet from the lines', () => {
  it.each([
    ['source line', [TITLE, REST, 'المصدر : الجزيرة + وكالات'], 'الجزيرة'],
    ['dateline with places', [TITLE, 'واشنطن/ دبي -الشرق', REST], 'الشرق'],
    [
      'dateline side repeated in a promo',
      [TITLE, 'صوت المدينة - الرباط', REST, 'تابعوا صوت المدينة على فيسبوك'],
      'صوت المدينة',
    ],
    [
      'outlet | date byline',
      [TITLE, 'وكالة الميدان للأنباء | الأحد 3 مارس 2024 - 10:15 ص', REST],
      'وكالة الميدان للأنباء',
    ],
    [
      'a place beside a reporter is no outlet, even when the article names it again',
      [TITLE, 'القاهرة - مراسل الشروق', REST, 'وتشهد القاهرة ازدحاما كبيرا هذا الأسبوع.'],
      null,
    ],
    [
      'both sides named again, only the place in the body',
      [
        TITLE,
        'نبض الساحل - طنجة',
        'وصلت إلى ميناء طنجة صباح اليوم سفينة تحمل معدات لمحطة الطاقة الجديدة في المدينة.',
        'صورة من ميناء طنجة',
        'نبض الساحل',
      ],
      'نبض الساحل',
    ],
    ['an app promo names it', [TITLE, REST, 'حمّل تطبيق الرقيب الإخباري على هاتفك'], 'الرقيب الإخباري'],
    [
      'a newsletter promo names it with its medium',
      [TITLE, REST, 'اشترك في النشرة الأسبوعية لصحيفة الميزان لتصلك أبرز العناوين'],
      'صحيفة الميزان',
    ],
    ['nothing names it', [TITLE, REST], null],
  ])('%s', (_name, lines, outlet) => {
    expect(cleanLines(lines).outlet).toBe(outlet);
  });
});
