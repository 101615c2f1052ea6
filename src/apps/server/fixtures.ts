/**
 * A small corpus written for rasd's server and browser tests: one story told by three outlets
 * in different spellings (زيلينسكي / زيلنسكي, أوكرانيا / اوكرانيا), with a cited summary,
 * entities, quotes, dates, a timeline, an outlet comparison and a contradiction; an earlier
 * story of the same thread; and an unrelated story. Annotations are built by finding their
 * text in the body, so every span is checked against `body.slice(start, end)`.
 */
import type { Article, Corpus, DateExpr, Mention, Quote, Span } from '../../doc/types.ts';
import { createArticle } from '../../pipeline/run.ts';
import type { Store } from '../../store/store.ts';

/** The span of the `nth` occurrence of `needle` in `body`; throws naming the text when absent. */
export function spanOf(body: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = body.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: "${needle}" (#${nth}) not in body "${body.slice(0, 40)}..."`);
  }
  return { start: at, end: at + needle.length };
}

interface Spec {
  id: string;
  outlet: string;
  published: string;
  title: string;
  body: string;
  story: string;
  mentions?: Array<[string, Mention['type'], string, number?]>;
  quotes?: Array<[string, string]>;
  dates?: Array<[string, string, boolean?]>;
}

const SPECS: Spec[] = [
  {
    id: 'a-kyiv-1',
    outlet: 'وكالة الأنباء الأولى',
    published: '2025-03-03',
    title: 'زيلينسكي يصل إلى بروكسل لبحث دعم أوكرانيا',
    story: 's-kyiv',
    body:
      'وصل الرئيس الأوكراني فولوديمير زيلينسكي إلى بروكسل يوم الاثنين لبحث الدعم العسكري لأوكرانيا مع قادة الاتحاد الأوروبي.\n\n' +
      'وقال زيلينسكي للصحفيين إن "بلاده تحتاج إلى دفاعات جوية إضافية قبل الشتاء".\n\n' +
      'ومن المقرر أن تعقد القمة المقبلة في 12 مارس.',
    mentions: [
      ['فولوديمير زيلينسكي', 'PER', 'e-zel'],
      ['بروكسل', 'LOC', 'e-bru'],
      ['أوكرانيا', 'LOC', 'e-ukr'],
      ['الاتحاد الأوروبي', 'ORG', 'e-eu'],
      ['زيلينسكي', 'PER', 'e-zel', 1],
    ],
    quotes: [['بلاده تحتاج إلى دفاعات جوية إضافية قبل الشتاء', 'زيلينسكي']],
    dates: [
      ['يوم الاثنين', '2025-03-03'],
      ['12 مارس', '2025-03-12', true],
    ],
  },
  {
    id: 'a-kyiv-2',
    outlet: 'صحيفة المساء',
    published: '2025-03-04',
    title: 'زيلنسكي في بروكسل والاتحاد الأوروبي يعد بمساعدات جديدة',
    story: 's-kyiv',
    body:
      'قال الرئيس زيلنسكي أمس الاثنين إن اوكرانيا تنتظر قرارا أوروبيا سريعا.\n\n' +
      'وأعلنت المفوضية الأوروبية أن حزمة المساعدات تبلغ خمسة مليارات يورو.\n\n' +
      'وأكد مسؤول أوروبي أن "الحزمة ستصل خلال أسابيع".',
    mentions: [
      ['زيلنسكي', 'PER', 'e-zel'],
      ['اوكرانيا', 'LOC', 'e-ukr'],
      ['المفوضية الأوروبية', 'ORG', 'e-ec'],
    ],
    quotes: [['الحزمة ستصل خلال أسابيع', 'مسؤول أوروبي']],
    dates: [['أمس الاثنين', '2025-03-03']],
  },
  {
    id: 'a-kyiv-3',
    outlet: 'قناة الشرق الجديد',
    published: '2025-03-05',
    title: 'قمة بروكسل: حزمة بأربعة مليارات يورو لأوكرانيا',
    story: 's-kyiv',
    body:
      'ذكرت مصادر دبلوماسية أن حزمة المساعدات لأوكرانيا تبلغ أربعة مليارات يورو.\n\n' +
      'والتقى زيلينسكي رئيسة المفوضية الأوروبية في بروكسل.',
    mentions: [
      ['أوكرانيا', 'LOC', 'e-ukr'],
      ['زيلينسكي', 'PER', 'e-zel'],
      ['المفوضية الأوروبية', 'ORG', 'e-ec'],
      ['بروكسل', 'LOC', 'e-bru'],
    ],
  },
  {
    id: 'a-dc-1',
    outlet: 'صحيفة المساء',
    published: '2025-02-17',
    title: 'زيلينسكي يبحث في واشنطن ملف الدفاع الجوي',
    story: 's-dc',
    body: 'بحث الرئيس الأوكراني زيلينسكي في واشنطن ملف الدفاع الجوي مع مسؤولين أميركيين.\n\nوقال إن المحادثات كانت مثمرة.',
    mentions: [
      ['زيلينسكي', 'PER', 'e-zel'],
      ['واشنطن', 'LOC', 'e-dc'],
    ],
  },
  {
    id: 'a-books-1',
    outlet: 'وكالة الأنباء الأولى',
    published: '2025-02-10',
    title: 'معرض القاهرة للكتاب يفتح أبوابه',
    story: 's-books',
    body: 'افتتح معرض القاهرة الدولي للكتاب أبوابه بمشاركة ناشرين من عشرين دولة.\n\nوقالت إدارة المعرض إن عدد الزوار فاق التوقعات.',
    mentions: [['القاهرة', 'LOC', 'e-cairo']],
  },
];

