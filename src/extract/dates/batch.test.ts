import { describe, expect, it } from 'vitest';
import { processArticle } from '../../pipeline/run.ts';
import { batchYears, dateInBatch } from './batch.ts';

// Invented texts. The copied one names a weekday next to a day and month, but no year.
const COPIED = [
  'عقد مجلس المدينة أمس الثلاثاء 4 مارس جلسة طارئة لبحث أزمة المياه.',
  'وقال رئيس المجلس إن الجلسة المقبلة ستعقد يوم 20 مارس.',
].join('\n\n');
const DATED = 'افتتحت البلدية سوقا جديدا للخضار في وسط المدينة بحضور عدد من التجار.';

function batch(published: string | undefined) {
  return [
    processArticle({ source: 'dated.jsonl#1', format: 'jsonl', text: DATED, published }),
    processArticle({ source: 'copied.txt', format: 'text', text: COPIED }),
  ];
}

describe('batchDates: the years of the batch date a copy that writes none', () => {
  it('dates the copy from the year of an article its page dates', () => {
    const articles = batch('2025-03-06');
    expect(articles[1].published).toBeNull();
    expect(dateInBatch(articles)).toBe(1);
    expect(articles[1].published).toBe('2025-03-05');
    expect(articles[1].publishedFrom).toBe('batch');
    // Its dates are now resolved against that day: "أمس الثلاثاء 4 مارس" is 2025-03-04.
    expect(articles[1].dates?.some((d) => d.date === '2025-03-04')).toBe(true);
  });

  it('leaves the copy undated when nothing in the batch is dated by its page', () => {
    const articles = batch(undefined);
    expect(batchYears(articles)).toBeNull();
    expect(dateInBatch(articles)).toBe(0);
    expect(articles[1].published).toBeNull();
  });

  it('redoes a date it gave before, so a changed batch is not stuck with it', () => {
    const articles = batch('2025-03-06');
    dateInBatch(articles);
    articles[0].published = '2024-03-06';
    dateInBatch(articles);
    expect(articles[1].published).toBe('2024-03-05');
  });
});
