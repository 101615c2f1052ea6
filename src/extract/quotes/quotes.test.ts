/** Table-driven tests of the quotes stage on short texts written for these tests. */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../doc/types.ts';
import { createArticle } from '../../pipeline/run.ts';
import { textStage } from '../../text/stage.ts';
import { entitiesStage } from '../entities/index.ts';
import { quotesStage } from './index.ts';
import { quotePairs } from './pairs.ts';

function run(text: string, mentions: Article['mentions'] = []): Article {
  const a = createArticle({ source: 'test', format: 'text', text });
  a.body = text;
  textStage.run(a);
  a.mentions = mentions;
  quotesStage.run(a);
  return a;
}

// [name, text, expected quotes as [kind, speaker, quote text]]
type Row = [string, string, Array<['direct' | 'indirect', string, string]>];

const ROWS: Row[] = [
  [
    'a pronoun connective after a comma opens a new quote with the same speaker',
    'وقال رئيس النقابة إن «باب الحوار ما زال مفتوحا»، لكنه حذر من أن «صبر العمال له حدود».',
    [
      ['direct', 'رئيس النقابة', 'باب الحوار ما زال مفتوحا'],
      ['direct', 'رئيس النقابة', 'صبر العمال له حدود'],
    ],
  ],
  [
    'a pronoun connective before a reported clause keeps the speaker, not a name in the first quote',
    'وأكدت المديرة أن الشركة لن تغلق فرع المدينة، إلا أنها أوضحت أن عشرين موظفا سينقلون.',
    [
      ['indirect', 'المديرة', 'الشركة لن تغلق فرع المدينة'],
      ['indirect', 'المديرة', 'عشرين موظفا سينقلون'],
    ],
  ],
  [
    'أما ... فقد: the subject is the segment before فقد',
    'أما مدرب الفريق الضيف، الإسباني خوان مارتن، فقد اعتبر أن التعادل نتيجة منصفة.',
    [['indirect', 'الإسباني خوان مارتن', 'التعادل نتيجة منصفة']],
  ],
  [
    'quotation marks inside a reported clause stay in it',
    'وقال مدرب المنتخب إن لاعبيه "قدموا مباراة كبيرة رغم الغيابات".',
    [['indirect', 'مدرب المنتخب', 'لاعبيه "قدموا مباراة كبيرة رغم الغيابات"']],
  ],
  [
    'guillemets after a colon',
    'وقال وزير المالية سامي الخوري: «لن نرفع الضرائب هذا العام».',
    [['direct', 'وزير المالية سامي الخوري', 'لن نرفع الضرائب هذا العام']],
  ],
  [
    'curly quotes after أن',
    'وأكدت الوزارة في بيان أن “الحدود ستبقى مفتوحة أمام الشاحنات”.',
    [['direct', 'الوزارة', 'الحدود ستبقى مفتوحة أمام الشاحنات']],
  ],
  [
    'verb after the quote',
    '"نحن مستعدون لكل الاحتمالات"، قال قائد الشرطة أمس.',
    [['direct', 'قائد الشرطة', 'نحن مستعدون لكل الاحتمالات']],
  ],
  [
    'reported speech with إن and a chain',
    'قال مسؤول أوروبي إن المفاوضات ستستأنف قريبا. وأضاف أن الوفود وصلت إلى فيينا.',
    [
      ['indirect', 'مسؤول أوروبي', 'المفاوضات ستستأنف قريبا'],
      ['indirect', 'مسؤول أوروبي', 'الوفود وصلت إلى فيينا'],
    ],
  ],
  [
    'participle continues the speaker',
    'وقالت رئيسة البلدية إن المياه عادت إلى الأحياء، مشيرة إلى أن الأشغال انتهت.',
    [
      ['indirect', 'رئيسة البلدية', 'المياه عادت إلى الأحياء'],
      ['indirect', 'رئيسة البلدية', 'الأشغال انتهت'],
    ],
  ],
  [
    'institution as speaker, time word ends it',
    'وأعلن البيت الأبيض الجمعة أن الرئيس سيسافر إلى طوكيو.',
    [['indirect', 'البيت الأبيض', 'الرئيس سيسافر إلى طوكيو']],
  ],
  [
    'attribution after the clause',
    'ارتفع عدد المصابين إلى 30 شخصا، بحسب وزارة الصحة.',
    [['indirect', 'وزارة الصحة', 'ارتفع عدد المصابين إلى 30 شخصا']],
  ],
  [
    'attribution before the clause',
    'ووفقا لمصدر مطلع، فإن الاتفاق سيوقع الشهر المقبل.',
    [['indirect', 'مصدر مطلع', 'الاتفاق سيوقع الشهر المقبل']],
  ],
  [
    'subject before the verb',
    'الوزير الأول قال في تصريح إن الحكومة ستعرض القانون.',
    [['indirect', 'الوزير الأول', 'الحكومة ستعرض القانون']],
  ],
  [
    'relay: نقلت ... عن',
    'ونقلت وكالة محلية عن مصدر أمني قوله إن الهجوم أحبط.',
    [['indirect', 'مصدر أمني', 'الهجوم أحبط']],
  ],
  [
    'outlet after لـ is not in the speaker',
    'وقال الخبير ماجد النمر لـ"الجزيرة نت" إن الأسواق ستتعافى.',
    [['indirect', 'الخبير ماجد النمر', 'الأسواق ستتعافى']],
  ],
  [
    'a quoted outlet name belongs to the speaker',
    'وذكرت صحيفة "نيويورك تايمز" أن الإدارة تدرس خيارات جديدة.',
    [['indirect', 'صحيفة "نيويورك تايمز"', 'الإدارة تدرس خيارات جديدة']],
  ],
  [
    'بحسب ما أفادت به',
    'وبحسب ما أفادت به مصادر محلية، فإن الاشتباكات تجددت ليلا.',
    [['indirect', 'مصادر محلية', 'الاشتباكات تجددت ليلا']],
  ],
  [
    'a name that looks like a stop word (علي)',
    'وقال المتحدث باسم الدفاع المدني علي حسن إن فرق الإنقاذ انتشلت الضحايا.',
    [['indirect', 'المتحدث باسم الدفاع المدني علي حسن', 'فرق الإنقاذ انتشلت الضحايا']],
  ],
  ['a quoted label is not a quote', 'أطلق الجيش عملية "الفجر" في الشمال.', []],
  ['an impersonal verb has no speaker', 'ويتوقع أن يرتفع الطلب في الصيف.', []],
  [
    'a verb written with its shadda (بيّن, not the preposition بين)',
    'وبيّن مدير المستشفى أن الحالات مستقرة. وقال الطبيب إن الجراحة نجحت بين الساعة الثالثة والرابعة.',
    [
      ['indirect', 'مدير المستشفى', 'الحالات مستقرة'],
      ['indirect', 'الطبيب', 'الجراحة نجحت بين الساعة الثالثة والرابعة'],
    ],
  ],
  [
    'a relay with the agency abbreviation in brackets',
    'ونقلت وكالة الأنباء الرسمية (وأر) عن مصدر في الوزارة قوله إن المحادثات ستستأنف قريبا.',
    [['indirect', 'مصدر في الوزارة', 'المحادثات ستستأنف قريبا']],
  ],
  [
    'a name, then the role between commas',
    'وقال سمير الخياط، رئيس اللجنة، إن التقرير سينشر الشهر المقبل.',
    [['indirect', 'سمير الخياط', 'التقرير سينشر الشهر المقبل']],
  ],
  [
    'the subject after غير أن',
    'وتحسنت المؤشرات. غير أن مسؤولا في البنك قال لصحيفة محلية إن التضخم سيرتفع.',
    [['indirect', 'مسؤولا في البنك', 'التضخم سيرتفع']],
  ],
  [
    'في and an institution continue the speaker; في and another noun end it',
    'وقال النائب في كتلة الوسط رامي عيسى إن المشروع مؤجل. وقال الوزير في ختام الاجتماع إن الاتفاق قريب.',
    [
      ['indirect', 'النائب في كتلة الوسط رامي عيسى', 'المشروع مؤجل'],
      ['indirect', 'الوزير', 'الاتفاق قريب'],
    ],
  ],
  [
    'a long role chain before the name',
    'وأفاد المتحدث الرسمي باسم الهيئة العامة للطيران المدني العقيد سامي الحربي بأن الرحلات عادت.',
    [['indirect', 'المتحدث الرسمي باسم الهيئة العامة للطيران المدني العقيد سامي الحربي', 'الرحلات عادت']],
  ],
  [
    'an attribution to a document names its issuer',
    'وتراجعت صادرات القمح بنسبة 12% خلال العام، وفقا لبيانات هيئة الإحصاء. ومن المنتظر أن يرتفع الإنتاج، بحسب تقرير صادر عن وزارة الزراعة.',
    [
      ['indirect', 'هيئة الإحصاء', 'وتراجعت صادرات القمح بنسبة 12% خلال العام'],
      ['indirect', 'وزارة الزراعة', 'ومن المنتظر أن يرتفع الإنتاج'],
    ],
  ],
  [
    'a participle after a clause with no speech verb speaks for its subject',
    'وأبدى رئيس البلدية ارتياحه، مؤكدا أن الأشغال ستنتهي قريبا.',
    [['indirect', 'رئيس البلدية', 'الأشغال ستنتهي قريبا']],
  ],
  [
    'an agency told the words is not part of the speaker',
    'وقال سكان لرويترز إن التيار انقطع طوال الليل.',
    [['indirect', 'سكان', 'التيار انقطع طوال الليل']],
  ],
  [
    'two quoted words before a speech verb',
    '«المحصول ضاع»، يقول سامي الحلو، وهو مزارع من سهل الغاب.',
    [['direct', 'سامي الحلو', 'المحصول ضاع']],
  ],
  [
    'a verbal noun inside a relative clause is no attribution',
    'وأضاف المسؤول، الذي طلب عدم ذكر اسمه، أن القافلة ستصل غدا.',
    [['indirect', 'المسؤول', 'القافلة ستصل غدا']],
  ],
  [
    'a quoted outlet name is no quotation',
    'وقال دبلوماسيون لشبكة "بي بي سي" إن الجولة المقبلة ستعقد في مسقط.',
    [['indirect', 'دبلوماسيون', 'الجولة المقبلة ستعقد في مسقط']],
  ],
  [
    'a statement speaks for its issuer',
    'وجاء في بيان لوزارة النقل أن الطريق سيفتح غدا. وجاء في تقرير صادر عن البنك المركزي أن التضخم تراجع.',
    [
      ['indirect', 'وزارة النقل', 'الطريق سيفتح غدا'],
      ['indirect', 'البنك المركزي', 'التضخم تراجع'],
    ],
  ],
  [
    'a present-tense verb opening a clause goes on with the last speaker',
    'يرى الباحث سامر العلي أن الأسعار سترتفع، ويضيف أن الطلب ما زال ضعيفا. ويقول: «لا شيء محسوم بعد».',
    [
      ['indirect', 'الباحث سامر العلي', 'الأسعار سترتفع'],
      ['indirect', 'الباحث سامر العلي', 'الطلب ما زال ضعيفا'],
      ['direct', 'الباحث سامر العلي', 'لا شيء محسوم بعد'],
    ],
  ],
  [
    'a document with an adjective keeps its phrase',
    'وارتفعت الصادرات بنسبة 5%، وفقا لمعطيات رسمية.',
    [['indirect', 'معطيات رسمية', 'وارتفعت الصادرات بنسبة 5%']],
  ],
];

