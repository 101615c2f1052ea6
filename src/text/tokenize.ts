/**
 * Tokenizer with offsets into the original text: Arabic and Latin words, numbers (with Arabic
 * decimal and thousands signs, percent, a year letter as in 2022م), URLs, hashtags, mentions,
 * punctuation glued to words. One pass over a table of character classes, no regex per char.
 */
import type { Token } from '../doc/types.ts';
import { normalizeText } from './normalize.ts';
import { clearStemCache, type Stemmer, stem } from './stem.ts';
import { isStopword } from './stopwords.ts';

/** Character classes of the scanner (0: anything else, a symbol). */
const SPACE = 1;
const ARABIC = 2;
/** Diacritics, tatweel and joiners: they continue an Arabic word, never start one. */
const MARK = 3;
const DIGIT = 4;
const LATIN = 5;
const PUNCT = 6;
/** Bidi and zero-width controls between words: skipped like spaces. */
const INVISIBLE = 7;

function buildClasses(): Uint8Array {
  const c = new Uint8Array(0x10000);
  const letter = /\p{L}/u;
  const mark = /\p{M}/u;
  const punct = /\p{P}/u;
  const space = /\s/u;
  for (let i = 0; i < 0x10000; i++) {
    if (i >= 0xd800 && i <= 0xdfff) continue;
    const ch = String.fromCharCode(i);
    if (space.test(ch)) c[i] = SPACE;
    else if (letter.test(ch)) c[i] = LATIN;
    else if (mark.test(ch)) c[i] = MARK;
    else if (punct.test(ch)) c[i] = PUNCT;
  }
  const arabicBlocks: [number, number][] = [
    [0x0600, 0x06ff],
    [0x0750, 0x077f],
    [0x08a0, 0x08ff],
    [0xfb50, 0xfdff],
    [0xfe70, 0xfeff],
  ];
  for (const [a, b] of arabicBlocks) {
    for (let i = a; i <= b; i++) if (c[i] === LATIN) c[i] = ARABIC;
  }
  c[0x200c] = MARK;
  c[0x200d] = MARK;
  for (const i of [0x200b, 0x200e, 0x200f, 0x061c, 0xfeff, 0x2060, 0x00ad]) c[i] = INVISIBLE;
  for (let i = 0x202a; i <= 0x202e; i++) c[i] = INVISIBLE;
  for (let i = 0x2066; i <= 0x2069; i++) c[i] = INVISIBLE;
  for (let d = 0; d <= 9; d++) {
    c[0x30 + d] = DIGIT;
    c[0x0660 + d] = DIGIT;
    c[0x06f0 + d] = DIGIT;
  }
  c[0x066a] = PUNCT; // ٪ (joined to a number by rule)
  c[0x066b] = PUNCT; // ٫
  c[0x066c] = PUNCT; // ٬
  c[0x0640] = MARK;
  return c;
}

const CLASS = buildClasses();

/** Signs between two digits that keep one number: . , ٫ ٬ and : / for times and dates. */
function isNumberJoiner(code: number): boolean {
  return (
    code === 0x2e || code === 0x2c || code === 0x066b || code === 0x066c || code === 0x3a || code === 0x2f
  );
}

function isPercent(code: number): boolean {
  return code === 0x25 || code === 0x066a || code === 0x2030;
}

/** A year letter after a number: م (Gregorian) or ه (Hijri), possibly with a tatweel. */
function yearLetterEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c !== 0x0645 && c !== 0x0647) return i;
  let j = i + 1;
  while (j < text.length && text.charCodeAt(j) === 0x0640) j++;
  const next = j < text.length ? CLASS[text.charCodeAt(j)] : SPACE;
  return next === ARABIC || next === MARK || next === LATIN || next === DIGIT ? i : j;
}

function scanNumber(text: string, i: number): number {
  const n = text.length;
  let j = i;
  for (;;) {
    while (j < n && CLASS[text.charCodeAt(j)] === DIGIT) j++;
    if (j + 1 < n && isNumberJoiner(text.charCodeAt(j)) && CLASS[text.charCodeAt(j + 1)] === DIGIT) j++;
    else break;
  }
  if (j < n && isPercent(text.charCodeAt(j))) return j + 1;
  return j < n ? yearLetterEnd(text, j) : j;
}

/** Characters that close a URL when they end it (sentence punctuation, closing quotes). */
const URL_TRAILING = new Set([...'.,;:!?)]}»"\'،؛؟”’…']);

function urlStartLength(text: string, i: number): number {
  const c = text.charCodeAt(i) | 0x20;
  if (c === 0x68 && /^https?:\/\/\S/i.test(text.slice(i, i + 9))) return 1;
  if (c === 0x77 && /^www\.\S/i.test(text.slice(i, i + 5))) return 1;
  return 0;
}

function scanUrl(text: string, i: number): number {
  const n = text.length;
  let j = i;
  while (j < n) {
    const k = CLASS[text.charCodeAt(j)];
    if (k === SPACE || k === INVISIBLE) break;
    const ch = text[j];
    if (ch === '«' || ch === '»' || ch === '<' || ch === '>' || ch === '"') break;
    j++;
  }
  while (j > i + 1 && URL_TRAILING.has(text[j - 1])) j--;
  return j;
}

/** Characters of a hashtag or mention body: letters, digits, marks, underscore. */
function isTagChar(code: number): boolean {
  const k = CLASS[code];
  return k === ARABIC || k === MARK || k === LATIN || k === DIGIT || code === 0x5f;
}

