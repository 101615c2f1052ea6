import { describe, expect, it } from 'vitest';
import { summarizeLine } from '../../apps/cli/commands/summarize.ts';

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
