/**
 * What the claim finders need of one article: tokens, sentences, sentence terms, and the spans
 * of date expressions (so a day of the month is not read as a count).
 */
import type { Article, Span, Token } from '../../doc/types.ts';
import { dateClues } from '../../extract/dates/index.ts';
import { toOriginal } from '../../text/index.ts';
import { articleText, contentTerms, tokensIn } from '../summary/units.ts';

/** A found date expression with its spec and tense (resolved or not). */
export interface DateMention extends Span {
  spec: ReturnType<typeof dateClues>['clues'][number]['spec'];
  tense?: 'past' | 'future';
}

export interface DocContext {
  id: string;
  outlet: string;
  storyId: string;
  body: string;
  published: string | null;
  /** The publication date was given, not inferred from the text. */
  publishedGiven: boolean;
  tokens: Token[];
  sentences: Span[];
  dateMentions: DateMention[];
  article: Article;
  /** Year the story is about (most named across its articles), for day-months without a year. */
  storyYear?: number;
}

/** Build the context of an article. */
export function docContext(a: Article): DocContext {
  const { tokens, sentences } = articleText(a);
  const { n, clues } = dateClues(a.body, sentences);
  const dateMentions = clues.map((c) => {
    const o = toOriginal(n, c.start, c.end);
    return {
      start: o.start,
      end: o.end,
      spec: c.spec,
      ...(c.tense ? { tense: c.tense as 'past' | 'future' } : {}),
    };
  });
  return {
    id: a.id,
    outlet: a.outlet ?? `doc:${a.id}`,
    storyId: a.storyId ?? '',
    body: a.body,
    published: a.published,
    publishedGiven: !!a.published && a.publishedFrom !== 'text',
    tokens,
    sentences,
    dateMentions,
    article: a,
  };
}

/** Explicit Gregorian years a context names, with counts. */
export function namedYears(ctx: DocContext): Map<number, number> {
  const counts = new Map<number, number>();
  if (ctx.published) counts.set(Number(ctx.published.slice(0, 4)), 1);
  for (const d of ctx.dateMentions) {
    const y = (d.spec as { y?: number }).y;
    if (d.spec.kind === 'absolute' && d.spec.calendar === 'gregorian' && y)
      counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  return counts;
}

/** Set `storyYear` on contexts of one story: the year named most across them. */
export function setStoryYear(ctxs: DocContext[]): void {
  const total = new Map<number, number>();
  for (const c of ctxs) for (const [y, k] of namedYears(c)) total.set(y, (total.get(y) ?? 0) + k);
  const best = [...total].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
  for (const c of ctxs) c.storyYear = best;
}

/** The sentence that holds an offset. */
export function sentenceAt(ctx: DocContext, offset: number): Span {
  return ctx.sentences.find((s) => s.start <= offset && offset < s.end) ?? { start: 0, end: ctx.body.length };
}

/** Content terms of a span without numbers. */
export function spanTerms(ctx: DocContext, span: Span): Set<string> {
  return new Set(contentTerms(tokensIn(ctx.tokens, span).filter((t) => t.kind !== 'number')));
}

/** True when the offset lies inside a date expression. */
export function inDate(ctx: DocContext, start: number, end: number): boolean {
  return ctx.dateMentions.some((d) => d.start < end && start < d.end);
}
