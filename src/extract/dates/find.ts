/**
 * Finds date expressions in `search`-normalized text: explicit dates (day-month-year, ranges,
 * ordinal days, numeric dates, Hijri), months, years, relative phrases and weekdays. Each
 * pattern turns its regex groups into a `DateSpec`, which `resolve.ts` turns into a date once
 * the publication date and the tense are known. Overlapping candidates: the longest wins.
 */
import { type DateLexicon, type Direction, dateLexicon, lookup, type Unit } from './lexicon.ts';

/** What an expression says, before resolution against the publication date. */
export type DateSpec =
  | {
      kind: 'absolute';
      calendar: 'gregorian' | 'hijri';
      y?: number;
      m?: number;
      d?: number;
      /** Last day of a range ("12 و13 يناير"). */
      d2?: number;
      /** Month relative to the publication month ("15 من الشهر الجاري"). */
      monthOffset?: number;
      weekday?: number;
      direction?: Direction;
    }
  | { kind: 'relative'; unit: Unit; offset: number; weekday?: number }
  | { kind: 'weekday'; weekday: number; weekday2?: number; direction?: Direction };

/** A found expression: `[start, end)` in the normalized text. */
export interface FoundDate {
  start: number;
  end: number;
  spec: DateSpec;
  pattern: string;
}

type Groups = Record<string, string | undefined>;

interface Pattern {
  name: string;
  source: (re: DateLexicon['re']) => string;
  build: (g: Groups, lex: DateLexicon) => DateSpec | null;
}

const YEAR = '(?<y>\\d{4})(?:\\s*(?<ys>ميلادية|ميلادي|هجرية|هجري|م|ه)(?![\\p{L}]))?';
const month = (re: DateLexicon['re']) => `(?<mon>${re.month})(?:\\s*[/(]\\s*(?<mon2>${re.month})\\s*\\)?)?`;

function num(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Number(s);
}

/** Calendar of a year: Hijri when the suffix says so or the month is Hijri. */
function yearOf(g: Groups, hijriMonth: boolean): { y?: number; calendar: 'gregorian' | 'hijri' } {
  const y = num(g.y);
  const hijri = hijriMonth || g.ys?.startsWith('ه') === true;
  return { y, calendar: hijri ? 'hijri' : 'gregorian' };
}

function dayMonth(g: Groups, lex: DateLexicon): DateSpec | null {
  const info = lookup(lex.months, g.mon);
  if (!info) return null;
  const d = num(g.d) ?? lookup(lex.ordinals, g.ord);
  if (d === undefined || d < 1 || d > 31) return null;
  const d2 = num(g.d2);
  const { y, calendar } = yearOf(g, info.calendar === 'hijri');
  return {
    kind: 'absolute',
    calendar,
    y,
    m: info.month,
    d,
    d2: d2 !== undefined && d2 > d && d2 <= 31 ? d2 : undefined,
    weekday: lookup(lex.weekdays, g.wd),
    direction: lookup(lex.modifiers, g.mod),
  };
}

