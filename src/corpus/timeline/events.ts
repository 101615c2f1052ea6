/**
 * Timeline candidates: one per resolved date expression of an article, with the clause that
 * says what happened (the dates stage's `event` span, else the sentence), trimmed to a short
 * readable sentence around the date.
 */
import type { Article, DateExpr, DatePrecision, Span, Token } from '../../doc/types.ts';
import { trimSentence } from '../summary/trim.ts';
import { articleText, contentTerms, tokensIn } from '../summary/units.ts';

/** Words kept on each side of the date when the clause is long. */
export const EVENT_WINDOW_WORDS = 14;

/** One dated happening as one article tells it. */
export interface EventCandidate {
  date: string;
  endDate?: string;
  precision: DatePrecision;
  scheduled: boolean;
  storyId: string;
  document: string;
  /** The date expression in the body. */
  expression: Span & { text: string };
  /** The clause that tells the happening (body offsets). */
  clause: Span;
  text: string;
  /** Content terms of the clause without the date expression (for merging). */
  terms: Set<string>;
  published: string | null;
}

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The clause of a date: its event span when it holds the date, else the sentence that holds it. */
function clauseOf(a: Article, d: DateExpr, sentences: Span[]): Span {
  const e = d.event;
  if (e && e.start <= d.start && d.end <= e.end && e.end <= a.body.length && e.end > e.start) return e;
  return sentences.find((s) => s.start <= d.start && d.start < s.end) ?? { start: d.start, end: d.end };
}

/** Cut a long clause to a window of words around the date expression. */
function windowed(tokens: Token[], clause: Span, d: Span): Span {
  const words = tokens.filter((t) => t.kind !== 'punct');
  if (words.length <= EVENT_WINDOW_WORDS * 2) return clause;
  const at = Math.max(
    0,
    words.findIndex((t) => t.end > d.start),
  );
  const from = Math.max(0, at - EVENT_WINDOW_WORDS);
  const to = Math.min(words.length - 1, at + EVENT_WINDOW_WORDS);
  return {
    start: from === 0 ? clause.start : words[from].start,
    end: to === words.length - 1 ? clause.end : words[to].end,
  };
}

/** The short sentence shown for a clause: trimmed of connectives and edge punctuation. */
function eventText(a: Article, tokens: Token[], span: Span): string {
  const t = trimSentence(a.body, span.start, span.end, tokensIn(tokens, span));
  return t.text
    .replace(/^[\s,،:;؛\-–—]+/, '')
    .replace(/[\s,،:;؛\-–—]+$/, '')
    .replace(/\s+/g, ' ');
}

/** The timeline candidates of one article (dates that resolved to an ISO date). */
export function articleEvents(a: Article): EventCandidate[] {
  const { tokens, sentences } = articleText(a);
  const out: EventCandidate[] = [];
  for (const d of a.dates ?? []) {
    if (!ISO.test(d.date)) continue;
    const clause = clauseOf(a, d, sentences);
    const span = windowed(tokensIn(tokens, clause), clause, d);
    const clauseTokens = tokensIn(tokens, span).filter((t) => t.end <= d.start || t.start >= d.end);
    out.push({
      date: d.date,
      ...(d.endDate ? { endDate: d.endDate } : {}),
      precision: d.precision,
      scheduled: !!d.scheduled || (!!a.published && d.date > a.published.slice(0, d.date.length)),
      storyId: a.storyId ?? '',
      document: a.id,
      expression: { start: d.start, end: d.end, text: d.expression },
      clause: span,
      text: eventText(a, tokens, span),
      terms: new Set(contentTerms(clauseTokens)),
      published: a.published,
    });
  }
  return out;
}
