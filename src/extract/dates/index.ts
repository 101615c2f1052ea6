/**
 * The dates stage: finds date expressions in the body, resolves them to absolute dates
 * against the publication date (inferring that date from the text when no metadata gives it),
 * and gives each its event clause and whether it is scheduled.
 */
import type { Article, DateExpr, Span } from '../../doc/types.ts';
import type { ArticleStage } from '../../pipeline/stage.ts';
import { type Normalized, normalize, toOriginal } from '../../text/index.ts';
import { dayNumber, fromDayNumber, iso, parseIso } from './calendar.ts';
import { eventClause } from './event.ts';
import { type DateSpec, findDates } from './find.ts';
import { type DateClue, type InferOptions, inferPublished, type PublishedInference } from './published.ts';
import { type Resolved, resolveSpec, type Tense } from './resolve.ts';
import { stampDate } from './stamp.ts';
import { clauseTense } from './tense.ts';

/** First normalized offset whose original offset is at or after `orig`. */
function toNormalized(n: Normalized, orig: number): number {
  let lo = 0;
  let hi = n.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (n.map[mid] < orig) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sentenceOf(sentences: Span[], offset: number, bodyLength: number): Span {
  return sentences.find((s) => offset >= s.start && offset < s.end) ?? { start: 0, end: bodyLength };
}

/** The first sentence (the lead). */
function firstSentence(sentences: Span[]): Span | undefined {
  return sentences[0];
}

/** Date clues of a body: every expression with its tense and surroundings (normalized). */
export function dateClues(body: string, sentences: Span[]): { n: Normalized; clues: DateClue[] } {
  const n = normalize(body, 'search');
  const clues = findDates(n.text).map((f) => {
    const orig = toOriginal(n, f.start, f.end);
    const sentence = sentenceOf(sentences, orig.start, body.length);
    const sentenceStart = toNormalized(n, sentence.start);
    return {
      ...f,
      lead: sentence === firstSentence(sentences),
      tense: clauseTense(n.text, sentenceStart, f.start, f.end),
      before: n.text.slice(Math.max(0, f.start - 12), f.start),
      after: n.text.slice(f.end, f.end + 24),
    };
  });
  return { n, clues };
}

/** Infer the publication date of a body (see published.ts). */
export function inferPublishedFromText(
  body: string,
  sentences: Span[],
  around: string[] = [],
  options: InferOptions = {},
): PublishedInference | null {
  return inferPublished(dateClues(body, sentences).clues, yearsIn(around), options);
}

/** Gregorian years written in texts around the body (title, removed captions). */
export function yearsIn(texts: string[]): number[] {
  return texts.flatMap((t) =>
    findDates(normalize(t, 'search').text).flatMap((f) =>
      f.spec.kind === 'absolute' && f.spec.calendar === 'gregorian' && f.spec.y ? [f.spec.y] : [],
    ),
  );
}

function dayOf(isoDay: string): number {
  const [y, m, d] = isoDay.split('-').map(Number);
  return dayNumber(y, m, d);
}

/** Extend an end offset over the diacritics and tatweel that normalization dropped ("غداً"). */
function withMarks(body: string, end: number): number {
  let e = end;
  while (e < body.length && /[\u064B-\u065F\u0670\u0640]/.test(body[e])) e++;
  return e;
}

/**
 * Resolve every date expression of an article (sets `published` first when inferred; `options`
 * can give the years the caller knows the article comes from, see published.ts).
 */
export function extractDates(article: Article, options: InferOptions = {}): DateExpr[] {
  const body = article.body;
  const sentences = article.sentences ?? [];
  const { n, clues } = dateClues(body, sentences);
  let pub = article.published ? parseIso(article.published) : null;
  const stamp = pub
    ? null
    : stampDate(article.removed, [
        ...clues.flatMap((c) => (c.spec.kind === 'absolute' && c.spec.y ? [c.spec.y] : [])),
        ...yearsIn([article.title ?? '']),
      ]);
  if (stamp) {
    article.published = stamp;
    article.publishedFrom = 'page';
    pub = parseIso(stamp);
  }
  let yearRef: number | null = null;
  if (!pub) {
    const around = yearsIn([article.title ?? '', ...(article.removed ?? []).map((r) => r.text)]);
    const inferred = inferPublished(clues, around, options);
    if (inferred) {
      article.published = inferred.published;
      article.publishedFrom = 'text';
      article.publishedConfidence = inferred.confidence;
      pub = parseIso(inferred.published);
    } else {
      // The day is uncertain, but the most likely one still places a day and month in their
      // year ("9 ديسمبر" in a page that writes 2021); relative dates ("الخميس") need the day.
      const likely = inferPublished(clues, around, { ...options, abstain: false });
      yearRef = likely ? dayOf(likely.published) : null;
    }
  }
  const pubDay = pub ? dayNumber(pub.date.y, pub.date.m, pub.date.d) : null;
  const out: DateExpr[] = [];
  let previous = null as Previous | null;
  let written = null as { sentence: number; year: number; month: number; day: number } | null;
  for (const c of clues) {
    const { start } = toOriginal(n, c.start, c.end);
    const end = withMarks(body, toOriginal(n, c.start, c.end).end);
    const sentence = sentenceOf(sentences, start, body.length);
    const closesRange = rangeEnd(n.text, c, previous);
    const tense: Tense | null = closesRange ? 'future' : c.tense;
    const contextYear = carriedYear(written, sentence.start, c.spec);
    const r: Resolved | null =
      closesRange && previous && c.spec.kind === 'weekday'
        ? resolveSpec(c.spec, { pub: previous.day, tense: 'future' })
        : resolveSpec(c.spec, {
            pub: pubDay ?? (c.spec.kind === 'absolute' && c.spec.m !== undefined ? yearRef : null),
            tense,
            anchor: previous?.day,
            contextYear,
          });
    if (c.spec.kind === 'absolute' && c.spec.calendar === 'gregorian' && c.spec.y !== undefined) {
      written = { sentence: sentence.start, year: c.spec.y, month: c.spec.m ?? 1, day: c.spec.d ?? 1 };
    }
    if (!r) continue;
    const expr: DateExpr = {
      start,
      end,
      expression: body.slice(start, end),
      date: r.date,
      precision: r.precision,
      relative: r.relative,
      event: eventClause(body, sentence, start, end),
    };
    if (r.endDate) expr.endDate = r.endDate;
    if (isScheduled(r, pubDay, tense, c.spec)) expr.scheduled = true;
    out.push(expr);
    if (r.precision === 'day')
      previous = { day: r.day, end: c.end, ahead: pubDay !== null && r.day > pubDay };
  }
  return out;
}

/**
 * The year written earlier in the same sentence, when carrying it keeps the dates in order
 * ("في 10 يناير 2022 ... وفي 12 يناير" but not "في ديسمبر 2021 ... المقرر في 10 يناير").
 */
function carriedYear(
  written: { sentence: number; year: number; month: number; day: number } | null,
  sentenceStart: number,
  spec: DateSpec,
): number | null {
  if (!written || written.sentence !== sentenceStart || spec.kind !== 'absolute' || spec.m === undefined)
    return null;
  const later = spec.m > written.month || (spec.m === written.month && (spec.d ?? 1) >= written.day);
  return later ? written.year : null;
}

/**
 * "من غد الخميس إلى غاية السبت", "من الأحد المقبل إلى الخامس من ديسمبر": a date that closes a
 * range opened by a date still to come is itself to come.
 */
function rangeEnd(norm: string, c: DateClue, previous: Previous | null): boolean {
  if (!previous?.ahead || ('direction' in c.spec && c.spec.direction)) return false;
  return /^\s*(?:الى غاية|الى|حتى|و)\s*$/.test(norm.slice(previous.end, c.start));
}

/** The last day-precision date written before, to anchor "اليوم التالي" and ranges. */
interface Previous {
  day: number;
  end: number;
  /** It lies after the publication date. */
  ahead: boolean;
}

/** Told as still to come: a future clause, a forward word, or a date after publication. */
function isScheduled(r: Resolved, pubDay: number | null, tense: Tense | null, spec: DateSpec): boolean {
  // A fully written date is scheduled only by where it lies; the tense cannot move it.
  const written = spec.kind === 'absolute' && spec.y !== undefined;
  if (tense === 'future' && !(written && pubDay !== null)) return true;
  if (spec.kind === 'absolute' && spec.direction === 'next') return true;
  if (spec.kind === 'weekday' && spec.direction === 'next') return true;
  if (spec.kind === 'relative' && spec.offset > 0) return true;
  if (pubDay === null) return false;
  const p = fromDayNumber(pubDay);
  const d = fromDayNumber(r.day);
  if (r.precision === 'year') return d.y > p.y;
  if (r.precision === 'month') return iso(d, 'month') > iso(p, 'month');
  return r.day > pubDay;
}

export const datesStage: ArticleStage = {
  name: 'dates',
  requires: ['body', 'sentences', 'title', 'removed'],
  assigns: ['dates', 'published', 'publishedFrom', 'publishedConfidence'],
  run(article) {
    article.dates = extractDates(article);
  },
};
