/**
 * Infers the publication date from the text when no metadata gives it (browser copies of
 * articles have none). The text constrains the date: "أمس 7 ديسمبر" fixes it, "أمس الثلاثاء"
 * fixes its weekday, "ديسمبر الجاري" / "في 9 ديسمبر، هذا الشهر" fix its month, dates told in
 * the past lie before it and scheduled ones after it, and written years bound the search.
 * Numbered steps; the result names the evidence that decided.
 *
 * Every candidate day gets a log-likelihood: hard constraints add their weight when they hold
 * (step 2), soft clues add the log of how likely the day makes them (step 3): a past event
 * named by its weekday alone lies 0–6 days back (mostly the same day or the day before), a
 * future one 1–7 days ahead (mostly the next day or two); a past dated event lies before the
 * publication, within days when it is the news the text reports, weeks back when it is
 * background; a scheduled one after it, anywhere in the next weeks about evenly; a
 * month called "الماضي"/"المقبل" lies a few months back/ahead. Step 4 turns the scores into a
 * distribution over days, takes the most likely day and abstains when the likely days spread
 * over more than a month.
 */
import { dayNumber, daysInMonth, fromDayNumber, iso, weekday } from './calendar.ts';
import type { DateSpec, FoundDate } from './find.ts';
import { resolveSpec, type Tense } from './resolve.ts';

/** A found date with the tense of its clause. */
export interface DateClue extends FoundDate {
  tense: Tense | null;
  /** Normalized text just after the expression (to see "، هذا الشهر"). */
  after: string;
  /** Normalized text just before the expression (to see "أمس"). */
  before: string;
  /** The expression stands in the text's first sentence (the lead, which tells the news). */
  lead?: boolean;
}

/** One hard constraint on the publication day, with its weight and what it says. */
interface Constraint {
  why: string;
  weight: number;
  holds: (pub: number) => boolean;
}

/** One soft clue: the log-likelihood of each publication day under it. */
interface Soft {
  why: string;
  logLik: (pub: number) => number;
}

/** The named result of the inference. */
export interface PublishedInference {
  published: string;
  /** Probability of the chosen day under the model (0..1). */
  confidence: number;
  /** How many days are at least half as likely as the chosen one (1 = the text fixes the day). */
  candidates: number;
  evidence: string[];
}

/** What the caller knows around the text. */
export interface InferOptions {
  /**
   * Years the page is known to come from (a crawl's year, the years of the other articles of a
   * batch). They make the search possible when the text writes no year, and weigh as a prior
   * when it does; without them and without a written year, nothing is inferred.
   */
  contextYears?: number[];
  /** False: give the most likely day even when the likely days spread (default true). */
  abstain?: boolean;
}

const THIS_MONTH_AFTER =
  /^\s*,?\s*(?:في\s+وقت\s+(?:سابق|مبكر)\s+)?(?:من\s+)?(?:هذا\s+الشهر|الشهر\s+(?:الجاري|الحالي))/;
const DAY_BEFORE: Array<[RegExp, number]> = [
  [/(?:^|\s)(?:[وف]?امس|البارحة)\s*,?\s*$/, -1],
  [/(?:^|\s)[وف]?اليوم\s*,?\s*$/, 0],
  [/(?:^|\s)[وف]?غدا\s*,?\s*$/, 1],
];

type Absolute = Extract<DateSpec, { kind: 'absolute' }>;

/** Weight of a written year (texts write their own year more than any other). */
const WRITTEN_YEAR_WEIGHT = 0.25;

/**
 * Step 1: the years that bound the search: Gregorian years the text writes (and the Gregorian
 * years of its Hijri dates with a year), years written around the body (title, captions the
 * cleaner removed) and years the caller gives as context.
 */
