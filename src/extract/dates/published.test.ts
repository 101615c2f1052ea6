/**
 * Publication-date inference rules (published.ts), on short texts written for these tests:
 * weekday-only clues, year-less scheduled dates, abstention, and years given as context.
 * Short texts leave several days likely, so most cases ask for the most likely day
 * (`abstain: false`) and check where the rule moves it.
 */
import { describe, expect, it } from 'vitest';
import { createArticle } from '../../pipeline/run.ts';
import { textStage } from '../../text/stage.ts';
import { inferPublishedFromText } from './index.ts';
import type { InferOptions } from './published.ts';

function infer(text: string, options: InferOptions = {}) {
  const a = createArticle({ source: 'test', format: 'text', text });
  a.body = text;
  textStage.run(a);
  return inferPublishedFromText(a.body, a.sentences ?? [], [], options);
}

const likeliest = { contextYears: [2025], abstain: false };
const weekdayOf = (iso: string) => new Date(iso).getUTCDay();

describe('publication date inference rules', () => {
  it('a past event named by its weekday alone lies 0-6 days before publication', () => {
    const scheduled = 'وأكدت أن الاجتماع سيعقد في 21 مارس 2025.';
    // Without the weekday: the day before the scheduled meeting.
    expect(infer(`أصدرت الهيئة بيانا مطولا. ${scheduled}`, likeliest)?.published).toBe('2025-03-20');
    // "الاثنين" told in the past: the Monday or the day after.
    const r = infer(`أصدرت الهيئة بيانا الاثنين. ${scheduled}`, likeliest);
    expect(['2025-03-17', '2025-03-18']).toContain(r?.published);
    expect(r?.evidence).toContain('past weekday 1');
  });

  it('a future event named by its weekday alone lies 1-7 days after publication (mostly 1-2)', () => {
    const r = infer('أعلنت اللجنة نتائج الفحص في مارس 2025. وستعلن قرارها النهائي الخميس.', likeliest);
    expect(r?.evidence).toContain('coming weekday 4');
    expect([2, 3]).toContain(weekdayOf(r?.published ?? ''));
  });

  it('a scheduled date without a year bounds the publication from above', () => {
    const past = 'أعلنت الوزارة في 27 فبراير 2025 تأجيل افتتاح الخط.';
    const r = infer(`${past} وقال الوزير اليوم الاثنين إن الخط سيفتتح في 12 مارس.`, { contextYears: [2025] });
    // A Monday after the 27th and before the 12th (which of the two, the text does not say).
    expect(['2025-03-03', '2025-03-10']).toContain(r?.published);
    expect(r?.evidence).toContain('scheduled 12/3');
    // Without it, the Mondays of the following weeks stay open: no answer.
    expect(
      infer(`${past} وقال الوزير اليوم الاثنين إن الأشغال متواصلة.`, { contextYears: [2025] }),
    ).toBeNull();
  });

  it('abstains when several weeks and years stay open', () => {
    // Thursdays of two Decembers after the 5th: nothing decides.
    const text =
      'أعلنت الحكومة اليوم الخميس أن القمة التي عقدت في 5 ديسمبر، هذا الشهر، نجحت. وكانت الدورة السابقة في مارس 2021.';
    expect(infer(text)).toBeNull();
    // Asked anyway, the answer stays consistent and says how unsure it is.
    const r = infer(text, { abstain: false });
    const d = new Date(r?.published ?? '');
    expect([d.getUTCMonth() + 1, d.getUTCDay()]).toEqual([12, 4]);
    expect(d.getUTCDate()).toBeGreaterThanOrEqual(5);
    expect(r?.candidates).toBeGreaterThan(1);
    expect(r?.confidence).toBeLessThan(0.5);
  });

  it('invents no year: a text without one gives nothing, a year given as context dates it', () => {
    const text = 'قال الوزير أمس 14 مارس إن الخطة جاهزة.';
    expect(infer(text)).toBeNull();
    const r = infer(text, { contextYears: [2025] });
    expect(r?.published).toBe('2025-03-15');
    expect(r?.confidence).toBeGreaterThan(0.5);
    expect(r?.candidates).toBe(1);
  });

  it('context years bound the search: an old dated event does not pull the year back', () => {
    const text = 'قال الوزير أمس 14 مارس إن الخطة جاهزة. وكان الاتفاق قد وقع في 2 مايو 2019.';
    expect(infer(text, { contextYears: [2025] })?.published).toBe('2025-03-15');
  });

  it('a day-month called الماضي or المقبل is not in the publication month', () => {
    // Alone, "10 نوفمبر الماضي" would make 11 November the likeliest day.
    const r = infer('أكد الوزير اليوم الأحد أن الاتفاق الموقع في 10 نوفمبر الماضي صامد.', likeliest);
    expect(r?.evidence).toContain('month 11 is not the current month');
    expect(new Date(r?.published ?? '').getUTCMonth() + 1).not.toBe(11);
  });

  it('the dated event of the lead is the news: the publication follows within days', () => {
    const r = infer(
      'اختتمت في الدوحة يوم 18 فبراير 2025 أعمال المنتدى الاقتصادي. وشارك فيه خبراء من عشرين دولة.',
      {
        contextYears: [2025],
      },
    );
    expect(['2025-02-18', '2025-02-19']).toContain(r?.published);
  });

  it('a background event written with its year is not of the day before', () => {
    const text =
      'أعلن المرصد اليوم الأربعاء تسجيل هزة خفيفة. وكانت المنطقة قد شهدت هزة أقوى في 4 يونيو 2025.';
    const r = infer(text, likeliest);
    expect(r?.evidence).toContain('weekday of day 0');
    // Not the Wednesday of 4 June itself nor the one a week later: weeks after it.
    const days = (Date.parse(r?.published ?? '') - Date.parse('2025-06-04')) / 86_400_000;
    expect(days).toBeGreaterThan(7);
  });

  it('a scheduled date bounds the publication without pulling it to the day before', () => {
    // Flat over the first weeks: the Tuesdays one and two weeks before weigh about the same.
    const text = 'قال الوزير أمس الاثنين إن المؤتمر سيعقد في 25 مارس 2025.';
    const r = infer(text, likeliest);
    expect(r?.evidence).toContain('scheduled 2025-03-25');
    expect(r?.candidates).toBeGreaterThan(1);
  });
});
