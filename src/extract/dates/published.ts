/**
 * Infers the publication date from the text when no metadata gives it (browser copies of
 * articles have none). The text constrains the date: "أمس 7 ديسمبر" fixes it, "أمس الثلاثاء"
 * fixes its weekday, "ديسمبر الجاري" / "في 9 ديسمبر، هذا الشهر" fix its month, dates told in
 * the past lie before it and scheduled ones after it, and written years bound the search.
 * Numbered steps; the result names the evidence that decided.
 */
import { dayNumber, fromDayNumber, iso, weekday } from './calendar.ts';
import type { DateSpec, FoundDate } from './find.ts';
import { resolveSpec, type Tense } from './resolve.ts';

/** A found date with the tense of its clause. */
export interface DateClue extends FoundDate {
  tense: Tense | null;
  /** Normalized text just after the expression (to see "، هذا الشهر"). */
  after: string;
  /** Normalized text just before the expression (to see "أمس"). */
  before: string;
}

/** One constraint on the publication day, with its weight and what it says. */
interface Constraint {
  why: string;
  weight: number;
  holds: (pub: number) => boolean;
}

/** The named result of the inference. */
export interface PublishedInference {
  published: string;
  confidence: number;
  /** How many days tie for the best score (1 = the text fixes the day). */
  candidates: number;
  evidence: string[];
}

const THIS_MONTH_AFTER = /^\s*,?\s*(?:من\s+)?(?:هذا\s+الشهر|الشهر\s+(?:الجاري|الحالي))/;
const DAY_BEFORE: Array<[RegExp, number]> = [
  [/(?:^|\s)(?:[وف]?امس|البارحة)\s*,?\s*$/, -1],
  [/(?:^|\s)[وف]?اليوم\s*,?\s*$/, 0],
  [/(?:^|\s)[وف]?غدا\s*,?\s*$/, 1],
];

type Absolute = Extract<DateSpec, { kind: 'absolute' }>;

/**
 * Step 1: the years the text writes, which bound the search; years written around the body
 * (title, captions the cleaner removed) count too, as they date the page.
 */
function step1Years(clues: DateClue[], aroundYears: number[]): number[] {
  const years = clues.flatMap((c) =>
    c.spec.kind === 'absolute' && c.spec.calendar === 'gregorian' && c.spec.y ? [c.spec.y] : [],
  );
  return [...new Set([...years, ...aroundYears])].filter((y) => y > 1900 && y < 2200);
}

/** Step 2: constraints from each clue. */
function step2Constraints(clues: DateClue[], years: number[]): Constraint[] {
  const out: Constraint[] = [];
  for (const c of clues) {
    const s = c.spec;
    if (s.kind === 'relative' && s.unit === 'day' && s.weekday !== undefined) {
      const { offset, weekday: wd } = s;
      out.push({ why: `weekday of day ${offset}`, weight: 3, holds: (p) => weekday(p + offset) === wd });
    }
    if (s.kind !== 'absolute' || s.calendar !== 'gregorian' || s.m === undefined) continue;
    const a: Absolute = s;
    const dayBefore = DAY_BEFORE.find(([re]) => re.test(c.before));
    if (dayBefore && a.d !== undefined) {
      const off = dayBefore[1];
      out.push({ why: `relative day next to ${a.d}/${a.m}`, weight: 10, holds: (p) => sameDay(p + off, a) });
    }
    if (a.direction === 'current' || THIS_MONTH_AFTER.test(c.after)) {
      out.push({ why: `month ${a.m} is the current month`, weight: 5, holds: (p) => sameMonth(p, a) });
    }
    if (a.weekday !== undefined && a.d !== undefined) {
      out.push({
        why: `weekday written with ${a.d}/${a.m}`,
        weight: 3,
        holds: (p) => weekdayMatches(a, p, c.tense),
      });
    }
    if (a.y !== undefined && years.length) {
      const future = c.tense === 'future' || a.direction === 'next';
      const ymd = { y: a.y, m: a.m ?? 1, d: a.d ?? 1 };
      const day = dayNumber(ymd.y, ymd.m, ymd.d);
      const why = `${future ? 'scheduled' : 'past'} ${iso(ymd, 'day')}`;
      out.push({ why, weight: 2, holds: (p) => (future ? p < day : p >= day) });
    } else if (a.d !== undefined && c.tense !== 'future' && a.direction !== 'next') {
      // A past date without a year: the publication is after it and not long after.
      out.push({ why: `past ${a.d}/${a.m}`, weight: 0.5, holds: (p) => pastWithin(a, p, 60) });
    }
  }
  for (const y of years)
    out.push({ why: `year ${y} written`, weight: 0.25, holds: (p) => fromDayNumber(p).y === y });
  return out;
}