function step1Years(clues: DateClue[], aroundYears: number[]): number[] {
  const years = clues.flatMap((c) => {
    const s = c.spec;
    if (s.kind !== 'absolute' || !s.y) return [];
    if (s.calendar === 'gregorian') return [s.y];
    const r = resolveSpec(s, { pub: null, tense: null });
    return r ? [fromDayNumber(r.day).y] : [];
  });
  return [...new Set([...years, ...aroundYears])].filter((y) => y > 1900 && y < 2200);
}

/** Step 2: hard constraints from each clue. */
function step2Constraints(clues: DateClue[]): Constraint[] {
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
    if (a.d !== undefined && a.y === undefined && (a.direction === 'last' || a.direction === 'next')) {
      // "10 ديسمبر الماضي" / "12 فبراير المقبل": writers name the current month "الجاري", so the
      // month is not the publication's (rarely it is: a soft weight).
      out.push({
        why: `month ${a.m} is not the current month`,
        weight: 2,
        holds: (p) => fromDayNumber(p).m !== a.m,
      });
    }
    if (a.weekday !== undefined && a.d !== undefined && a.y === undefined) {
      // The weekday fits the year of the occurrence the clue refers to: the one before the
      // publication when told in the past, after it when scheduled, either without a tense.
      const future = isFuture(c);
      const past = isPast(c);
      out.push({
        why: `weekday written with ${a.d}/${a.m}`,
        weight: 3,
        holds: (p) => (!future && lastOccurrence(a, p) !== null) || (!past && nextOccurrence(a, p) !== null),
      });
    }
  }
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

function isFuture(c: DateClue): boolean {
  const s = c.spec;
  return c.tense === 'future' || ('direction' in s && s.direction === 'next');
}

function isPast(c: DateClue): boolean {
  const s = c.spec;
  return c.tense === 'past' || ('direction' in s && s.direction === 'last');
}

/** An event's first and last day. */
interface Span {
  start: number;
  end: number;
}

function occurrence(a: Absolute, y: number): Span | null {
  const m = a.m ?? 1;
  if (a.d === undefined || a.d > daysInMonth(y, m)) return null;
  const start = dayNumber(y, m, a.d);
  const end = a.d2 !== undefined && a.d2 <= daysInMonth(y, m) ? dayNumber(y, m, a.d2) : start;
  return { start, end };
}

/** The latest occurrence of a year-less date that starts on or before `pub` (weekday must fit). */
function lastOccurrence(a: Absolute, pub: number): Span | null {
  const y = fromDayNumber(pub).y;
  for (const yy of [y, y - 1]) {
    const o = occurrence(a, yy);
    if (o && o.start <= pub && (a.weekday === undefined || weekday(o.start) === a.weekday)) return o;
  }
  return null;
}

/** The earliest occurrence of a year-less date on or after `pub` (weekday must fit). */
function nextOccurrence(a: Absolute, pub: number): Span | null {
  const y = fromDayNumber(pub).y;
  for (const yy of [y, y + 1]) {
    const o = occurrence(a, yy);
    if (o && o.start >= pub && (a.weekday === undefined || weekday(o.start) === a.weekday)) return o;
  }
  return null;
}

/** Floor of every likelihood: a clue read wrong must not veto a day. */
const FLOOR = 1e-5;

/**
 * A past event's distance back (days from its last day). A news event (in the lead, or dated with
 * its weekday, "الثلاثاء 11 فبراير") lies mostly the same day or the day before; a background
 * event dated in the body ("في 17 ديسمبر 2024", "وكان ... قد" ) weeks or months back, since a
 * writer names the last few days "أمس" or by their weekday. A negative distance is a past event
 * still running at publication (a range), unlikely.
 */
