/**
 * Resolves a `DateSpec` to an absolute date against the publication date (a day number) and
 * the tense of its clause (conventions of eval/data/README.md): a missing year is the
 * publication year unless the direction word or the tense moves it; a bare weekday is the
 * latest one on or before the publication day, or with a future clause or "المقبل" the next
 * one strictly after it. Hijri dates convert with Umm al-Qura (ICU) over the tabular civil
 * calendar. Week-level phrases resolve to the month the week falls in (no week precision);
 * "اليوم التالي" counts from the date written before it (the anchor).
 */
import type { DatePrecision } from '../../doc/types.ts';
import {
  dayNumber,
  dayNumberToHijri,
  daysInMonth,
  fromDayNumber,
  hijriDay,
  hijriToDayNumber,
  iso,
  weekday,
  type Ymd,
} from './calendar.ts';
import type { DateSpec } from './find.ts';

export type Tense = 'past' | 'future';

/** What a date is resolved against. */
export interface ResolveContext {
  /** Publication day number, or null when unknown. */
  pub: number | null;
  /** Tense of the clause (null: no signal). */
  tense: Tense | null;
  /** Day number of the date written just before ("اليوم التالي" counts from it). */
  anchor?: number | null;
  /** Year written earlier in the same sentence, for a date written without one. */
  contextYear?: number | null;
}

/** A resolved date. */
export interface Resolved {
  date: string;
  precision: DatePrecision;
  /** Day number of the (first day of the) date, for comparisons. */
  day: number;
  endDate?: string;
  relative: boolean;
}

