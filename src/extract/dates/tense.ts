/**
 * The tense of the clause around a date expression, which decides whether a bare weekday is
 * the last or the next one and which year a day-month without a year falls in. Walking back
 * from the expression over the sentence, the nearest signal wins:
 * - future: a future marker (data/extract/future-markers.txt), a future verb (سـ + imperfect:
 *   سيجري، ستعقد), لن + verb, or a present verb (يـ: "يستأنف الدوام يوم الجمعة");
 * - past: كان/قد/لقد, or لم + verb. (A speech verb governs only its own clause: in
 *   "قال: «... في مايو»" or "قال إن ... في مايو" the reported words start a clause of their own.)
 * - the verb that governs the expression in its clause (verb.ts): the clause's opening verb,
 *   the verb after a relative pronoun, a scheduling word (أجل، حدد، موعد); a speech verb
 *   before أن/إن does not govern the reported clause after it;
 * - past: "منذ" right before the expression, whatever the verb.
 * No signal gives null: the caller applies its default.
 */

import { dateLexicon } from './lexicon.ts';
import type { Tense } from './resolve.ts';
import { complementizer, verbTense } from './verb.ts';

function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Offset of the last clause-ending mark (-1 when none). */
function lastBoundary(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (CLAUSE_END.test(text[i])) return i;
  return -1;
}
const CLAUSE_END = /[.,،:؛;!?؟«»"“”()\n-]/u;

/**
 * Does words[i] open its clause: the first word of the sentence, or the first word after a
 * punctuation mark when it carries the conjunction و ("، ووصل ..."; "، رئيس الوزراء" does not).
 */
function opensClause(words: string[], i: number, opening: number, wholeSentence: boolean): boolean {
  if (i !== opening) return false;
  return (wholeSentence && i === 0) || words[i].startsWith('و');
}

/** How far back (in words) a signal still governs the expression. */
const WINDOW_WORDS = 12;
/** How near (in words) a present verb must stand to govern the expression. */
const PRESENT_WINDOW_WORDS = 4;
const SINCE = /^[وف]?منذ$/;
const PAST_WORDS = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'قد', 'وقد', 'لقد', 'فقد', 'كانوا', 'وكانوا']);

function notVerb(w: string, notFuture: string[]): boolean {
  return notFuture.some((stem) => w.startsWith(stem));
}

/** An imperfect verb after قد: يـ, or تـ without the past feminine ending تشكلت. */
const IMPERFECT = /^(?:ي\p{L}{2,}|ت\p{L}{1,}[^ت])$/u;

/** How far back (in words) كان still makes "قد + verb" a pluperfect ("وكان الفريق قد توج"). */
const KANA_BEFORE_QAD = 4;

/**
 * The signal of words[i], looking at its neighbours for لم/لن and "قد + imperfect".
 * `near`: the word stands close enough to the expression for a present verb to govern it.
 */
function signal(words: string[], i: number, near: boolean): Tense | null {
  const lex = dateLexicon();
  const word = words[i];
  const prev = words[i - 1];
  const next = words[i + 1];
  // Only the conjunction و is stripped: ف starts many names (فيدان، فيصل).
  const w = word.replace(/^و/, '');
  if (PAST_WORDS.has(word)) {
    // "قد تتم" is "may happen": a possibility to come, not the past. But after كان the verb
    // is a pluperfect, and its تـ is the perfect's تفاعل form: "كان المنتخب قد تعادل".
    const kana = words.slice(Math.max(0, i - KANA_BEFORE_QAD), i).some((x) => PAST_WORDS.has(x));
    if (w === 'قد' && next && IMPERFECT.test(next) && !kana) return 'future';
    return 'past';
  }
  if (/^س[يتن]\p{L}{3,}$/u.test(w) && !notVerb(w, lex.notFuture)) return 'future';
  // A present verb (ينطلق، يستأنف) only governs a date right after it; long يـ words are names.
  if (near && /^ي\p{L}{3,6}$/u.test(w) && !notVerb(w, lex.notFuture)) {
    if (prev === 'لم' || prev === 'ولم') return 'past';
    return 'future';
  }
  return null;
}

/**
 * Tense of the expression at `[start, end)` of normalized `norm`, looking back to
 * `sentenceStart`; null when nothing in the sentence says.
 */
export function clauseTense(norm: string, sentenceStart: number, start: number, _end: number): Tense | null {
  const lex = dateLexicon();
  const before = norm.slice(sentenceStart, start);
  const words = wordsOf(before).slice(-WINDOW_WORDS);
  // The clause: the words after the last punctuation; its opening word may be its verb.
  const clauseWords = wordsOf(before.slice(lastBoundary(before) + 1)).length;
  // A reported clause ("قال إن ...", "أكد أن ...") starts after أن: the speech verb before it
  // does not govern the dates inside.
  let opening = words.length - clauseWords;
  for (let i = words.length - 1; i >= Math.max(0, opening); i--) {
    if (complementizer(words[i])) {
      opening = i + 1;
      break;
    }
  }
  // "منذ يناير": a start told from after it, whatever the clause's verb ("يعاني منذ").
  if (SINCE.test(words.slice(-1)[0] ?? '')) return 'past';
  const text = ` ${words.join(' ')} `;
  // A future marker anywhere in the window ("من المقرر أن ...") governs the clause.
  const markerAt = Math.max(
    ...lex.futureMarkers.map((m) => Math.max(text.lastIndexOf(` ${m} `), text.lastIndexOf(` و${m} `))),
  );
  for (let i = words.length - 1; i >= 0; i--) {
    const s =
      signal(words, i, words.length - i <= PRESENT_WINDOW_WORDS) ??
      (i >= opening
        ? verbTense(
            words,
            i,
            opensClause(
              words,
              i,
              opening,
              sentenceStart === start - before.length && i === 0 && clauseWords === words.length,
            ),
          )
        : null);
    if (!s) continue;
    // A marker after this word is nearer: it wins.
    const wordAt = text.lastIndexOf(` ${words[i]} `);
    if (markerAt >= wordAt) return 'future';
    return s;
  }
  return markerAt >= 0 ? 'future' : null;
}
