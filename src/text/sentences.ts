/**
 * Sentence and paragraph splitting for news text. Sentences end at . ! ? ؟ … and at line
 * breaks, but not inside a quotation that is closed later in the paragraph (« … » “ … ” " … "),
 * not after an abbreviation or an initial (د. م. أ. ج.), and not inside decimals, dates or
 * times (3.5, 1.1.2022).
 */
import type { Span } from '../doc/types.ts';
import { abbreviationSet } from './lexicon.ts';

/** Paragraph spans: text between line breaks, trimmed; blank lines give none. */
export function splitParagraphs(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let s = start;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end + 1;
  }
  return spans;
}

function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0d ||
    c === 0x0a ||
    c === 0xa0 ||
    c === 0x200f ||
    c === 0x200e ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x202f ||
    c === 0x3000
  );
}

const TERMINATORS = new Set(['.', '!', '?', '؟', '…', '۔']);
/** Characters that stay with the sentence they follow: closing quotes and brackets. */
const TRAILERS = new Set(['»', '”', '"', "'", ')', ']', '’']);
const OPENERS: Record<string, string> = { '«': '»', '“': '”', '„': '“' };

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9);
}

function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || c === 0x0640;
}

function isLetter(c: number): boolean {
  return (
    isArabicLetter(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)
  );
}

/**
 * For each quote opener in `[from, to)` that is closed later in the same range, the closer's
 * index; openers never closed are ignored (a stray « must not swallow the paragraph).
 */
function quotePairs(text: string, from: number, to: number): Map<number, number> {
  const pairs = new Map<number, number>();
  const stack: { at: number; close: string }[] = [];
  let asciiOpen = -1;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '"') {
      if (asciiOpen < 0) asciiOpen = i;
      else {
        pairs.set(asciiOpen, i);
        asciiOpen = -1;
      }
    } else if (OPENERS[ch] && !(ch === '“' && stack.length && stack[stack.length - 1].close === '“')) {
      stack.push({ at: i, close: OPENERS[ch] });
    } else {
      for (let k = stack.length - 1; k >= 0; k--) {
        if (stack[k].close === ch) {
          pairs.set(stack[k].at, i);
          stack.length = k;
          break;
        }
      }
    }
  }
  return pairs;
}

/** The word (letters only) that ends right before index `dot`. */
function wordBefore(text: string, dot: number, from: number): string {
  let s = dot;
  while (s > from && (isLetter(text.charCodeAt(s - 1)) || text[s - 1] === '.')) s--;
  return text.slice(s, dot);
}

/** True when the full stop at `i` is part of a number, an abbreviation or an initial. */
function dotContinues(text: string, i: number, from: number): boolean {
  const prev = i > from ? text.charCodeAt(i - 1) : 0;
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
  if (isDigit(prev) && isDigit(next)) return true;
  const word = wordBefore(text, i, from).replace(/^\.+/, '');
  if (!word) return false;
  const letters = word.replaceAll('.', '').replaceAll('ـ', '');
  if (abbreviationSet().has(word.toLowerCase()) || letters.length === 1) {
    // "عام 2022 م." ends a sentence: a year letter after a number is no initial.
    return !yearLetterAfterNumber(text, i - word.length, word, from);
  }
  return false;
}

/** "2022 م" or "1445 هـ": a year letter right after a number. */
function yearLetterAfterNumber(text: string, wordStart: number, word: string, from: number): boolean {
  if (word !== 'م' && word !== 'ه' && word !== 'هـ') return false;
  let j = wordStart;
  while (j > from && text.charCodeAt(j - 1) === 0x20) j--;
  return j > from && isDigit(text.charCodeAt(j - 1));
}

/** Whether a sentence may end before `next` (the char after a terminator and its trailers). */
function mayEndBefore(text: string, next: number, end: number): boolean {
  if (next >= end) return true;
  const c = text.charCodeAt(next);
  return isSpace(c) || isArabicLetter(c) || text[next] === '«' || text[next] === '“';
}

/** Sentence spans of one paragraph `[from, to)`. */
function splitParagraph(text: string, from: number, to: number, out: Span[]): void {
  const pairs = quotePairs(text, from, to);
  let start = from;
  let i = from;
  while (i < to) {
    const closer = pairs.get(i);
    if (closer !== undefined) {
      i = closer + 1; // no sentence ends inside a quotation that closes in this paragraph
      continue;
    }
    const ch = text[i];
    if (!TERMINATORS.has(ch) || (ch === '.' && dotContinues(text, i, from))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < to && (TERMINATORS.has(text[end]) || TRAILERS.has(text[end]))) end++;
    if (!mayEndBefore(text, end, to)) {
      i = end;
      continue;
    }
    out.push({ start, end });
    start = end;
    while (start < to && isSpace(text.charCodeAt(start))) start++;
    i = start;
  }
  if (start < to) out.push({ start, end: to });
}

/** Sentence spans of `text`, each trimmed, in order. */
export function splitSentences(text: string): Span[] {
  if (typeof text !== 'string') throw new TypeError(`splitSentences: expected a string, got ${typeof text}`);
  const spans: Span[] = [];
  for (const p of splitParagraphs(text)) splitParagraph(text, p.start, p.end, spans);
  return spans;
}
