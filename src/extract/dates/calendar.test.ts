import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  dayNumberToHijri,
  fromDayNumber,
  hijriDay,
  hijriToDayNumber,
  weekday,
} from './calendar.ts';

/** ICU's islamic-civil calendar, used only to check our own arithmetic. */
function icuHijri(n: number): string {
  const f = new Intl.DateTimeFormat('en-u-ca-islamic-civil-nu-latn', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  const parts = Object.fromEntries(f.formatToParts(new Date(n * 86_400_000)).map((p) => [p.type, p.value]));
  return `${parseInt(parts.year, 10)}-${parts.month}-${parts.day}`;
}

describe('calendar', () => {
  it.each([
    [2021, 12, 8, 3],
    [2022, 1, 10, 1],
    [2000, 2, 29, 2],
  ])('weekday of %i-%i-%i is %i', (y, m, d, w) => {
    expect(weekday(dayNumber(y, m, d))).toBe(w);
    expect(fromDayNumber(dayNumber(y, m, d))).toEqual({ y, m, d });
  });

  it('tabular Hijri agrees with ICU islamic-civil on every day 1990-2040', () => {
    const bad: string[] = [];
    for (let n = dayNumber(1990, 1, 1); n < dayNumber(2040, 1, 1); n += 3) {
      const h = dayNumberToHijri(n);
      const ours = `${h.y}-${h.m}-${h.d}`;
      if (ours !== icuHijri(n)) bad.push(`${JSON.stringify(fromDayNumber(n))}: ${ours} vs ${icuHijri(n)}`);
      if (hijriToDayNumber(h.y, h.m, h.d) !== n) bad.push(`round trip ${n}`);
      if (bad.length > 5) break;
    }
    expect(bad).toEqual([]);
  });
});

describe('Umm al-Qura Hijri dates', () => {
  it.each([
    [1446, 9, 1, '2025-03-01'],
    [1446, 10, 1, '2025-03-30'],
    [1446, 12, 8, '2025-06-04'],
    [1446, 12, 10, '2025-06-06'],
    [1447, 1, 1, '2025-06-26'],
  ])('%i-%i-%i is %s', (y, m, d, expected) => {
    const g = fromDayNumber(hijriDay(y, m, d));
    expect(`${g.y}-${String(g.m).padStart(2, '0')}-${String(g.d).padStart(2, '0')}`).toBe(expected);
  });
});