function shiftMonth(y: number, m: number, by: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + by;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

function result(date: Ymd, precision: DatePrecision, relative: boolean, end?: Ymd): Resolved {
  return {
    date: iso(date, precision),
    precision,
    day: dayNumber(date.y, date.m, precision === 'day' ? date.d : 1),
    endDate: end ? iso(end, 'day') : undefined,
    relative,
  };
}

/** True when (m, d) of year `y` lies strictly after / on-or-after the publication day. */
function after(y: number, m: number, d: number | undefined, pub: number, strict: boolean): boolean {
  const p = fromDayNumber(pub);
  if (d === undefined) return strict ? y * 12 + m > p.y * 12 + p.m : y * 12 + m >= p.y * 12 + p.m;
  const day = dayNumber(y, m, Math.min(d, daysInMonth(y, m)));
  return strict ? day > pub : day >= pub;
}

/**
 * The year of a date written without one: the publication year, moved by the direction word
 * (المقبل: the next such date, الماضي: the last one) or the tense (future: on or after the
 * publication, past: on or before it). A written weekday picks the year it fits.
 */
function chooseYear(
  m: number,
  d: number | undefined,
  pub: number,
  tense: Tense | null,
  spec: DateSpec,
  contextYear: number | null,
): number {
  const y = fromDayNumber(pub).y;
  const direction = spec.kind === 'absolute' ? spec.direction : undefined;
  if (spec.kind === 'absolute' && spec.weekday !== undefined && d !== undefined) {
    const fits = [y, y + 1, y - 1].filter((yy) => weekday(dayNumber(yy, m, d)) === spec.weekday);
    if (fits.length) return fits[0];
  }
  if (direction === 'current') return y;
  if (direction === 'next') return after(y, m, d, pub, true) ? y : y + 1;
  if (direction === 'last') return after(y, m, d, pub, false) ? y - 1 : y;
  // "في 10 يناير 2022 ... وفي 12 يناير": the year written earlier in the sentence carries over.
  if (contextYear !== null) return contextYear;
  // A range still running at publication ("من 6 إلى 8 أبريل") is judged by its last day.
  const last = spec.kind === 'absolute' && spec.d2 !== undefined ? spec.d2 : d;
  if (tense === 'future') return after(y, m, last, pub, false) ? y : y + 1;
  if (tense === 'past') return after(y, m, d ?? 1, pub, true) ? y - 1 : y;
  // No tense: a bare month is in the publication year; a day and month in the year that puts
  // it nearest to the publication.
  if (d === undefined) return y;
  const distance = (yy: number) => Math.abs(dayNumber(yy, m, Math.min(d, daysInMonth(yy, m))) - pub);
  return [y, y - 1, y + 1].reduce((best, yy) => (distance(yy) < distance(best) ? yy : best));
}

function resolveHijri(spec: Extract<DateSpec, { kind: 'absolute' }>, pub: number | null): Resolved | null {
  const hy = spec.y ?? (pub !== null ? dayNumberToHijri(pub).y : undefined);
  if (hy === undefined) return null;
  if (spec.m === undefined) {
    // A Hijri year overlaps two Gregorian years: take the one holding its middle.
    return result(fromDayNumber(hijriToDayNumber(hy, 6, 15)), 'year', false);
  }
  const start = hijriDay(hy, spec.m, spec.d ?? 1);
  const end = spec.d2 !== undefined ? fromDayNumber(hijriDay(hy, spec.m, spec.d2)) : undefined;
  return result(fromDayNumber(start), spec.d !== undefined ? 'day' : 'month', spec.y === undefined, end);
}

function resolveAbsolute(
  spec: Extract<DateSpec, { kind: 'absolute' }>,
  context: ResolveContext,
): Resolved | null {
  const { pub, tense } = context;
  if (spec.calendar === 'hijri') return resolveHijri(spec, pub);
  let { y, m } = spec;
  const relative = y === undefined;
  if (spec.monthOffset !== undefined) {
    if (pub === null) return null;
    const p = fromDayNumber(pub);
    ({ y, m } = shiftMonth(p.y, p.m, spec.monthOffset));
  }
  if (m === undefined) return y === undefined ? null : result({ y, m: 1, d: 1 }, 'year', false);
  if (y === undefined) {
    if (pub === null) return null;
    y = chooseYear(m, spec.d, pub, tense, spec, context.contextYear ?? null);
  }
  if (spec.d === undefined) return result({ y, m, d: 1 }, 'month', relative);
  if (spec.d > daysInMonth(y, m)) return null;
  const end = spec.d2 !== undefined && spec.d2 <= daysInMonth(y, m) ? { y, m, d: spec.d2 } : undefined;
  return result({ y, m, d: spec.d }, 'day', relative, end);
}

function resolveWeekday(
  spec: Extract<DateSpec, { kind: 'weekday' }>,
  pub: number,
  tense: Tense | null,
): Resolved {
  const pw = weekday(pub);
  const ahead = (spec.weekday - pw + 7) % 7;
  const back = (pw - spec.weekday + 7) % 7;
  let day: number;
  if (spec.direction === 'next') day = pub + (ahead || 7);
  else if (spec.direction === 'last') day = pub - (back || 7);
  else if (tense === 'future') day = pub + (ahead || 7);
  else day = pub - back;
  const end =
    spec.weekday2 !== undefined ? fromDayNumber(day + ((spec.weekday2 - spec.weekday + 7) % 7)) : undefined;
  return result(fromDayNumber(day), 'day', true, end);
}

function resolveRelative(spec: Extract<DateSpec, { kind: 'relative' }>, pub: number): Resolved {
  const p = fromDayNumber(pub);
  switch (spec.unit) {
    case 'day':
      return result(fromDayNumber(pub + spec.offset), 'day', true);
    case 'week':
      return result(fromDayNumber(pub + 7 * spec.offset), 'month', true);
    case 'month': {
      const s = shiftMonth(p.y, p.m, spec.offset);
      return result({ ...s, d: 1 }, 'month', true);
    }
    case 'year':
      return result({ y: p.y + spec.offset, m: 1, d: 1 }, 'year', true);
    case 'anchor':
      return result(fromDayNumber(pub + spec.offset), 'day', true);
  }
}

/** Resolve one spec; null when it needs a publication date that is unknown, or is invalid. */
export function resolveSpec(spec: DateSpec, context: ResolveContext): Resolved | null {
  const { pub, tense, anchor } = context;
  if (spec.kind === 'absolute') return resolveAbsolute(spec, context);
  if (spec.kind === 'relative' && spec.unit === 'anchor') {
    return anchor == null ? null : result(fromDayNumber(anchor + spec.offset), 'day', true);
  }
  if (pub === null) return null;
  if (spec.kind === 'weekday') return resolveWeekday(spec, pub, tense);
  return resolveRelative(spec, pub);
}
