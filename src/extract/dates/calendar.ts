/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC), and the tabular Islamic
 * calendar. The Hijri conversion is the arithmetical "civil" calendar (epoch Friday 16 July 622
 * Julian, 30-year cycle with leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29), the same
 * scheme as ICU's `islamic-civil`. Official calendars (Umm al-Qura, sighting) can differ by one
 * or two days.
 */

const MS_PER_DAY = 86_400_000;
/** Julian day number of 1970-01-01. */
const UNIX_JDN = 2_440_588;
/** Julian day number of 1 Muharram 1 AH in the civil tabular calendar. */
const HIJRI_EPOCH_JDN = 1_948_440;

/** A calendar date with month 1-12. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

/** Day number of a Gregorian date. */
export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** Gregorian date of a day number. */
export function fromDayNumber(n: number): Ymd {
  const dt = new Date(n * MS_PER_DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** Weekday of a day number (0 = Sunday). */
export function weekday(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** Days in a Gregorian month. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Day number of a tabular Hijri date. */
export function hijriToDayNumber(y: number, m: number, d: number): number {
  const jdn =
    d + Math.ceil(29.5 * (m - 1)) + (y - 1) * 354 + Math.floor((3 + 11 * y) / 30) + HIJRI_EPOCH_JDN - 1;
  return jdn - UNIX_JDN;
}

/** Tabular Hijri date of a day number. */
export function dayNumberToHijri(n: number): Ymd {
  const jdn = n + UNIX_JDN;
  const y = Math.floor((30 * (jdn - HIJRI_EPOCH_JDN) + 10646) / 10631);
  const m = Math.min(12, Math.ceil((jdn - (29 + hijriToDayNumber(y, 1, 1) + UNIX_JDN)) / 29.5) + 1);
  const d = jdn - (hijriToDayNumber(y, m, 1) + UNIX_JDN) + 1;
  return { y, m, d };
}

/** ISO string of a date at a precision. */
export function iso(date: Ymd, precision: 'day' | 'month' | 'year'): string {
  const y = String(date.y).padStart(4, '0');
  if (precision === 'year') return y;
  const m = String(date.m).padStart(2, '0');
  if (precision === 'month') return `${y}-${m}`;
  return `${y}-${m}-${String(date.d).padStart(2, '0')}`;
}

/** Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD...` (a timestamp is cut to its date). */
export function parseIso(s: string): { date: Ymd; precision: 'day' | 'month' | 'year' } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(s.trim());
  if (!m) return null;
  const y = Number(m[1]);
  if (!m[2]) return { date: { y, m: 1, d: 1 }, precision: 'year' };
  if (!m[3]) return { date: { y, m: Number(m[2]), d: 1 }, precision: 'month' };
  return { date: { y, m: Number(m[2]), d: Number(m[3]) }, precision: 'day' };
}

/** Which Hijri calendar dates are converted with. */
export type HijriCalendar = 'umalqura' | 'civil';
/** Default: Umm al-Qura (what Gulf outlets print), via ICU, falling back to the tabular one. */
export const DEFAULT_HIJRI_CALENDAR: HijriCalendar = 'umalqura';

let ummAlQura: Intl.DateTimeFormat | null | undefined;

function ummAlQuraFormat(): Intl.DateTimeFormat | null {
  if (ummAlQura !== undefined) return ummAlQura;
  try {
    const f = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    ummAlQura = f.resolvedOptions().calendar === 'islamic-umalqura' ? f : null;
  } catch {
    ummAlQura = null;
  }
  return ummAlQura;
}

function ummAlQuraOf(n: number, f: Intl.DateTimeFormat): Ymd {
  const parts = Object.fromEntries(f.formatToParts(new Date(n * MS_PER_DAY)).map((p) => [p.type, p.value]));
  return { y: Number.parseInt(parts.year, 10), m: Number(parts.month), d: Number(parts.day) };
}

/**
 * Day number of a Hijri date in `calendar`. Umm al-Qura starts from the tabular date and
 * looks up to three days either side for the ICU date that matches; when ICU has no Umm
 * al-Qura data (or the date is outside its table) the tabular date stands.
 */
export function hijriDay(
  y: number,
  m: number,
  d: number,
  calendar: HijriCalendar = DEFAULT_HIJRI_CALENDAR,
): number {
  const tabular = hijriToDayNumber(y, m, d);
  const f = calendar === 'umalqura' ? ummAlQuraFormat() : null;
  if (!f) return tabular;
  for (const delta of [0, -1, 1, -2, 2, -3, 3]) {
    const h = ummAlQuraOf(tabular + delta, f);
    if (h.y === y && h.m === m && h.d === d) return tabular + delta;
  }
  return tabular;
}
