/**
 * Speaker phrases around a speech verb: after it in verb-first sentences ("وأوضح الناطق باسم
 * الحكومة خالد سالم مساء الأحد، أن": the phrase runs until a stop word, a time word or a
 * punctuation mark), or before it in subject-first sentences ("بايدن قال في مقابلة إن").
 */
import type { Span, Token } from '../../doc/types.ts';
import { normalizeText } from '../../text/index.ts';
import { readTable } from '../dates/table.ts';
import { isInstitutionHead } from '../entities/institutions.ts';
import { isSpeakerStop, speechVerb } from './lexicon.ts';

/** Longest subject before a verb, in words. */
export const MAX_SPEAKER_WORDS = 8;
/**
 * Longest speaker phrase after a verb, in words: a role chain with an institution, a rank and a
 * name ("الناطق الرسمي باسم الإدارة العامة للحماية المدنية العقيد فلان الفلاني") runs past 8,
 * and the phrase ends at a stop word, a time word or punctuation anyway.
 */
const MAX_PHRASE_WORDS = 12;

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
  while (j < tokens.length && tokens[j].start < limit && j - from < MAX_PHRASE_WORDS) {
    const t = tokens[j];
    if (!isWord(t)) break;
    if (!(j === from && skipChars > 0) && (isSpeakerStop(t.text) || speechVerb(t))) {
      // "مصدر في المنظمة", "مسؤولة السياسة الخارجية في الاتحاد كايا كالاس", "النائب في كتلة
      // الوسط": في + a definite noun or an institution's head continues the phrase; "في بيان",
      // "في مؤتمر صحفي", "في ختام الاجتماع" end it.
      const next = tokens[j + 1];
      const continues =
        j > from &&
        next &&
        isWord(next) &&
        !isSpeakerStop(next.text) &&
        ((t.norm === 'في' && (/^ال/.test(next.norm) || isInstitutionHead(next.norm))) ||
          (t.norm === 'عن' && takesAn(tokens[j - 1].text)));
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
  // "أما المدرب، الفرنسي ستيفان لوران، فقد اعتبر": أما ... ف opens the clause
  'فقد',
  'لكن',
  'ولكن',
  'كما',
  'وكانت',
  'كانت',
]);

/**
 * Words that open a clause with أن before its subject ("غير أن مصدرا قال"، "إلا أن الوزير
 * أكد"): the pair is a connective, and the subject follows it.
 */
const AN_OPENERS = new Set(['غير', 'الا', 'بيد', 'كما', 'لكن', 'ولكن']);

/** Tokens of a leader at `s`: one word ("وكان"), two for an opener with أن ("غير أن"), else 0. */
function leaderLength(tokens: Token[], s: number, e: number): number {
  if (LEADERS.has(tokens[s].norm)) return 1;
  return AN_OPENERS.has(tokens[s].norm) && s + 1 < e && tokens[s + 1].norm === 'ان' ? 2 : 0;
}

/** Comma-separated segments of the sentence before token `verb`, as [start, end) token ranges. */
function segmentsBefore(tokens: Token[], verb: number, sentenceStart: number): Array<[number, number]> {
  let first = verb;
  while (first > 0 && tokens[first - 1].start >= sentenceStart) first--;
  const segments: Array<[number, number]> = [];
  let segStart = first;
  for (let j = first; j < verb; j++) {
    if (tokens[j].text === '،' || tokens[j].text === ',') {
      segments.push([segStart, j]);
      segStart = j + 1;
    }
  }
  segments.push([segStart, verb]);
  return segments;
}

/**
 * What a segment before a speech verb is: its subject, an adjunct ("ولدى سؤاله عن ...", "في
 * خطوة"), or something else (too long, a complement, another verb).
 */
function segmentRole(tokens: Token[], s: number, e: number): 'subject' | 'adjunct' | 'other' {
  // "في خطوة قال إنها": a prepositional phrase is not a subject.
  if (isSpeakerStop(tokens[s].text)) return 'adjunct';
  for (let j = s; j < e; j++) {
    const t = tokens[j];
    if (!isWord(t) || COMPLEMENT.test(t.norm) || speechVerb(t)) return 'other';
    // Only في may stand inside a subject ("مصدرا دبلوماسيا في أبوظبي"); other stops mean the
    // segment is an adjunct ("ولدى سؤاله عن ...").
    if (t.norm !== 'في' && isSpeakerStop(t.text)) return 'adjunct';
  }
  return e - s > MAX_SPEAKER_WORDS ? 'other' : 'subject';
}

/** The nearest non-empty segment before the verb, leaders ("وكان", "غير أن") skipped. */
function nearestSegment(tokens: Token[], verb: number, sentenceStart: number): [number, number] | null {
  const segments = segmentsBefore(tokens, verb, sentenceStart);
  for (let k = segments.length - 1; k >= 0; k--) {
    let [s, e] = segments[k];
    while (s < e) {
      const n = leaderLength(tokens, s, e);
      if (!n) break;
      s += n;
    }
    if (s < e) return [s, e];
  }
  return null;
}

/** The subject before a verb at token `verb`, within the sentence starting at `sentenceStart`. */
export function speakerBefore(tokens: Token[], verb: number, sentenceStart: number): Span | null {
  const seg = nearestSegment(tokens, verb, sentenceStart);
  if (!seg || segmentRole(tokens, seg[0], seg[1]) !== 'subject') return null;
  return { start: tokens[seg[0]].start, end: tokens[seg[1] - 1].end };
}

/**
 * Where the adjunct that the verb follows begins ("ولدى سؤاله عن موقف خصومه، قال إن ..."),
 * or null: a name inside it is what the clause is about, not who speaks (the speaker is the
 * one carried from before).
 */
export function adjunctBefore(tokens: Token[], verb: number, sentenceStart: number): number | null {
  const seg = nearestSegment(tokens, verb, sentenceStart);
  return seg && segmentRole(tokens, seg[0], seg[1]) === 'adjunct' ? tokens[seg[0]].start : null;
}
