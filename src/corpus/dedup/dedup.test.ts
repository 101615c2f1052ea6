import { describe, expect, it } from 'vitest';
import type { Article } from '../../doc/types.ts';
import { DedupIndex, estimateJaccard, markDuplicates, textSignature } from './index.ts';

const BASE =
  'أعلنت وزارة الصحة في العاصمة اليوم عن افتتاح مستشفى جديد يضم مئتي سرير في الحي الشرقي، ' +
  'وقال الوزير خلال حفل الافتتاح إن المستشفى سيخدم أكثر من مئة ألف نسمة في المنطقة المحيطة، ' +
  'وأضاف أن العمل على المشروع استمر ثلاث سنوات بتمويل حكومي كامل وبمشاركة شركات محلية.';
const EDITED = BASE.replace('وقال الوزير', 'وصرح الوزير').replace('استمر ثلاث سنوات', 'دام ثلاث سنوات');
const SAME_TOPIC =
  'زار وزير الصحة مستشفى المدينة الشمالي أمس لتفقد أقسام الطوارئ، وتحدث مع الأطباء عن نقص ' +
  'الأسرة والمعدات، ووعد بزيادة الميزانية المخصصة للمستشفيات الحكومية في العام المقبل.';

function art(id: string, body: string, published: string | null, credits: string[] = []): Article {
  return {
    id,
    source: id,
    contentHash: id,
    raw: { source: id, format: 'text', text: body },
    title: null,
    outlet: null,
    published,
    dateline: null,
    credits,
    body,
    removed: [],
  };
}

describe('estimateJaccard', () => {
  const cases: Array<[string, string, string, (j: number) => boolean]> = [
    ['identical', BASE, BASE, (j) => j === 1],
    ['lightly edited copy', BASE, EDITED, (j) => j >= 0.5],
    ['same topic, other text', BASE, SAME_TOPIC, (j) => j < 0.2],
  ];
  it.each(cases)('%s', (_name, a, b, ok) => {
    expect(ok(estimateJaccard(textSignature(a), textSignature(b)))).toBe(true);
  });
  it('is deterministic', () => {
    expect(Array.from(textSignature(BASE))).toEqual(Array.from(textSignature(BASE)));
  });
});

describe('markDuplicates', () => {
  const cases: Array<[string, Article[], Record<string, string | null>]> = [
    [
      'earliest is the origin whatever the input order',
      [
        art('b', EDITED, '2024-01-02T10:00:00Z'),
        art('a', BASE, '2024-01-02T08:00:00Z'),
        art('c', SAME_TOPIC, '2024-01-01T00:00:00Z'),
      ],
      { a: null, b: 'a', c: null },
    ],
    [
      'tie on time: the wire-credited one wins',
      [art('a', EDITED, '2024-01-02T08:00:00Z'), art('z', BASE, '2024-01-02T08:00:00Z', ['رويترز'])],
      { a: 'z', z: null },
    ],
    ['tie without credits: id order', [art('y', BASE, null), art('x', EDITED, null)], { x: null, y: 'x' }],
  ];
  it.each(cases)('%s', (_name, articles, expected) => {
    markDuplicates(articles);
    expect(Object.fromEntries(articles.map((a) => [a.id, a.duplicateOf]))).toEqual(expected);
  });
});

describe('DedupIndex window', () => {
  const DAY = 24 * 3600 * 1000;
  const cases: Array<[string, number, string | null]> = [
    ['copy a day later is linked', 1, 'a'],
    ['copy after the window is not looked for', 10, null],
  ];
  it.each(cases)('%s', (_name, days, expected) => {
    const index = new DedupIndex({ windowMs: 7 * DAY });
    const t0 = Date.parse('2024-01-01T00:00:00Z');
    index.add({ id: 'a', time: t0, wire: false, signature: textSignature(BASE) });
    index.add({ id: 'filler', time: t0 + days * DAY, wire: false, signature: textSignature(SAME_TOPIC) });
    const ord = index.add({ id: 'b', time: t0 + days * DAY, wire: false, signature: textSignature(EDITED) });
    expect(index.duplicateOf(ord)).toBe(expected);
  });
});