function article(spec: Spec): Article {
  const a = createArticle({ source: `fixture:${spec.id}`, format: 'text', text: spec.body, id: spec.id });
  Object.assign(a, { title: spec.title, outlet: spec.outlet, published: spec.published, body: spec.body });
  a.storyId = spec.story;
  a.duplicateOf = null;
  a.mentions = (spec.mentions ?? []).map(([text, type, entityId, nth]) => ({
    ...spanOf(spec.body, text, nth ?? 0),
    text,
    type,
    entityId,
  }));
  a.quotes = (spec.quotes ?? []).map(([text, speaker]): Quote => {
    const speakerSpan = spanOf(spec.body, speaker);
    return { ...spanOf(spec.body, text), text, kind: 'direct', speaker, speakerSpan };
  });
  a.dates = (spec.dates ?? []).map(([expression, date, scheduled]): DateExpr => {
    const s = spanOf(spec.body, expression);
    return {
      ...s,
      expression,
      date,
      precision: 'day',
      relative: !/\d/.test(expression),
      scheduled,
      event: s,
    };
  });
  return a;
}

function cite(a: Article, text: string) {
  return { document: a.id, ...spanOf(a.body, text) };
}

/** The fixture corpus (fresh objects on every call). */
export function fixtureCorpus(): Corpus {
  const articles = SPECS.map(article);
  const [k1, k2, k3, dc, books] = articles;
  const mentionsOf = (id: string) =>
    articles.flatMap((a) =>
      (a.mentions ?? [])
        .filter((m) => m.entityId === id)
        .map((m) => ({ document: a.id, start: m.start, end: m.end, text: m.text })),
    );
  const entity = (id: string, type: Mention['type'], name: string, variants: string[]) => ({
    id,
    type,
    name,
    variants,
    mentions: mentionsOf(id),
    why: variants.length > 1 ? [`${variants.join(' = ')}: same name key`] : [],
  });
  const aid = 'أعلنت المفوضية الأوروبية أن حزمة المساعدات تبلغ خمسة مليارات يورو';
  return {
    articles,
    stories: [
      {
        id: 's-kyiv',
        threadId: 't-ukr',
        documents: [k1.id, k2.id, k3.id],
        title: 'زيلينسكي في بروكسل لبحث دعم أوكرانيا',
        summary: [
          {
            text: 'وصل الرئيس الأوكراني فولوديمير زيلينسكي إلى بروكسل يوم الاثنين لبحث الدعم العسكري لأوكرانيا.',
            sources: [cite(k1, 'وصل الرئيس الأوكراني فولوديمير زيلينسكي إلى بروكسل يوم الاثنين')],
          },
          { text: `و${aid}.`, sources: [cite(k2, aid)] },
          {
            text: 'والتقى زيلينسكي رئيسة المفوضية الأوروبية في بروكسل.',
            sources: [cite(k3, 'والتقى زيلينسكي رئيسة المفوضية الأوروبية في بروكسل')],
          },
        ],
        outlets: [
          {
            outlet: k1.outlet!,
            unique: [
              {
                ...cite(k1, 'ومن المقرر أن تعقد القمة المقبلة في 12 مارس'),
                text: 'ومن المقرر أن تعقد القمة المقبلة في 12 مارس',
              },
            ],
          },
          {
            outlet: k2.outlet!,
            unique: [{ ...cite(k2, 'الحزمة ستصل خلال أسابيع'), text: 'الحزمة ستصل خلال أسابيع' }],
          },
          { outlet: k3.outlet!, unique: [] },
        ],
      },
      { id: 's-dc', threadId: 't-ukr', documents: [dc.id], title: dc.title!, summary: [] },
      { id: 's-books', threadId: 't-culture', documents: [books.id], title: books.title!, summary: [] },
    ],
    threads: [
      { id: 't-ukr', stories: ['s-dc', 's-kyiv'], title: 'دعم أوكرانيا' },
      { id: 't-culture', stories: ['s-books'], title: 'معارض الكتاب' },
    ],
    entities: [
      entity('e-zel', 'PER', 'زيلينسكي', ['فولوديمير زيلينسكي', 'زيلينسكي', 'زيلنسكي']),
      entity('e-ukr', 'LOC', 'أوكرانيا', ['أوكرانيا', 'اوكرانيا']),
      entity('e-bru', 'LOC', 'بروكسل', ['بروكسل']),
      entity('e-eu', 'ORG', 'الاتحاد الأوروبي', ['الاتحاد الأوروبي']),
      entity('e-ec', 'ORG', 'المفوضية الأوروبية', ['المفوضية الأوروبية']),
      entity('e-dc', 'LOC', 'واشنطن', ['واشنطن']),
      entity('e-cairo', 'LOC', 'القاهرة', ['القاهرة']),
    ],
    timeline: [
      {
        date: '2025-03-03',
        precision: 'day',
        text: 'وصل زيلينسكي إلى بروكسل',
        storyId: 's-kyiv',
        evidence: [
          { ...cite(k1, 'يوم الاثنين'), expression: 'يوم الاثنين' },
          { ...cite(k2, 'أمس الاثنين'), expression: 'أمس الاثنين' },
        ],
      },
      {
        date: '2025-03-12',
        precision: 'day',
        text: 'القمة الأوروبية المقبلة',
        scheduled: true,
        storyId: 's-kyiv',
        evidence: [{ ...cite(k1, '12 مارس'), expression: '12 مارس' }],
      },
    ],
    contradictions: [
      {
        about: 'قيمة حزمة المساعدات',
        kind: 'number',
        storyId: 's-kyiv',
        claims: [
          { ...cite(k2, 'خمسة مليارات يورو'), value: '5000000000', text: 'خمسة مليارات يورو' },
          { ...cite(k3, 'أربعة مليارات يورو'), value: '4000000000', text: 'أربعة مليارات يورو' },
        ],
      },
    ],
  };
}

/** Store every article of `corpus`, then its corpus-level results. */
export async function fillStore(store: Store, corpus: Corpus = fixtureCorpus()): Promise<Corpus> {
  for (const a of corpus.articles) await store.putArticle(a);
  await store.saveCorpus(corpus);
  return corpus;
}
