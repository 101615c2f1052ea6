/** Line classification: one line in context, the kind it must get. Lines are written for rasd. */
import { describe, expect, it } from 'vitest';
import { classifyLines, datelineParts } from './classify.ts';

const BODY1 = 'وقال وزير النقل في مؤتمر صحفي إن الخط الجديد سيفتح أمام الركاب مطلع الشهر المقبل.';
const BODY2 = 'وأضاف أن الحكومة خصصت ميزانية إضافية لتسريع الأعمال في المحطات المتبقية قبل نهاية العام.';
const TITLE = 'افتتاح الخط الجديد لقطار الضواحي الشهر المقبل';

/** [what, lines, index of the line to check, expected kind] */
const cases: Array<[string, string[], number, string]> = [
  ['title first', [TITLE, BODY1, BODY2], 0, 'title'],
  ['breadcrumb above title', ['محليات', TITLE, BODY1, BODY2], 0, 'navigation'],
  ['body after title', [TITLE, BODY1, BODY2], 1, 'body'],
  ['agency caption', [TITLE, 'ركاب ينتظرون القطار في إحدى المحطات (رويترز)', BODY1], 1, 'caption'],
  [
    'English caption',
    [TITLE, 'Passengers wait for a train at a station in the capital', BODY1],
    1,
    'caption',
  ],
  ['via REUTERS caption', [TITLE, 'ركاب في محطة القطار - 3 مارس 2024 - via REUTERS', BODY1], 1, 'caption'],
  ['promo follow us', [TITLE, BODY1, 'تابعونا على قناتنا في تلغرام', BODY2], 2, 'promo'],
  ['click here', [TITLE, BODY1, 'اضغط هنا للاشتراك في النشرة', BODY2], 2, 'promo'],
  ['read also', [TITLE, BODY1, 'اقرأ أيضا: ارتفاع أسعار التذاكر', BODY2], 2, 'related'],
  ['source line', [TITLE, BODY1, BODY2, 'المصدر : الجزيرة + وكالات'], 3, 'source-line'],
  ['dateline', [TITLE, 'عمان/ بيروت -الغد', BODY1, BODY2], 1, 'dateline'],
  ['comments widget', [TITLE, BODY1, BODY2, 'اترك تعليقاً'], 3, 'comments'],
  ['back to top', [TITLE, BODY1, BODY2, 'زر الذهاب إلى الأعلى'], 3, 'navigation'],
  ['share', [TITLE, BODY1, 'شارك', BODY2], 2, 'share'],
  ['byline', [TITLE, 'بقلم: سامي يوسف', BODY1, BODY2], 1, 'byline'],
  [
    'related run',
    [TITLE, BODY1, 'أسعار الوقود ترتفع للمرة الثالثة', 'هل تنجح خطة النقل الجديدة؟', BODY2],
    2,
    'related',
  ],
  [
    'links under a related header',
    [TITLE, BODY1, 'اقرأ أيضا', 'أسعار الوقود ترتفع للمرة الثالثة', BODY2],
    3,
    'related',
  ],
  ['single subheading stays', [TITLE, BODY1, 'خطة للتوسع', BODY2], 2, 'body'],
  [
    'duplicate caption line',
    [TITLE, 'ركاب داخل عربة القطار الجديد', 'ركاب داخل عربة القطار الجديد', BODY1],
    2,
    'caption',
  ],
  ['date line', [TITLE, 'الأربعاء 3 أبريل 2024', BODY1], 1, 'other'],
  ['punctuation only', [TITLE, BODY1, '.', BODY2], 2, 'other'],
  [
    'sentence with credit stays',
    [TITLE, 'وأعلنت الشركة زيادة عدد الرحلات اليومية إلى عشرين رحلة. (رويترز)', BODY1],
    1,
    'body',
  ],
];

describe('classifyLines', () => {
  it.each(cases)('%s', (_name, lines, index, kind) => {
    expect(classifyLines(lines)[index].kind).toBe(kind);
  });

  it('marks the line repeating a given title', () => {
    const labels = classifyLines(['محليات', TITLE, BODY1], { titleKnown: true, title: TITLE });
    expect(labels.map((l) => l.kind)).toEqual(['navigation', 'title', 'body']);
  });

  it('uses the outlet templates it is given', () => {
    const templates = new Set(['حمل تطبيقنا المجاني الان']);
    expect(classifyLines([TITLE, BODY1, 'حمل تطبيقنا المجاني الآن', BODY2], { templates })[2].kind).toBe(
      'other',
    );
  });
});

describe('datelineParts', () => {
  it.each([
    ['واشنطن/ دبي -الشرق', { places: 'واشنطن/ دبي', source: 'الشرق' }],
    ['القاهرة - رويترز', { places: 'القاهرة', source: 'رويترز' }],
    [BODY1, null],
  ])('%s', (line, expected) => expect(datelineParts(line)).toEqual(expected));
});
