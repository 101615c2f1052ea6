/**
 * The page's own date stamp: a line the cleaner removed that says nothing but a full date
 * ("الأربعاء 5 فبراير 2025 - 21:30", "الخميس 6 شباط 2025"). Copies of web pages keep it even when
 * the HTML metadata is gone; it dates the page better than inference from the running text.
 * A caption or a related-link title that merely contains a date is not a stamp: once the date,
 * weekday, time and separators are taken out, nothing may remain.
 */
import type { Removed } from '../../doc/types.ts';
import { normalize } from '../../text/index.ts';
import { iso } from './calendar.ts';
import { findDates } from './find.ts';

/** Lines longer than this are sentences, not stamps. */
const MAX_STAMP = 60;
/** What may surround the date in a stamp: a time, separators, "نشر في", "آخر تحديث". */
const STAMP_NOISE =
  /(?:\d{1,2}\s*[:.]\s*\d{2}(?:\s*[:.]\s*\d{2})?|(?<=^|\s)(?:ص|م|مساء|صباحا|am|pm|gmt|utc)(?=\s|$)|نشر(?:\s+في)?|(?:على\s+)?الساعة|اخر\s+تحديث|تاريخ\s+النشر|بتوقيت\s+\S+|(?:يوم\s+)?(?:ال)?(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمع[ةه]|سبت)|[-–—|/،,:•·()\s])/giu;

/**
 * ISO date of the first removed line that is a full date stamp, or null. A line may hold the
 * stamp in one of its `|` parts ("وكالة ... | الثلاثاء 21 يناير"); a stamp without a year takes
 * the year the article writes most (`years`), when it writes one.
 */
export function stampDate(removed: Removed[] | undefined, years: number[] = []): string | null {
  for (const r of removed ?? []) {
    if (r.kind === 'caption' || r.kind === 'related' || r.text.length > MAX_STAMP) continue;
    for (const part of r.text.split('|')) {
      const date = stampOf(normalize(part, 'search').text, years);
      if (date) return date;
    }
  }
  return null;
}

function stampOf(norm: string, years: number[]): string | null {
  const found = findDates(norm).find(
    (f) => f.spec.kind === 'absolute' && f.spec.calendar === 'gregorian' && f.spec.m && f.spec.d,
  );
  if (found?.spec.kind !== 'absolute') return null;
  const rest = (norm.slice(0, found.start) + norm.slice(found.end)).replace(STAMP_NOISE, '');
  if (rest.length > 0) return null;
  const y = found.spec.y ?? mostFrequent(years);
  if (!y) return null;
  return iso({ y, m: found.spec.m!, d: found.spec.d! }, 'day');
}

function mostFrequent(xs: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}