describe('quotes stage', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    const a = run(text);
    const got = (a.quotes ?? []).map((q) => [q.kind, q.speaker, q.text]);
    expect(got).toEqual(expected);
    for (const q of a.quotes ?? []) {
      expect(a.body.slice(q.start, q.end)).toBe(q.text);
      if (q.speakerSpan) expect(a.body.slice(q.speakerSpan.start, q.speakerSpan.end)).toBe(q.speaker);
    }
  });

  it('a statement about "the statement" speaks for the body named just before', () => {
    const text = 'وأصدرت شركة المياه بيانا مساء أمس. وجاء في البيان أن الضخ سيعود تدريجيا.';
    const a = createArticle({ source: 'test', format: 'text', text });
    a.body = text;
    textStage.run(a);
    entitiesStage.run(a);
    quotesStage.run(a);
    expect((a.quotes ?? []).map((q) => [q.speaker, q.text])).toEqual([['شركة المياه', 'الضخ سيعود تدريجيا']]);
  });

  it('a multi-paragraph article: chains, contrast clauses, عن inside a speaker', () => {
    const text = [
      'وقال المتحدث باسم الوزارة العميد خالد المحنا إن القوات اعتقلت خمسة مشتبه بهم. وأضاف: «التحقيقات جارية».',
      'في المقابل، اعتبر النائب عن محافظة البصرة حسن الفتلاوي أن الحكومة تأخرت، داعيا إلى «خطة عاجلة لحماية الحقول».',
      'وفي حين رأت شركة النفط أن الإنتاج لم يتأثر، أكد مسؤول في الشركة أن بعض الخطوط أغلقت.',
    ].join('\n\n');
    const got = (run(text).quotes ?? []).map((q) => [q.kind, q.speaker, q.text]);
    expect(got).toEqual([
      ['indirect', 'المتحدث باسم الوزارة العميد خالد المحنا', 'القوات اعتقلت خمسة مشتبه بهم'],
      ['direct', 'المتحدث باسم الوزارة العميد خالد المحنا', 'التحقيقات جارية'],
      ['indirect', 'النائب عن محافظة البصرة حسن الفتلاوي', 'الحكومة تأخرت'],
      ['direct', 'النائب عن محافظة البصرة حسن الفتلاوي', 'خطة عاجلة لحماية الحقول'],
      ['indirect', 'شركة النفط', 'الإنتاج لم يتأثر'],
      ['indirect', 'مسؤول في الشركة', 'بعض الخطوط أغلقت'],
    ]);
  });

  it('a description, then a tagged name between commas: the name speaks', () => {
    const text = 'وقال رئيس اللجنة، سمير الخياط، إن التقرير سينشر الشهر المقبل.';
    const start = text.indexOf('سمير الخياط');
    const a = run(text, [{ start, end: start + 11, text: 'سمير الخياط', type: 'PER' }]);
    expect((a.quotes ?? []).map((q) => [q.speaker, q.text])).toEqual([
      ['سمير الخياط', 'التقرير سينشر الشهر المقبل'],
    ]);
  });

  it('a description ending in its place, then the name between commas: the name speaks', () => {
    const text = 'وقال مدير الفرع في صنعاء، نبيل العامري، إن الرواتب ستصرف غدا.';
    const start = text.indexOf('نبيل العامري');
    const a = run(text, [{ start, end: start + 12, text: 'نبيل العامري', type: 'PER' }]);
    expect((a.quotes ?? []).map((q) => q.speaker)).toEqual(['نبيل العامري']);
  });

  it('a statement its issuer put out ("بيان أصدرته X") speaks for the issuer', () => {
    const text = 'وجاء في بيان أصدرته الهيئة أن المشروع سينطلق الشهر المقبل.';
    expect((run(text).quotes ?? []).map((q) => [q.speaker, q.text])).toEqual([
      ['الهيئة', 'المشروع سينطلق الشهر المقبل'],
    ]);
  });

  it('words between commas that are no name leave the speaker as it is', () => {
    const text = 'وقال الوزير، متحدثا للصحفيين، إن الاتفاق سيوقع قريبا.';
    expect((run(text).quotes ?? []).map((q) => q.speaker)).toEqual(['الوزير']);
  });

  it('a name inside the adjunct before the verb is not the speaker ("ولدى سؤاله عن ...")', () => {
    const text =
      'وقال الوزير كمال داود إن الموازنة ستقر الشهر المقبل. ولدى سؤاله عن موقف سليم حداد من الخطة، قال إن الحوار معه مستمر.';
    const named = (name: string) => {
      const start = text.indexOf(name);
      return { start, end: start + name.length, text: name, type: 'PER' as const };
    };
    const a = run(text, [named('كمال داود'), named('سليم حداد')]);
    expect((a.quotes ?? []).map((q) => [q.speaker, q.text])).toEqual([
      ['الوزير كمال داود', 'الموازنة ستقر الشهر المقبل'],
      ['الوزير كمال داود', 'الحوار معه مستمر'],
    ]);
  });

  it('a name in an earlier segment still speaks when an adjunct stands between it and the verb', () => {
    const text = 'الرئيس كمال داود، في مؤتمر صحفي، قال إن الاجتماع كان مثمرا.';
    const start = text.indexOf('كمال داود');
    const a = run(text, [{ start, end: start + 'كمال داود'.length, text: 'كمال داود', type: 'PER' }]);
    expect(a.quotes?.map((q) => q.speaker)).toEqual(['كمال داود']);
  });

  it('links the speaker to the overlapping mention', () => {
    const text = 'وقال الرئيس كمال داود إن الاجتماع كان مثمرا.';
    const start = text.indexOf('كمال داود');
    const a = run(text, [{ start, end: start + 'كمال داود'.length, text: 'كمال داود', type: 'PER' }]);
    expect(a.quotes?.[0].speakerMention).toBe(0);
  });
});

describe('quote pairs', () => {
  it.each([
    ['guillemets', 'قال «نعم» ثم', [[4, 8]]],
    ['reversed curly marks', 'قال ”نعم“ ثم', [[4, 8]]],
    ['low-high marks', 'قال „نعم“ ثم', [[4, 8]]],
    ['nested pair is not returned', 'قال «هذا "كلام" جميل» ثم', [[4, 20]]],
    ['apostrophe inside a word is no quote', "قال l'ONU ثم", []],
  ])('%s', (_name, text, expected) => {
    const pairs = quotePairs(text as string, [{ start: 0, end: (text as string).length }]);
    expect(pairs.map((p) => [p.open, p.close])).toEqual(expected);
  });
});