function recency(g: number, kind: Recency): number {
  if (g < 0) return g >= -31 ? 0.2 * recency(0, kind) : FLOOR;
  if (g > 730) return FLOOR;
  const [dayShare, weekShare] = RECENT[kind];
  // The same day or the day before as often, then fewer each day; or weeks back; or any time.
  const days = g <= 1 ? 0.3 : 0.3 * 0.45 ** (g - 1);
  // A background event written with its year is rarely of the last days: most often weeks back.
  const weeks =
    kind === 'dated-background' ? (g * Math.exp(-g / YEAR_WEEKS)) / YEAR_WEEKS ** 2 : Math.exp(-g / 30) / 30;
  return dayShare * (days / 0.845) + weekShare * weeks + (1 - dayShare - weekShare) / 730 + FLOOR;
}

/**
 * What a past dated event is to the text: the news it reports, another event, or another event
 * written with its year ("في 17 ديسمبر 2024": the year is written when the date is not recent).
 */
type Recency = 'news' | 'background' | 'dated-background';
/** Shares of [days, weeks] back (the rest: any time in two years). */
const RECENT: Record<Recency, [number, number]> = {
  news: [0.45, 0.4],
  background: [0.12, 0.55],
  'dated-background': [0.03, 0.6],
};
/** Most likely distance back of a background event written with its year, in days. */
const YEAR_WEEKS = 20;

/** A scheduled date lies up to about three weeks ahead about evenly, then fewer each week. */
const PLATEAU_DAYS = 21;
const PLATEAU_DECAY = 14;

/**
 * A scheduled event's distance ahead: within weeks mostly, months sometimes, up to two years;
 * seldom the publication day itself (that is "اليوم"). Flat over the first weeks: a date told
 * as still to come bounds the publication, it does not pull it to the day before (events
 * a day or two ahead are told "غدا" or by their weekday).
 */
function proximity(h: number): number {
  if (h < 0 || h > 730) return FLOOR;
  if (h === 0) return 0.1 * proximity(1);
  const plateau =
    (h <= PLATEAU_DAYS ? 1 : Math.exp(-(h - PLATEAU_DAYS) / PLATEAU_DECAY)) / (PLATEAU_DAYS + PLATEAU_DECAY);
  return 0.5 * plateau + (0.3 * Math.exp(-h / 90)) / 90 + 0.2 / 730 + FLOOR;
}

/** Weekday named alone: P(k days back) for a past event, k = 0..6. */
const WEEKDAY_PAST = [0.3, 0.3, 0.12, 0.09, 0.08, 0.06, 0.05];
/** P(k days ahead) for a future event, k = 1..7. */
const WEEKDAY_FUTURE = [0.3, 0.25, 0.14, 0.1, 0.08, 0.07, 0.06];
/** "الاثنين الماضي": k = 1..7 back; "الخميس المقبل": k = 1..7 ahead. */
const WEEKDAY_LAST = [0.1, 0.16, 0.16, 0.16, 0.14, 0.14, 0.14];
const WEEKDAY_NEXT = [0.08, 0.14, 0.14, 0.14, 0.14, 0.16, 0.2];
/** Share of weekday-only clues that say nothing about the publication ("يوم الجمعة" of a rule). */
const WEEKDAY_NOISE = 0.3;

/** Month named alone, past ("ديسمبر الماضي") or ahead ("مارس المقبل"): P(a months away), a = 0..11. */
const MONTH_AWAY = [0.1, 0.3, 0.18, 0.12, 0.08, 0.06, 0.05, 0.04, 0.03, 0.02, 0.01, 0.01];
const MONTH_NOISE = 0.3;

