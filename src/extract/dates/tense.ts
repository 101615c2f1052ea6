/**
 * The tense of the clause around a date expression, which decides whether a bare weekday is
 * the last or the next one and which year a day-month without a year falls in. Walking back
 * from the expression over the sentence, the nearest signal wins:
 * - future: a future marker (data/extract/future-markers.txt), a future verb (سـ + imperfect:
 *   سيجري، ستعقد), لن + verb, or a present verb (يـ: "يستأنف الدوام يوم الجمعة");
 * - past: كان/قد/لقد, or لم + verb. (Speech verbs are not signals: "قال: «... في مايو»" tells
 *   when it was said, not when May is.)
 * No signal gives null: the caller applies its default.
 */

import { dateLexicon } from './lexicon.ts';
import type { Tense } from './resolve.ts';

/** How far back (in words) a signal still governs the expression. */
const WINDOW_WORDS = 12;
/** How near (in words) a present verb must stand to govern the expression. */
const PRESENT_WINDOW_WORDS = 4;
const PAST_WORDS = new Set(['كان', 'كانت', 'وكان', 'وكانت', 'قد', 'وقد', 'لقد', 'فقد', 'كانوا', 'وكانوا']);

function notVerb(w: string, notFuture: string[]): boolean {
  return notFuture.some((stem) => w.startsWith(stem));
}

/** An imperfect verb after قد: يـ, or تـ without the past feminine ending تشكلت. */
const IMPERFECT = /^(?:ي\p{L}{2,}|ت\p{L}{1,}[^ت])$/u;

/** The signal one word gives, looking at its neighbours for لم/لن and "قد + imperfect". */
function signal(
  word: string,
  prev: string | undefined,
  next: string | undefined,
  near: boolean,
): Tense | null {
  const lex = dateLexicon();
  // Only the conjunction و is stripped: ف starts many names (فيدان، فيصل).
  const w = word.replace(/^و/, '');
  if (PAST_WORDS.has(word)) {
    // "قد تتم" is "may happen": a possibility to come, not the past.
    if (w === 'قد' && next && IMPERFECT.test(next) && !PAST_WORDS.has(prev ?? '')) return 'future';
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
  const words = norm
    .slice(sentenceStart, start)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(-WINDOW_WORDS);
  const text = ` ${words.join(' ')} `;
  // A future marker anywhere in the window ("من المقرر أن ...") governs the clause.
  const markerAt = Math.max(
    ...lex.futureMarkers.map((m) => Math.max(text.lastIndexOf(` ${m} `), text.lastIndexOf(` و${m} `))),
  );
  for (let i = words.length - 1; i >= 0; i--) {
    const s = signal(words[i], words[i - 1], words[i + 1], words.length - i <= PRESENT_WINDOW_WORDS);
    if (!s) continue;
    // A marker after this word is nearer: it wins.
    const wordAt = text.lastIndexOf(` ${words[i]} `);
    if (markerAt > wordAt) return 'future';
    return s;
  }
  return markerAt >= 0 ? 'future' : null;
}
