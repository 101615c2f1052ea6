/**
 * The date lexicon: month names (all naming systems and Hijri), weekdays, ordinal day words,
 * relative phrases and modifiers, loaded from data/extract/ and compiled into regex sources
 * over `search`-normalized text.
 */
import { alternation, readTable } from './table.ts';

export type Unit = 'day' | 'week' | 'month' | 'year' | 'anchor';
export type Direction = 'next' | 'last' | 'current';

export interface MonthInfo {
  month: number;
  calendar: 'gregorian' | 'hijri';
  ambiguous: boolean;
  /** Bare, it needs a trigger word before it (في مارس). */
  needsTrigger: boolean;
}

/** Everything the finder needs, keyed by normalized word. */
export interface DateLexicon {
  months: Map<string, MonthInfo>;
  weekdays: Map<string, number>;
  ordinals: Map<string, number>;
  relative: Map<string, { unit: Unit; offset: number }>;
  modifiers: Map<string, Direction>;
  dayParts: string[];
  triggers: string[];
  futureMarkers: string[];
  notFuture: string[];
  /** Regex alternations (longest first) of each word class. */
  re: {
    month: string;
    weekday: string;
    ordinal: string;
    relative: string;
    modifier: string;
    dayPart: string;
    periodPart: string;
    trigger: string;
  };
}

let cached: DateLexicon | null = null;

function toMap<V>(name: string, value: (cols: string[]) => V): Map<string, V> {
  const map = new Map<string, V>();
  for (const row of readTable(name)) map.set(row.key, value(row.cols));
  return map;
}

/** The date lexicon, loaded once. */
export function dateLexicon(): DateLexicon {
  if (cached) return cached;
  const months = toMap('months.txt', (c) => ({
    month: Number(c[1]),
    calendar: c[2] === 'hijri' ? ('hijri' as const) : ('gregorian' as const),
    ambiguous: c[4] === 'ambiguous',
    needsTrigger: c[4] === 'ambiguous' || c[4] === 'trigger',
  }));
  const weekdays = toMap('weekdays.txt', (c) => Number(c[1]));
  const ordinals = toMap('ordinals.txt', (c) => Number(c[1]));
  const relative = toMap('relative-dates.txt', (c) => ({ unit: c[1] as Unit, offset: Number(c[2]) }));
  const modifiers = toMap('date-modifiers.txt', (c) => c[1] as Direction);
  const keys = (name: string) => readTable(name).map((r) => r.key);
  const dayParts = keys('day-parts.txt');
  const triggers = keys('date-triggers.txt');
  cached = {
    months,
    weekdays,
    ordinals,
    relative,
    modifiers,
    dayParts,
    triggers,
    futureMarkers: keys('future-markers.txt'),
    notFuture: keys('not-future-verbs.txt'),
    re: {
      month: alternation(months.keys()),
      weekday: alternation(weekdays.keys()),
      ordinal: alternation(ordinals.keys()),
      relative: alternation(relative.keys()),
      modifier: alternation(modifiers.keys()),
      dayPart: alternation(dayParts),
      periodPart: alternation(keys('period-parts.txt')),
      trigger: alternation(triggers),
    },
  };
  return cached;
}

/** Look a matched phrase up in a map, normalizing its inner whitespace. */
export function lookup<V>(map: Map<string, V>, phrase: string | undefined): V | undefined {
  if (phrase === undefined) return undefined;
  return map.get(phrase.replace(/\s+/g, ' '));
}