function scanWhile(text: string, i: number, test: (k: number) => boolean): number {
  let j = i;
  while (j < text.length && test(CLASS[text.charCodeAt(j)])) j++;
  return j;
}

const isArabicPart = (k: number) => k === ARABIC || k === MARK;
const isLatinPart = (k: number) => k === LATIN || k === DIGIT || k === MARK;

/** Called for each token: kind and `[start, end)` in the scanned text. */
export type TokenVisitor = (kind: Token['kind'], start: number, end: number) => void;

/** End of a surrogate pair or single code unit starting at `i`. */
function charEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? i + 2 : i + 1;
}

/** Kind of the token `nextToken` found last (a module variable: no allocation per token). */
let foundKind: Token['kind'] = 'word';

/**
 * End of the next token at or after `from`, with its start in `foundStart` and its kind in
 * `foundKind`; -1 when only spaces remain.
 */
let foundStart = 0;

function nextToken(text: string, from: number): number {
  const n = text.length;
  let i = from;
  let k = 0;
  let code = 0;
  for (; i < n; i++) {
    code = text.charCodeAt(i);
    k = CLASS[code];
    if (k !== SPACE && k !== INVISIBLE) break;
  }
  if (i >= n) return -1;
  foundStart = i;
  if (k === ARABIC) {
    foundKind = 'word';
    return scanWhile(text, i + 1, isArabicPart);
  }
  if (k === DIGIT) {
    foundKind = 'number';
    return scanNumber(text, i);
  }
  if (k === LATIN) {
    if (urlStartLength(text, i)) {
      foundKind = 'url';
      return scanUrl(text, i);
    }
    foundKind = 'latin';
    return scanWhile(text, i + 1, isLatinPart);
  }
  if ((code === 0x23 || code === 0x40) && i + 1 < n && isTagChar(text.charCodeAt(i + 1))) {
    let end = i + 2;
    while (end < n && isTagChar(text.charCodeAt(end))) end++;
    foundKind = code === 0x23 ? 'hashtag' : 'mention';
    return end;
  }
  if (k === PUNCT) {
    let end = i + 1;
    while (end < n && text.charCodeAt(end) === code) end++; // "..." and "!!" stay one token
    foundKind = 'punct';
    return end;
  }
  foundKind = 'symbol';
  return charEnd(text, i);
}

/**
 * The fast path: visit every token of `text` with its kind and offsets, allocating nothing.
 * `words` is built on it.
 */
export function scanTokens(text: string, visit: TokenVisitor): void {
  for (let end = nextToken(text, 0); end >= 0; end = nextToken(text, end)) visit(foundKind, foundStart, end);
}

/** Bounded memos of raw word → [norm, stem] and raw word → norm: one lookup per repeated word. */
const WORD_CACHE_LIMIT = 200_000;
const wordCache = new Map<string, [string, string]>();
const normCache = new Map<string, string>();

function analyzeWord(raw: string): [string, string] {
  let hit = wordCache.get(raw);
  if (hit === undefined) {
    hit = [normalizeText(raw, 'match'), stem(raw)];
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(raw, hit);
  }
  return hit;
}

function normalizeWord(raw: string): string {
  let hit = normCache.get(raw);
  if (hit === undefined) {
    hit = normalizeText(raw, 'match');
    if (normCache.size >= WORD_CACHE_LIMIT) normCache.clear();
    normCache.set(raw, hit);
  }
  return hit;
}

/** Empty the word memos of the tokenizer and the stemmer (for cold-start benchmarks). */
export function clearTextCaches(): void {
  wordCache.clear();
  normCache.clear();
  clearStemCache();
}

/**
 * Split `text` into tokens with offsets, normalized form and stem. `stemmer` replaces the
 * light stemmer for words (called as is, unmemoized), e.g. to compare stemmers.
 */
export function tokenize(text: string, stemmer?: Stemmer): Token[] {
  if (typeof text !== 'string') throw new TypeError(`tokenize: expected a string, got ${typeof text}`);
  const tokens: Token[] = [];
  for (let end = nextToken(text, 0); end >= 0; end = nextToken(text, end)) {
    const start = foundStart;
    const kind = foundKind;
    const raw = text.slice(start, end);
    if (kind !== 'word') {
      const norm = normalizeText(raw, 'match');
      tokens.push({ text: raw, start, end, kind, norm, stem: norm });
    } else if (stemmer) {
      tokens.push({ text: raw, start, end, kind, norm: normalizeWord(raw), stem: stemmer.stem(raw) });
    } else {
      const hit = analyzeWord(raw);
      tokens.push({ text: raw, start, end, kind, norm: hit[0], stem: hit[1] });
    }
  }
  return tokens;
}

/** Numeric value of a number token's text (Arabic or ASCII digits, ٫ ٬ signs); NaN if none. */
export function parseNumber(text: string): number {
  const norm = normalizeText(text, 'search');
  const digits = norm.replace(/[%‰مه]+$/u, '');
  // Thousands separators: a comma followed by exactly three digits (1,250,000).
  const plain = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits)
    ? digits.replaceAll(',', '')
    : digits.replace(',', '.');
  return /^\d+(\.\d+)?$/.test(plain) ? Number(plain) : Number.NaN;
}

/**
 * Stems of the content words of `text` (Arabic words that are not stop words), in order:
 * the terms for TF-IDF, keywords and clustering.
 */
export function words(text: string): string[] {
  const out: string[] = [];
  scanTokens(text, (kind, start, end) => {
    if (kind !== 'word') return;
    const [norm, st] = analyzeWord(text.slice(start, end));
    if (!isStopword(norm)) out.push(st);
  });
  return out;
}
