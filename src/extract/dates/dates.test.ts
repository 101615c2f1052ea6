/** Table-driven tests of the dates stage on short texts written for these tests. */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../doc/types.ts';
import { createArticle } from '../../pipeline/run.ts';
import { textStage } from '../../text/stage.ts';
import { datesStage } from './index.ts';

function run(text: string, published: string | null): Article {
  const a = createArticle({ source: 'test', format: 'text', text });
  a.body = text;
  a.published = published;
  textStage.run(a);
  datesStage.run(a);
  return a;
}

// [name, text, published, expression, date, precision, extra]
type Row = [
  string,
  string,
  string,
  string,
  string,
  'day' | 'month' | 'year',
  { endDate?: string; scheduled?: boolean }?,
];

const ROWS: Row[] = [
  [
    'day month with Levantine pair',
    'عقد المؤتمر في 3 شباط/فبراير بمشاركة واسعة.',
    '2024-02-10',
    '3 شباط/فبراير',
    '2024-02-03',
    'day',
  ],
  [
    'ordinal day of a Levantine month',
    'افتتح المعرض في الخامس والعشرين من شهر تشرين الأول الماضي.',
    '2023-11-02',
    'الخامس والعشرين من شهر تشرين الأول الماضي',
    '2023-10-25',
    'day',
  ],
  [
    'range with و',
    'تجري الانتخابات يومي 7 و8 حزيران المقبل.',
    '2024-05-01',
    '7 و8 حزيران المقبل',
    '2024-06-07',
    'day',
    { endDate: '2024-06-08', scheduled: true },
  ],
  [
    'Eastern digits with a year',
    'وقعت الاتفاقية في ٢١ مارس ٢٠١٩ في الرباط.',
    '2024-05-01',
    '٢١ مارس ٢٠١٩',
    '2019-03-21',
    'day',
  ],
  [
    'Maghrebi month',
    'ستنطلق الدورة في 14 شتنبر المقبل.',
    '2024-07-20',
    '14 شتنبر المقبل',
    '2024-09-14',
    'day',
    { scheduled: true },
  ],
  ['Algerian month', 'تجرى الامتحانات في 9 جوان.', '2024-05-02', '9 جوان', '2024-06-09', 'day'],
  [
    'a bare weekday after a future verb with a two-letter stem (سيتم)',
    'وأوضح المدير أنه سيتم تسليم المستشفى الجديد يوم الأحد إلى وزارة الصحة.',
    '2024-05-02',
    'يوم الأحد',
    '2024-05-05',
    'day',
    { scheduled: true },
  ],
  ['Moroccan May', 'احتضنت المدينة المهرجان في 4 ماي 2022.', '2024-05-02', '4 ماي 2022', '2022-05-04', 'day'],
  ['year with م', 'تأسست الجمعية سنة 1998م في القاهرة.', '2024-05-02', 'سنة 1998م', '1998', 'year'],
  [
    'Hijri date (Umm al-Qura)',
    'يبدأ الموسم في 1 رمضان 1445 هـ حسب التقويم.',
    '2024-02-20',
    '1 رمضان 1445 هـ',
    '2024-03-11',
    'day',
  ],
  [
    'yesterday with weekday',
    'وصل الوفد أمس الأحد إلى العاصمة.',
    '2024-03-04',
    'أمس الأحد',
    '2024-03-03',
    'day',
  ],
  [
    'day before yesterday',
    'غادر الوزير أول أمس متجها إلى جنيف.',
    '2024-03-04',
    'أول أمس',
    '2024-03-02',
    'day',
  ],
  [
    'tomorrow is scheduled',
    'يصل المبعوث غداً إلى بيروت.',
    '2024-03-04',
    'غداً',
    '2024-03-05',
    'day',
    { scheduled: true },
  ],
  [
    'tanween after the alef stays in the span',
    'يصل المبعوث غدا\u064B إلى بيروت.',
    '2024-03-04',
    'غدا\u064B',
    '2024-03-05',
    'day',
  ],
  [
    'evening of a past weekday',
    'اجتمع المجلس مساء السبت لمناقشة الميزانية.',
    '2024-03-06',
    'مساء السبت',
    '2024-03-02',
    'day',
  ],
  [
    'bare weekday with a future verb',
    'وسيزور الرئيس المدينة الجمعة لتدشين المشروع.',
    '2024-03-06',
    'الجمعة',
    '2024-03-08',
    'day',
    { scheduled: true },
  ],
  [
    'من المقرر makes a weekday future',
    'ومن المقرر أن يلتقي الطرفان الاثنين في الدوحة.',
    '2024-03-06',
    'الاثنين',
    '2024-03-11',
    'day',
    { scheduled: true },
  ],
  [
    'next Thursday',
    'تستأنف المحادثات الخميس المقبل.',
    '2024-03-06',
    'الخميس المقبل',
    '2024-03-07',
    'day',
    { scheduled: true },
  ],
  ['last month', 'ارتفع التضخم الشهر الماضي بنسبة طفيفة.', '2024-03-06', 'الشهر الماضي', '2024-02', 'month'],
  [
    'next week has month precision',
    'تبدأ الجولة الأسبوع المقبل.',
    '2024-03-06',
    'الأسبوع المقبل',
    '2024-03',
    'month',
    { scheduled: true },
  ],
  [
    'earlier this week taken whole',
    'كانت الحكومة قد أعلنت في وقت سابق من هذا الأسبوع خطة جديدة.',
    '2024-03-06',
    'في وقت سابق من هذا الأسبوع',
    '2024-03',
    'month',
  ],
  ['this year', 'سجلت الصادرات هذا العام رقما قياسيا.', '2024-03-06', 'هذا العام', '2024', 'year'],
  [
    'current month after a date',
    'تنتهي المهلة في 28 آذار الجاري.',
    '2024-03-06',
    '28 آذار الجاري',
    '2024-03-28',
    'day',
    { scheduled: true },
  ],
  [
    'year rolls over for المقبل',
    'تبدأ المرحلة الثانية في 15 يناير المقبل.',
    '2024-12-20',
    '15 يناير المقبل',
    '2025-01-15',
    'day',
    { scheduled: true },
  ],
  [
    'year rolls back for الماضي',
    'كانت الشركة قد أعلنت الخطة في 20 ديسمبر الماضي.',
    '2024-01-10',
    '20 ديسمبر الماضي',
    '2023-12-20',
    'day',
  ],
  [
    'period part of a month',
    'يستمر العمل بالقرار حتى نهاية أغسطس المقبل.',
    '2024-03-06',
    'نهاية أغسطس المقبل',
    '2024-08',
    'month',
    { scheduled: true },
  ],
  [
    'the day after an explicit date',
    'بدأت القمة في 4 مايو، وفي اليوم التالي صدر البيان الختامي.',
    '2024-05-10',
    'في اليوم التالي',
    '2024-05-05',
    'day',
  ],
];