/** Step 3: soft clues: weekday-only events, dated events before or after, months named alone. */
function step3Soft(clues: DateClue[]): Soft[] {
  const out: Soft[] = [];
  // A text that names its news day by "اليوم/أمس/غدا" tells its lead that way; its dated
  // events are then background, even in the lead ("أعلنت اليوم أن القمة التي عقدت في 5 ديسمبر").
  const relativeNews = clues.some((c) => c.spec.kind === 'relative' && c.spec.unit === 'day');
  for (const c of clues) {
    const s = c.spec;
    if (s.kind === 'weekday' && s.weekday2 === undefined) out.push(weekdaySoft(c, s));
    if (s.kind !== 'absolute') continue;
    if (s.d !== undefined && (s.m !== undefined || s.y !== undefined)) {
      const news = (c.lead === true && !relativeNews) || s.weekday !== undefined;
      const soft = datedSoft(c, s, news ? 'news' : s.y !== undefined ? 'dated-background' : 'background');
      if (soft) out.push(soft);
    } else if (
      s.calendar === 'gregorian' &&
      s.m !== undefined &&
      s.y === undefined &&
      s.direction !== 'current'
    ) {
      const soft = monthSoft(c, s.m);
      if (soft) out.push(soft);
    }
  }
  return out;
}

function weekdaySoft(c: DateClue, s: Extract<DateSpec, { kind: 'weekday' }>): Soft {
  const wd = s.weekday;
  let table: number[];
  let ahead: boolean;
  if (s.direction === 'next') [table, ahead] = [WEEKDAY_NEXT, true];
  else if (s.direction === 'last') [table, ahead] = [WEEKDAY_LAST, false];
  else if (c.tense === 'future') [table, ahead] = [WEEKDAY_FUTURE, true];
  else [table, ahead] = [WEEKDAY_PAST, false];
  const shifted = table !== WEEKDAY_PAST;
  const why = `${ahead ? 'coming' : 'past'} weekday ${wd}`;
  return {
    why,
    logLik: (p) => {
      const pw = weekday(p);
      let k = ahead ? (wd - pw + 7) % 7 : (pw - wd + 7) % 7;
      if (shifted && k === 0) k = 7;
      const prob = table[shifted ? k - 1 : k];
      return Math.log((1 - WEEKDAY_NOISE) * prob + WEEKDAY_NOISE / 7);
    },
  };
}

/**
 * A dated event: before the publication when told in the past, after it when scheduled.
 * `kind`: the news the text reports or a background event (see recency).
 */
function datedSoft(c: DateClue, s: Absolute, kind: Recency): Soft | null {
  let fixed: Span | null = null;
  if (s.y !== undefined && s.calendar === 'gregorian') {
    fixed = occurrence(s, s.y);
    if (!fixed) return null;
  } else if (s.y !== undefined) {
    const r = resolveSpec(s, { pub: null, tense: null });
    if (r?.precision !== 'day') return null;
    fixed = { start: r.day, end: r.day + (s.d2 !== undefined && s.d !== undefined ? s.d2 - s.d : 0) };
  } else if (s.calendar !== 'gregorian' || s.monthOffset !== undefined) return null;
  const pastShare = isFuture(c) ? 0.05 : isPast(c) ? 0.95 : 0.7;
  const before = (p: number) => (fixed ? (fixed.start <= p ? fixed : null) : lastOccurrence(s, p));
  const afterIt = (p: number) => (fixed ? (fixed.start >= p ? fixed : null) : nextOccurrence(s, p));
  const label = s.y !== undefined ? iso(fromDayNumber(fixed!.start), 'day') : `${s.d}/${s.m}`;
  return {
    why: `${pastShare >= 0.5 ? 'past' : 'scheduled'} ${label}`,
    logLik: (p) => {
      const b = before(p);
      const a = afterIt(p);
      const past = b ? recency(p - b.end, kind) : FLOOR;
      const future = a ? proximity(a.start - p) : FLOOR;
      return Math.log(pastShare * past + (1 - pastShare) * future);
    },
  };
}

