/**
 * Speaker phrases around a speech verb: after it in verb-first sentences ("وأوضح الناطق باسم
 * الحكومة خالد سالم مساء الأحد، أن": the phrase runs until a stop word, a time word or a
 * punctuation mark), or before it in subject-first sentences ("بايدن قال في مقابلة إن").
 */
import type { Span, Token } from '../../doc/types.ts';
import { normalizeText } from '../../text/index.ts';
import { readTable } from '../dates/table.ts';
import { isSpeakerStop, speechVerb } from './lexicon.ts';

/** Longest speaker phrase, in words. */
export const MAX_SPEAKER_WORDS = 8;

/** A speaker phrase and the token index just after it. */
export interface SpeakerPhrase {
  span: Span | null;
  next: number;
}

function isWord(t: Token): boolean {
  return t.kind === 'word' || t.kind === 'latin';
}

/**
 * The speaker phrase starting at token `from` (stopping before `limit`). `skipChars` drops
 * leading characters of the first token (the ل of "وفقا لجين ساكي").
 */
export function speakerAt(tokens: Token[], from: number, limit: number, skipChars = 0): SpeakerPhrase {
  let j = from;
  while (j < tokens.length && tokens[j].start < limit && j - from < MAX_SPEAKER_WORDS) {
    const t = tokens[j];
    if (!isWord(t)) break;
    if (!(j === from && skipChars > 0) && (isSpeakerStop(t.text) || speechVerb(t.norm))) {
      // "مصدر في المنظمة", "مسؤولة السياسة الخارجية في الاتحاد كايا كالاس": في + a definite
      // noun continues the phrase; "في بيان", "في مؤتمر صحفي" end it.
      const next = tokens[j + 1];
      const continues =
        j > from &&
        next &&
        isWord(next) &&
        !isSpeakerStop(next.text) &&
        ((t.norm === 'في' && /^ال/.test(next.norm)) || (t.norm === 'عن' && takesAn(tokens[j - 1].text)));
      if (!continues) break;
    }
    j++;
  }
  if (j === from) return { span: null, next: from };
  // "صحيفة «نيويورك تايمز»": a quoted name right after belongs to the speaker.
  const mark = tokens[j];
  if (mark && j < tokens.length - 1 && /^["«“”„]$/.test(mark.text)) {
    let k = j + 1;
    while (k < tokens.length && k - j <= 3 && isWord(tokens[k])) k++;
    const close = tokens[k];
    if (close && k > j + 1 && /^["»“”]$/.test(close.text)) {
      return { span: { start: tokens[from].start + skipChars, end: close.end }, next: k + 1 };
    }
  }
  return { span: { start: tokens[from].start + skipChars, end: tokens[j - 1].end }, next: j };
}

let continuations: Set<string> | null = null;

/** "النائب عن ...": the noun keeps عن inside the speaker (data/extract/speaker-continuations.txt). */
function takesAn(word: string): boolean {
  continuations ??= new Set(readTable('speaker-continuations.txt').map((r) => r.key));
  return continuations.has(normalizeText(word, 'search'));
}

const COMPLEMENT = /^(?:ان|انه|انها|انهم|بان|وان)$/;

/** Words that open a clause before its subject ("وكان زيلينسكي أكد"). */
const LEADERS = new Set([
  'و',
  'وكان',
  'كان',
  'فيما',
  'بينما',
  'ثم',
  'وقد',
  'قد',
  'لكن',
  'ولكن',
  'كما',
  'وكانت',
  'كانت',
]);

/** The subject before a verb at token `verb`, within the sentence starting at `sentenceStart`. */
export function speakerBefore(tokens: Token[], verb: number, sentenceStart: number): Span | null {
  let first = verb;
  while (first > 0 && tokens[first - 1].start >= sentenceStart) first--;
  // Segments between commas before the verb; the nearest non-empty one is the subject.
  const segments: Array<[number, number]> = [];
  let segStart = first;
  for (let j = first; j < verb; j++) {
    if (tokens[j].text === '،' || tokens[j].text === ',') {
      segments.push([segStart, j]);
      segStart = j + 1;
    }
  }
  segments.push([segStart, verb]);
  for (let k = segments.length - 1; k >= 0; k--) {
    let [s, e] = segments[k];
    while (s < e && LEADERS.has(tokens[s].norm)) s++;
    if (s >= e) continue;
    // "في خطوة قال إنها": a prepositional phrase is not a subject.
    if (isSpeakerStop(tokens[s].text)) return null;
    for (let j = s; j < e; j++) {
      const t = tokens[j];
      // Only في may stand inside a subject ("مصدرا دبلوماسيا في أبوظبي"); other stops mean the
      // segment is an adjunct ("ولدى سؤاله عن ...").
      if (!isWord(t) || COMPLEMENT.test(t.norm) || speechVerb(t.norm)) return null;
      if (t.norm !== 'في' && isSpeakerStop(t.text)) return null;
    }
    if (e - s > MAX_SPEAKER_WORDS) return null;
    return { start: tokens[s].start, end: tokens[e - 1].end };
  }
  return null;
}