function sameDay(n: number, a: Absolute): boolean {
  const d = fromDayNumber(n);
  return d.m === a.m && d.d === a.d && (a.y === undefined || d.y === a.y);
}

function sameMonth(n: number, a: Absolute): boolean {
  const d = fromDayNumber(n);
  return d.m === a.m && (a.y === undefined || d.y === a.y);
}

function weekdayMatches(a: Absolute, pub: number, tense: Tense | null): boolean {
  const r = resolveSpec(a, { pub, tense });
  return r !== null && weekday(r.day) === a.weekday;
}

function pastWithin(a: Absolute, pub: number, days: number): boolean {
  const y = fromDayNumber(pub).y;
  return [y, y - 1].some((yy) => {
    const diff = pub - dayNumber(yy, a.m ?? 1, a.d ?? 1);
    return diff >= 0 && diff <= days;
  });
}

/** Constraints at least this heavy are evidence; lighter ones only break ties. */
const EVIDENCE_WEIGHT = 1;
/** A best set wider than this (in days, within the chosen year) says too little: abstain. */
const MAX_SPAN_DAYS = 31;

function scoreDays(days: number[], constraints: Constraint[]): { days: number[]; score: number } {
  let best: number[] = [];
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const p of days) {
    let score = 0;
    for (const c of constraints) if (c.holds(p)) score += c.weight;
    if (score > bestScore + 1e-9) {
      best = [p];
      bestScore = score;
    } else if (Math.abs(score - bestScore) < 1e-9) best.push(p);
  }
  return { days: best, score: bestScore };
}

/** Step 3: the days of the written years (and the next) that satisfy the most evidence. */
function step3Evidence(years: number[], constraints: Constraint[]): { days: number[]; score: number } {
  const all: number[] = [];
  for (let p = dayNumber(Math.min(...years), 1, 1); p <= dayNumber(Math.max(...years) + 1, 12, 31); p++)
    all.push(p);
  return scoreDays(
    all,
    constraints.filter((c) => c.weight >= EVIDENCE_WEIGHT),
  );
}

/**
 * Step 4: break ties with the light constraints (written years, recent past dates), keep the
 * latest year among the best, abstain when the remaining days span more than a month, and
 * take the earliest (news follows the latest event it tells).
 */
function step4Choose(
  best: { days: number[]; score: number },
  constraints: Constraint[],
): PublishedInference | null {
  const tied = scoreDays(
    best.days,
    constraints.filter((c) => c.weight < EVIDENCE_WEIGHT),
  ).days;
  // Every year's share of the evidence must be narrow; otherwise the text cannot tell.
  const years = [...new Set(best.days.map((d) => fromDayNumber(d).y))];
  for (const y of years) {
    const inYear = best.days.filter((d) => fromDayNumber(d).y === y);
    if (inYear[inYear.length - 1] - inYear[0] + 1 > MAX_SPAN_DAYS) return null;
  }
  const year = Math.max(...tied.map((d) => fromDayNumber(d).y));
  const days = tied.filter((d) => fromDayNumber(d).y === year);
  const span = days[days.length - 1] - days[0] + 1;
  const base = span <= 1 ? 0.9 : span <= 7 ? 0.7 : 0.5;
  const strength = Math.min(1, best.score / 5);
  const unique = years.length === 1 ? 1 : 0.5;
  const day = days[0];
  return {
    published: iso(fromDayNumber(day), 'day'),
    confidence: Math.round(base * unique * (0.6 + 0.4 * strength) * 100) / 100,
    candidates: days.length,
    evidence: constraints.filter((c) => c.holds(day)).map((c) => c.why),
  };
}

/**
 * Infer the publication date from the date clues of a text. Null when the text writes no
 * year, or its evidence leaves more than a month open.
 */
export function inferPublished(clues: DateClue[], aroundYears: number[] = []): PublishedInference | null {
  const years = step1Years(clues, aroundYears);
  if (!years.length) return null;
  const constraints = step2Constraints(clues, years);
  const best = step3Evidence(years, constraints);
  if (!best.days.length || best.score < EVIDENCE_WEIGHT) return null;
  return step4Choose(best, constraints);
}
