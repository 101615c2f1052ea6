/**
 * Date claims: a named happening ("القمة", "الاجتماع") and the date an outlet gives it. The
 * date comes from the dates stage when it resolved the expression against a publication date
 * we were given (or the expression is absolute); otherwise only what the text itself says is
 * kept: the weekday ("أمس الثلاثاء"), which also dates every other "أمس" of that article.
 */
import type { DateExpr, Token } from '../../doc/types.ts';
import { dayNumber, weekday } from '../../extract/dates/calendar.ts';
import { loadNormSet } from '../summary/lists.ts';
import type { DateClaim } from './claims.ts';
import { type DateMention, type DocContext, namedYears, sentenceAt, spanTerms } from './context.ts';
import { eventTable, lookupWord } from './tables.ts';

/** Words between a date and its event noun, at most. */
export const EVENT_NOUN_REACH = 10;

/** Words that open a new clause: a date before them does not date a noun after them. */
const CLAUSE_OPENERS = new Set(['ان', 'انه', 'انها', 'بان', 'لان', 'حيث', 'بينما', 'فيما']);

function isoWeekday(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? weekday(dayNumber(Number(m[1]), Number(m[2]), Number(m[3]))) : undefined;
}

/** Weekday the text names for a mention, if any. */
function namedWeekday(d: DateMention): number | undefined {
  const s = d.spec as { weekday?: number };
  return s.weekday;
}

/** Day offset from publication of a relative-day mention ("أمس" = -1, "اليوم" = 0). */
function dayOffset(d: DateMention): number | undefined {
  return d.spec.kind === 'relative' && d.spec.unit === 'day' ? d.spec.offset : undefined;
}

/** Weekday of the publication day implied by "أمس الثلاثاء"-like mentions of the article. */
function publicationWeekday(ctx: DocContext): number | undefined {
  for (const d of ctx.dateMentions) {
    const off = dayOffset(d);
    const w = namedWeekday(d);
    if (off !== undefined && off !== 0 && w !== undefined) return (((w - off) % 7) + 7) % 7;
  }
  return undefined;
}

/** Event nouns near a span within the sentence, nearest first, one per event group. */
function eventsNear(ctx: DocContext, start: number, end: number): Token[] {
  const sentence = sentenceAt(ctx, start);
  const words = ctx.tokens.filter(
    (t) => t.kind === 'word' && t.start >= sentence.start && t.end <= sentence.end,
  );
  const at = words.findIndex((t) => t.start >= start);
  const here = at < 0 ? words.length : at;
  const found: Array<{ t: Token; dist: number; group: string }> = [];
  words.forEach((t, k) => {
    if (t.start >= start && t.end <= end) return;
    const group = lookupWord(eventTable(), t);
    if (group === undefined) return;
    const between = k < here ? words.slice(k + 1, here) : words.slice(here, k);
    if (between.some((w) => CLAUSE_OPENERS.has(w.norm))) return;
    const dist = k < here ? here - k : k - here;
    if (dist <= EVENT_NOUN_REACH) found.push({ t, dist, group });
  });
  found.sort((a, b) => a.dist - b.dist);
  const seen = new Set<string>();
  return found.filter((f) => !seen.has(f.group) && seen.add(f.group)).map((f) => f.t);
}

/** The resolved DateExpr for a mention (same span), if any. */
function resolvedFor(ctx: DocContext, d: DateMention): DateExpr | undefined {
  return (ctx.article.dates ?? []).find((x) => x.start < d.end && d.start < x.end);
}

/** The year a day-month without a year most likely means: the publication year, else the story's. */
function yearHint(ctx: DocContext): number | undefined {
  if (ctx.published) return Number(ctx.published.slice(0, 4));
  const own = [...namedYears(ctx)].sort((a, b) => b[1] - a[1])[0]?.[0];
  return ctx.storyYear ?? own;
}

/** Date an expression gives: the stage's resolution when we trust it, else a day-month with the year hint. */
function claimedDate(
  ctx: DocContext,
  d: DateMention,
): { date: string; precision: 'day' | 'month' | 'year'; yearGuessed?: boolean } | undefined {
  const resolved = resolvedFor(ctx, d);
  const spec = d.spec as { kind: string; calendar?: string; y?: number; m?: number; d?: number };
  const absolute = spec.kind === 'absolute';
  if (resolved && (ctx.publishedGiven || (absolute && spec.y)))
    return { date: resolved.date, precision: resolved.precision };
  // without a publication date, the year is the story's (a told-ahead date may be wrong by one)
  if (absolute && spec.calendar === 'gregorian' && spec.m && spec.d) {
    const y = spec.y ?? yearHint(ctx);
    if (y)
      return {
        date: `${y}-${String(spec.m).padStart(2, '0')}-${String(spec.d).padStart(2, '0')}`,
        precision: 'day',
        ...(spec.y ? {} : { yearGuessed: true }),
      };
  }
  if (resolved && absolute) return { date: resolved.date, precision: resolved.precision };
  return undefined;
}