describe('dates stage', () => {
  it.each(ROWS)('%s', (_name, text, published, expression, date, precision, extra) => {
    const a = run(text, published);
    const d = a.dates?.find((x) => x.expression === expression);
    expect(
      d,
      `no date "${expression}" in: ${JSON.stringify(a.dates?.map((x) => x.expression))}`,
    ).toBeDefined();
    if (!d) return;
    expect(a.body.slice(d.start, d.end)).toBe(expression);
    expect([d.date, d.precision]).toEqual([date, precision]);
    if (extra?.endDate) expect(d.endDate).toBe(extra.endDate);
    if (extra?.scheduled !== undefined) expect(Boolean(d.scheduled)).toBe(extra.scheduled);
    expect(d.event.start).toBeLessThanOrEqual(d.start);
    expect(d.event.end).toBeGreaterThanOrEqual(d.end);
  });

  it.each([
    ['a first name is not a month', 'التقى الوزير رجب بنظيره.'],
    ['a recurring date is not an event', 'تحتفل البلاد بالعيد في 18 نوفمبر من كل عام.'],
    ['"the next day" without an anchor', 'وفي اليوم التالي عاد الجميع.'],
  ])('no date: %s', (_name, text) => {
    expect(run(text, '2024-03-06').dates).toEqual([]);
  });
});

describe('publication date inference', () => {
  it.each([
    [
      'yesterday next to a full date fixes the day',
      'قال الوزير أمس 14 مارس 2024 إن الخطة جاهزة.',
      '2024-03-15',
    ],
    // Several Thursdays of two Decembers stay open: published.test.ts checks it abstains.
    [
      'weekday, current month and year bound it',
      'أعلنت الحكومة اليوم الخميس 9 ديسمبر أن القمة التي عقدت في 5 ديسمبر، هذا الشهر، نجحت. وكانت الدورة السابقة في مارس 2021.',
      null,
    ],
  ])('%s', (_name, text, expected) => {
    const a = run(text, null);
    if (expected) {
      expect(a.published).toBe(expected);
      expect(a.publishedFrom).toBe('text');
      expect(a.publishedConfidence).toBeGreaterThan(0.5);
    } else {
      expect(a.published, 'an inferred date').not.toBeNull();
      // Consistent: in December, on a Thursday, after the 5th.
      const d = new Date(a.published ?? '');
      expect([d.getUTCMonth() + 1, d.getUTCDay()]).toEqual([12, 4]);
      expect(d.getUTCDate()).toBeGreaterThanOrEqual(5);
    }
  });
});