const PATTERNS: Pattern[] = [
  {
    name: 'day-month',
    source: (re) =>
      `(?:(?<wd>${re.weekday})\\s*,?\\s*(?:الموافق\\s+)?)?(?:(?<d>\\d{1,2})|(?<ord>${re.ordinal})\\s+من)` +
      `(?:\\s*(?:و|-|–|الى|حتى)\\s*(?<d2>\\d{1,2}))?\\s+(?:من\\s+)?(?:شهر\\s+)?${month(re)}` +
      `(?:\\s*,?\\s*${YEAR})?(?:\\s+(?<mod>${re.modifier}))?`,
    build: dayMonth,
  },
  {
    name: 'day-of-this-month',
    source: (re) =>
      `(?:(?<d>\\d{1,2})|(?<ord>${re.ordinal}))\\s+(?:من\\s+(?:هذا\\s+الشهر|الشهر\\s+(?<mod>${re.modifier}))|(?<mod2>الجاري|الحالي))`,
    build: (g, lex) => {
      const d = num(g.d) ?? lookup(lex.ordinals, g.ord);
      if (d === undefined || d < 1 || d > 31) return null;
      const dir = lookup(lex.modifiers, g.mod ?? g.mod2) ?? 'current';
      return {
        kind: 'absolute',
        calendar: 'gregorian',
        d,
        monthOffset: dir === 'next' ? 1 : dir === 'last' ? -1 : 0,
      };
    },
  },
  {
    name: 'numeric',
    source: () =>
      '(?:(?<d>\\d{1,2})[/.-](?<m>\\d{1,2})[/.-](?<y>\\d{4})|(?<y2>\\d{4})-(?<m2>\\d{1,2})-(?<d3>\\d{1,2}))',
    build: (g) => {
      const y = num(g.y ?? g.y2);
      const m = num(g.m ?? g.m2);
      const d = num(g.d ?? g.d3);
      if (!y || !m || !d || m > 12 || d > 31) return null;
      return { kind: 'absolute', calendar: 'gregorian', y, m, d };
    },
  },
  {
    name: 'month-year',
    source: (re) => `(?:(?<pp>${re.periodPart})\\s+)?(?:شهر\\s+)?${month(re)}\\s*,?\\s*${YEAR}`,
    build: (g, lex) => {
      const info = lookup(lex.months, g.mon);
      if (!info) return null;
      const { y, calendar } = yearOf(g, info.calendar === 'hijri');
      return { kind: 'absolute', calendar, y, m: info.month };
    },
  },
  {
    name: 'month',
    source: (re) =>
      `(?:(?<pp>${re.periodPart})\\s+|(?<=(?:^|[^\\p{L}])[وف]?(?<trig>${re.trigger})\\s+))?` +
      `(?<shahr>شهر\\s+)?${month(re)}(?:\\s+(?<mod>${re.modifier}))?`,
    build: (g, lex) => {
      const info = lookup(lex.months, g.mon);
      if (!info) return null;
      if (info.ambiguous && !g.shahr && !g.pp && g.trig !== 'شهر') return null;
      if (info.needsTrigger && !g.shahr && !g.pp && !g.trig) return null;
      return {
        kind: 'absolute',
        calendar: info.calendar,
        m: info.month,
        direction: lookup(lex.modifiers, g.mod),
      };
    },
  },
  {
    name: 'year',
    source: () =>
      `(?:(?:عام|العام|سنة|لعام|للعام)\\s+${YEAR}|(?<y2>\\d{4})\\s*(?<ys2>م|ه)(?![\\p{L}])|(?<=(?:^|[^\\p{L}])(?:في|منذ|حتى|خلال|قبل|بعد|صيف|شتاء|ربيع|خريف|(?:الربع|النصف)\\s+\\p{L}+\\s+من)\\s+)(?<y3>(?:19|20)\\d\\d))`,
    build: (g) => {
      const y = num(g.y ?? g.y2 ?? g.y3);
      if (!y) return null;
      const suffix = g.ys ?? g.ys2;
      return { kind: 'absolute', calendar: suffix?.startsWith('ه') ? 'hijri' : 'gregorian', y };
    },
  },
  {
    name: 'relative',
    source: (re) =>
      `(?:(?<part>${re.dayPart})\\s+|(?<pp>${re.periodPart})\\s+)?(?<rel>${re.relative})(?:\\s*,?\\s*(?<wd>${re.weekday}))?`,
    build: (g, lex) => {
      const rel = lookup(lex.relative, g.rel);
      if (!rel) return null;
      return { kind: 'relative', unit: rel.unit, offset: rel.offset, weekday: lookup(lex.weekdays, g.wd) };
    },
  },
  {
    name: 'weekday',
    source: (re) =>
      `(?:(?<part>${re.dayPart})\\s+)?(?<wd>${re.weekday})(?:\\s*و\\s*(?<wd2>${re.weekday}))?(?:\\s+(?<mod>${re.modifier}))?`,
    build: (g, lex) => {
      const wd = lookup(lex.weekdays, g.wd);
      if (wd === undefined) return null;
      return {
        kind: 'weekday',
        weekday: wd,
        weekday2: lookup(lex.weekdays, g.wd2),
        direction: lookup(lex.modifiers, g.mod),
      };
    },
  },
];

/** "اليوم" followed by these is "the day" of some event, not today. */
const NOT_TODAY =
  /^\s+(?:التالي|السابق|الذي|نفسه|ذاته|العالمي|الوطني|الدولي|الاخير|الاول|الثاني|الثالث|الرابع|الخامس)/;

/** "الأول من أبريل من كل عام" recurs every year: not a date of an event. */
const RECURRING = /^\s+(?:من\s+)?كل\s+(?:عام|سنة|شهر)/;

let compiled: Array<{ pattern: Pattern; re: RegExp }> | null = null;

function compile(lex: DateLexicon): Array<{ pattern: Pattern; re: RegExp }> {
  if (compiled) return compiled;
  // Start at a word start, allow conjunction/preposition clitics outside the expression.
  compiled = PATTERNS.map((pattern) => ({
    pattern,
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:[وف]?[بل]?)(?<e>${pattern.source(lex.re)})(?![\\p{L}\\p{N}])`,
      'gdu',
    ),
  }));
  return compiled;
}

/** Every date expression of a normalized text, non-overlapping, in text order. */
export function findDates(norm: string): FoundDate[] {
  const lex = dateLexicon();
  const found: FoundDate[] = [];
  for (const { pattern, re } of compile(lex)) {
    re.lastIndex = 0;
    for (const m of norm.matchAll(re)) {
      const span = m.indices?.groups?.e;
      if (!span) continue;
      const g = (m.groups ?? {}) as Groups;
      if (pattern.name === 'relative' && g.rel === 'اليوم' && !g.wd && NOT_TODAY.test(norm.slice(span[1])))
        continue;
      if (RECURRING.test(norm.slice(span[1]))) continue;
      const spec = pattern.build(g, lex);
      if (spec) found.push({ start: span[0], end: span[1], spec, pattern: pattern.name });
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: FoundDate[] = [];
  for (const f of found) {
    if (kept.every((k) => f.end <= k.start || f.start >= k.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}