/** The qualifying word right after an event noun: a content word, not a date, not a function word. */
function modifierOf(ctx: DocContext, noun: Token): Token | undefined {
  const stop = loadNormSet('stopwords.txt');
  const next = ctx.tokens.find((t) => t.start >= noun.end);
  if (next?.kind !== 'word' || stop.has(next.norm)) return undefined;
  if (ctx.dateMentions.some((d) => d.start <= next.start && next.start < d.end)) return undefined;
  if (sentenceAt(ctx, next.start).start !== sentenceAt(ctx, noun.start).start) return undefined;
  return next;
}

/** Past or ahead: the stage's `scheduled`, else the claimed day against publication, else the clause tense. */
function tenseOf(
  ctx: DocContext,
  d: DateMention,
  resolved: DateExpr | undefined,
  claimed: { date: string; precision: string } | undefined,
): { tense?: 'past' | 'future' } {
  const off = dayOffset(d);
  if (off !== undefined && off !== 0) return { tense: off < 0 ? 'past' : 'future' };
  // without a given publication date, "scheduled" and the clause tense are guesses: unknown
  if (!ctx.publishedGiven) return {};
  if (resolved?.scheduled) return { tense: 'future' };
  if (claimed?.precision === 'day' && ctx.published) {
    return { tense: claimed.date <= ctx.published.slice(0, 10) ? 'past' : 'future' };
  }
  return d.tense ? { tense: d.tense } : {};
}

/** Words that qualify a noun: stems of up to PHRASE_WORDS content words after it, in its sentence. */
const PHRASE_WORDS = 6;

function phraseAfter(ctx: DocContext, noun: Token): string[] {
  const stop = loadNormSet('stopwords.txt');
  const sentence = sentenceAt(ctx, noun.start);
  return ctx.tokens
    .filter((t) => t.start >= noun.end && t.end <= sentence.end && t.kind === 'word')
    .slice(0, PHRASE_WORDS)
    .filter((t) => !stop.has(t.norm) && !ctx.dateMentions.some((d) => d.start <= t.start && t.start < d.end))
    .map((t) => t.stem);
}

/** Date claims of one article. */
export function dateClaims(ctx: DocContext): DateClaim[] {
  const pubWeekday = publicationWeekday(ctx);
  const out: DateClaim[] = [];
  for (const d of ctx.dateMentions) {
    for (const noun of eventsNear(ctx, d.start, d.end)) {
      const resolved = resolvedFor(ctx, d);
      const claimed = claimedDate(ctx, d);
      const off = dayOffset(d);
      const fromDate = claimed?.precision === 'day' ? isoWeekday(claimed.date) : undefined;
      const wd =
        namedWeekday(d) ??
        // "اليوم" often means "nowadays": only past days ("أمس") take the anchor's weekday
        (off !== undefined && off < 0 && pubWeekday !== undefined ? (pubWeekday + off + 7) % 7 : fromDate);
      if (!claimed && wd === undefined) break;
      const sentence = sentenceAt(ctx, d.start);
      const mod = modifierOf(ctx, noun);
      out.push({
        kind: 'date',
        document: ctx.id,
        outlet: ctx.outlet,
        storyId: ctx.storyId,
        value: ctx.body.slice(d.start, d.end),
        start: d.start,
        end: d.end,
        sentence,
        terms: spanTerms(ctx, sentence),
        event: lookupWord(eventTable(), noun)!,
        noun: mod ? ctx.body.slice(noun.start, mod.end) : noun.text,
        ...(mod ? { modifier: mod.stem } : {}),
        ...(claimed ? { date: claimed.date, precision: claimed.precision } : {}),
        ...(claimed?.yearGuessed ? { yearGuessed: true } : {}),
        phrase: phraseAfter(ctx, noun),
        ...(wd !== undefined ? { weekday: wd } : {}),
        ...tenseOf(ctx, d, resolved, claimed),
        trusted: !!claimed,
      });
    }
  }
  return out;
}
