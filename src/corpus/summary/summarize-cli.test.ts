import { describe, expect, it } from 'vitest';
import { summarizeLine } from '../../apps/cli/commands/summarize.ts';
import { sentencesFor } from './single.ts';

const TEXT = [
  'أعلنت الحكومة خطة جديدة لدعم المزارعين في المناطق الجافة.',
  'وتشمل الخطة قروضا ميسرة وبذورا مقاومة للجفاف.',
  'وقال وزير الزراعة إن الخطة ستطبق على ثلاث مراحل.',
  'ويعاني القطاع من تراجع الأمطار منذ سنوات.',
  'ورحبت نقابة المزارعين بالخطة ودعت إلى تسريع تنفيذها.',
].join(' ');

describe('rasd summarize --jsonl lines', () => {
  it('returns the asked number of sentences, verbatim and in source order', () => {
    const out = JSON.parse(summarizeLine(JSON.stringify({ id: 7, text: TEXT, sentences: 2 })));
    expect(out.id).toBe(7);
    expect(out.summary.length).toBe(2);
    for (const s of out.summary) expect(TEXT).toContain(s);
    expect(TEXT.indexOf(out.summary[0])).toBeLessThan(TEXT.indexOf(out.summary[1]));
  });

  // [bad line, message]
  const BAD: Array<[string, RegExp]> = [
    ['{not json', /not valid JSON/],
    ['{"id":1}', /missing "text"/],
    ['{"id":1,"text":"نص.","sentences":0}', /positive integer/],
  ];
  for (const [line, message] of BAD) {
    it(`rejects ${line}`, () => {
      expect(() => summarizeLine(line)).toThrow(message);
    });
  }

  it('gives an empty summary for an empty text', () => {
    expect(JSON.parse(summarizeLine('{"id":"e","text":""}')).summary).toEqual([]);
  });
});

describe('rasd summarize keeps its promise of n sentences', () => {
  it('gives n sentences even when they repeat each other', () => {
    const text =
      'ارتفعت الأسعار في السوق اليوم. ارتفعت الأسعار في السوق اليوم أيضا. ارتفعت الأسعار في السوق اليوم كذلك.';
    expect(JSON.parse(summarizeLine(JSON.stringify({ id: 1, text, sentences: 3 }))).summary.length).toBe(3);
  });
});

describe('rasd summarize picks a length when none is given', () => {
  // invented sentences, each about a different town so no two repeat each other
  const TOWNS = ['حمص', 'إدلب', 'صور', 'جنين', 'مأرب', 'سوسة', 'طنجة', 'أربيل', 'الزرقاء', 'بنغازي'];
  const textOf = (n: number) =>
    Array.from(
      { length: n },
      (_, i) => `افتتحت بلدية ${TOWNS[i % TOWNS.length]} مشروعا رقم ${i + 1} لتحسين شبكة المياه.`,
    ).join(' ');
  const summaryLength = (n: number) =>
    JSON.parse(summarizeLine(JSON.stringify({ id: n, text: textOf(n) }))).summary.length;

  it('keeps at least one sentence and never more than the text has', () => {
    for (const n of [1, 2, 5]) {
      expect(summaryLength(n)).toBeGreaterThanOrEqual(1);
      expect(summaryLength(n)).toBeLessThanOrEqual(n);
    }
  });

  it('gives a longer text a longer summary but a smaller share of it', () => {
    const short = summaryLength(8);
    const long = summaryLength(40);
    expect(long).toBeGreaterThan(short);
    expect(long / 40).toBeLessThan(short / 8);
  });

  it('grows the count with the text and keeps it within it', () => {
    let previous = 0;
    for (let n = 1; n <= 200; n++) {
      const k = sentencesFor(n);
      expect(k).toBeGreaterThanOrEqual(Math.max(1, previous));
      expect(k).toBeLessThanOrEqual(n);
      previous = k;
    }
  });
});
