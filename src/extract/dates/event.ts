/**
 * The event clause of a date expression: the part of its sentence between clause breaks
 * (، ؛ :) that holds it, widened to the whole sentence when that part is too short to say
 * what happened.
 */
import type { Span } from '../../doc/types.ts';

/** Fewer words than this and the clause is only the date itself: use the sentence. */
const MIN_CLAUSE_WORDS = 4;
const BREAK = /[،؛:;]/;

/** The event clause around `[start, end)` inside `sentence` of `body`. */
export function eventClause(body: string, sentence: Span, start: number, end: number): Span {
  let s = start;
  while (s > sentence.start && !BREAK.test(body[s - 1])) s--;
  let e = end;
  while (e < sentence.end && !BREAK.test(body[e])) e++;
  while (s < e && /\s/.test(body[s])) s++;
  while (e > s && /[\s.؟?!]/.test(body[e - 1])) e--;
  const words = body.slice(s, e).split(/\s+/).filter(Boolean).length;
  if (words >= MIN_CLAUSE_WORDS) return { start: s, end: e };
  let ss = sentence.start;
  let se = sentence.end;
  while (se > ss && /[\s.؟?!]/.test(body[se - 1])) se--;
  while (ss < se && /\s/.test(body[ss])) ss++;
  return { start: ss, end: se };
}
