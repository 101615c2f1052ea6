/** Institutions named by a head noun and its modifiers, on sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { processArticle } from '../../pipeline/run.ts';

function orgs(text: string): string[] {
  const a = processArticle({ source: 'test', format: 'text', text });
  return (a.mentions ?? []).filter((m) => m.type === 'ORG').map((m) => m.text);
}

describe('institutions', () => {
  it.each([
    ['a ministry', 'وأعلنت وزارة الصحة عن افتتاح مركز جديد للتطعيم.', ['وزارة الصحة']],
    [
      'a court and the prosecution',
      'وقضت محكمة النقض برفض الطعن الذي قدمته النيابة العامة.',
      ['محكمة النقض', 'النيابة العامة'],
    ],
    ['a joined particle', 'وصوت مجلس النواب بالأغلبية على القانون.', ['مجلس النواب']],
    ['a place ends the name', 'وقال مصرف لبنان إن الاحتياطي تراجع.', ['مصرف لبنان']],
    [
      'لل and وال inside the name',
      'وحذرت المديرية العامة للأرصاد الجوية من رياح قوية.',
      ['المديرية العامة للأرصاد الجوية'],
    ],
    [
      'an indefinite genitive, then a place',
      'وأصدرت محكمة جنايات الجيزة حكمها في القضية.',
      ['محكمة جنايات الجيزة'],
    ],
    ['an indefinite genitive, then a definite word', 'وقررت هيئة سوق المال وقف التداول.', ['هيئة سوق المال']],
    ['two indefinite nouns', 'وأعلنت شركة تسويق الغاز عن عقد جديد.', ['شركة تسويق الغاز']],
    ['an adjective after the place', 'وقالت أمانة بغداد الكبرى إن الأعمال بدأت.', ['أمانة بغداد الكبرى']],
    [
      'a nationality after a tagged name',
      'وأكد البنك المركزي التونسي أن الاحتياطي كاف، وقال مجلس النواب العراقي إنه سيناقش الأمر.',
      ['البنك المركزي التونسي', 'مجلس النواب العراقي'],
    ],
    [
      "the adjectives after the tagger's name",
      'وقرر البنك المركزي المصري رفع أسعار الفائدة.',
      ['البنك المركزي المصري'],
    ],
    [
      'a head with ال and a naming adjective, then a genitive',
      'وقالت الهيئة العامة للاستثمار إن الطلبات زادت، وقرر المجلس الأعلى للقضاء نقل القاضي.',
      ['الهيئة العامة للاستثمار', 'المجلس الأعلى للقضاء'],
    ],
    [
      'a genitive with ل before a definite word',
      'وأعلنت اللجنة الوطنية لإدارة الحالات الطارئة حالة التأهب.',
      ['اللجنة الوطنية لإدارة الحالات الطارئة'],
    ],
    [
      'a coordinated head opens the next name',
      'ودعا مجلس النواب والمجلس الأعلى للقضاء إلى الحوار.',
      ['مجلس النواب', 'المجلس الأعلى للقضاء'],
    ],
    [
      'two such names joined by و stay two',
      'وشارك في الاجتماع المؤسسة الوطنية للنفط والشركة العامة للكهرباء.',
      ['المؤسسة الوطنية للنفط', 'الشركة العامة للكهرباء'],
    ],
    [
      'a time word ends the name',
      'ومن المقرر أن يصوت مجلس النواب الأسبوع المقبل على القانون.',
      ['مجلس النواب'],
    ],
    [
      'a relative pronoun ends the name',
      'وأعلنت وزارة الصحة التي تتابع الملف عن حالات جديدة.',
      ['وزارة الصحة'],
    ],
    ['an object after a place ends the name', 'واستقبلت بلدية صيدا الوفد الزائر.', ['بلدية صيدا']],
    [
      'a genitive with ل completes a name ending in an adjective',
      'وأصدر المرصد الوطني لحقوق الطفل تقريره السنوي.',
      ['المرصد الوطني لحقوق الطفل'],
    ],
    [
      'after a plain noun the same words are the sentence going on',
      'وقالت وزارة النقل لوسائل الإعلام إن الطريق أغلق.',
      ['وزارة النقل'],
    ],
    [
      'a nationality and a genitive make a head with ال a name; a nationality alone does not',
      'ووقعت الشركة الأردنية للفوسفات عقدا مع الشركة الهندية.',
      ['الشركة الأردنية للفوسفات'],
    ],
    [
      'a union with its nationality',
      'وعاقب الاتحاد التونسي لكرة اليد النادي.',
      ['الاتحاد التونسي لكرة اليد'],
    ],
    [
      'a board is part of the title: the institution is what follows',
      'وقال رئيس مجلس إدارة بنك عمان العربي سالم الكندي إن الأرباح ارتفعت.',
      ['بنك عمان العربي'],
    ],
    [
      'a foreign name after a company head, without the generic شركة',
      'ووقعت شركة سامسونغ الكورية ومجموعة سيمنز عقدا.',
      ['سامسونغ الكورية', 'مجموعة سيمنز'],
    ],
    ['a construct plural before a place', 'وأعلن اتحاد عمال دارفور الإضراب.', ['اتحاد عمال دارفور']],
    ['a plural nisba after the name', 'وقالت نقابة الأطباء السودانيين إن.', ['نقابة الأطباء السودانيين']],
    ['a free zone', 'وقالت سلطة منطقة العقبة الاقتصادية الخاصة إن.', ['سلطة منطقة العقبة الاقتصادية الخاصة']],
    ['an exchange', 'وارتفع مؤشر بورصة عمان أمس.', ['بورصة عمان']],
    ['a government of a region', 'وقالت حكومة إقليم دارفور إن.', ['حكومة إقليم دارفور']],
    ['a listed town that is also a word', 'وأعلنت بلدية صور خطة جديدة.', ['بلدية صور']],
    ['the people a body serves are no part of its name', 'وقدم الصندوق الأردني للمتقاعدين منحا.', []],
    [
      'a coordinated word after a nationality is the next actor',
      'واتفقت نقابة الأطباء الأردنيين والحكومة على الأجور.',
      ['نقابة الأطباء الأردنيين'],
    ],
    [
      'a coordinated word after a closing genitive, not an institution',
      'وقدم البنك الأفريقي لإعادة البناء والتنمية قرضا، ورحب المرصد الوطني لحقوق الطفل والحكومة بالخطوة.',
      ['البنك الأفريقي لإعادة البناء والتنمية', 'المرصد الوطني لحقوق الطفل'],
    ],
    ['a financial market', 'وارتفع مؤشر السوق المالية الأردنية.', ['السوق المالية الأردنية']],
    [
      'a genitive pointing back to an institution is no part of the name',
      'ونقلت الدائرة الإعلامية للوزارة الخبر.',
      [],
    ],
  ])('%s', (_name, text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  it('leaves out an indefinite noun phrase that never becomes definite', () => {
    expect(orgs('وشكلت الحكومة لجنة تحقيق مستقلة، وطلبت من هيئة دولية المساعدة.')).toEqual([]);
  });

  it('leaves out a head alone and a head with ال it does not take', () => {
    expect(orgs('وقالت الوزارة المصرية إن الخطة جاهزة، ولم تعلق أي وزارة أخرى.')).toEqual([]);
    expect(orgs('وقالت الهيئة إن الإدارة الجديدة ستبدأ عملها.')).toEqual([]);
  });
});