/** A month named alone with a direction or a tense: a few months away from the publication. */
function monthSoft(c: DateClue, m: number): Soft | null {
  const ahead = isFuture(c);
  if (!ahead && !isPast(c)) return null;
  const s = c.spec as Absolute;
  const directed = s.direction !== undefined;
  return {
    why: `${ahead ? 'coming' : 'past'} month ${m}`,
    logLik: (p) => {
      const pm = fromDayNumber(p).m;
      let a = ahead ? (m - pm + 12) % 12 : (pm - m + 12) % 12;
      // "مارس المقبل" said in March is next year's; a plain future "في مارس" may be this one.
      if (directed && a === 0) a = 12;
      const prob = a === 12 ? 0.01 : MONTH_AWAY[a];
      return Math.log((1 - MONTH_NOISE) * prob + MONTH_NOISE / 12);
    },
  };
}

/** Log-likelihood of every candidate day. */
function scoreDays(
  days: number[],
  hard: Constraint[],
  soft: Soft[],
  yearWeight: (y: number) => number,
): number[] {
  return days.map((p) => {
    let score = yearWeight(fromDayNumber(p).y);
    for (const c of hard) if (c.holds(p)) score += c.weight;
    for (const s of soft) score += s.logLik(p);
    return score;
  });
}

/** The chosen day and this many days either side must hold at least MIN_WINDOW_MASS. */
const WINDOW_DAYS = 3;
const MIN_WINDOW_MASS = 0.25;

/**
 * Step 4: the most likely day (ties: the latest year, then the earliest day), abstaining when
 * the days within three days of it hold less than half the probability (the text leaves
 * several weeks, months or years open).
 */
function step4Choose(
  days: number[],
  scores: number[],
  hard: Constraint[],
  soft: Soft[],
  abstain: boolean,
): PublishedInference | null {
  let bi = 0;
  for (let i = 1; i < days.length; i++) {
    const better = scores[i] > scores[bi] + 1e-9;
    const tiedLaterYear =
      Math.abs(scores[i] - scores[bi]) <= 1e-9 && fromDayNumber(days[i]).y > fromDayNumber(days[bi]).y;
    if (better || tiedLaterYear) bi = i;
  }
  const max = scores[bi];
  const w = scores.map((s) => Math.exp(s - max));
  const total = w.reduce((a, b) => a + b, 0);
  const day = days[bi];
  const near = days.reduce((a, d, i) => (Math.abs(d - day) <= WINDOW_DAYS ? a + w[i] : a), 0);
  if (abstain && near / total < MIN_WINDOW_MASS) return null;
  const evidence = [
    ...hard.filter((c) => c.holds(day)).map((c) => c.why),
    ...soft
      .filter((s) => s.logLik(day) >= Math.max(...days.map((d) => s.logLik(d))) - Math.LN2)
      .map((s) => s.why),
  ];
  return {
    published: iso(fromDayNumber(day), 'day'),
    confidence: Math.round((w[bi] / total) * 100) / 100,
    candidates: w.filter((x) => x >= 0.5).length,
    evidence,
  };
}

/**
 * Infer the publication date of a text from its date clues. Null when neither the text nor the
 * caller gives a year, or when the likely days spread over more than a month.
 */
export function inferPublished(
  clues: DateClue[],
  aroundYears: number[] = [],
  options: InferOptions = {},
): PublishedInference | null {
  const written = step1Years(clues, aroundYears);
  const context = (options.contextYears ?? []).filter((y) => y > 1900 && y < 2200);
  // Years the caller knows the page comes from are the search; else the written ones and the next.
  const years = context.length ? context : written;
  if (!years.length) return null;
  const hard = step2Constraints(clues);
  const soft = step3Soft(clues);
  if (!hard.length && !soft.length) return null;
  const days: number[] = [];
  const last = Math.max(...years) + (context.length ? 0 : 1);
  for (let p = dayNumber(Math.min(...years), 1, 1); p <= dayNumber(last, 12, 31); p++) days.push(p);
  const yearWeight = (y: number) => (written.includes(y) ? WRITTEN_YEAR_WEIGHT : 0);
  return step4Choose(days, scoreDays(days, hard, soft, yearWeight), hard, soft, options.abstain !== false);
}
