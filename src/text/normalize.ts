/**
 * Arabic normalization with an offset map back to the original text.
 *
 * Modes (each includes the one before):
 * - `display`: drops zero-width and bidi controls, folds presentation forms (NFKC), turns
 *   Eastern Arabic and Persian digits into ASCII. The text still reads the same.
 * - `search`: also drops diacritics and tatweel, folds alef forms (أ إ آ ٱ → ا) and hamza
 *   seats (ؤ → و, ئ → ي), Persian letters (ی ک ھ), Arabic punctuation (، ؛ ؟ ٫ ٬ ٪) to ASCII,
 *   every quotation mark to `"` or `'`, and odd spaces to a plain space.
 * - `match`: also folds ى → ي and ة → ه and lowercases Latin, for comparing words and names.
 *
 * Why tables: normalization runs on every token of every article, so each mode is one
 * 64K-entry table of UTF-16 code units read in a single pass, with no regex per character.
 */

export type NormalizeMode = 'display' | 'search' | 'match';

export interface Normalized {
  text: string;
  /** map[i] = offset in the original of normalized char i; map[text.length] = original length. */
  map: Int32Array;
}

/** Table value: keep the code unit as it is. */
const KEEP = 0;
/** Table value: drop the code unit. */
const DROP = 0xffff;
/** Table value: expand through NFKC (presentation forms, ligatures). */
const EXPAND = 0xfffe;

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let c = from; c <= to; c++) out.push(c);
  return out;
}

/** Zero-width, bidi and other invisible controls (all modes). */
const INVISIBLE = [
  0x00ad,
  0x061c,
  0x180e,
  0xfeff,
  ...range(0x200b, 0x200f),
  ...range(0x202a, 0x202e),
  ...range(0x2060, 0x2069),
];
/** Harakat, shadda, sukun, superscript alef and Quranic marks (search, match). */
const DIACRITICS = [
  ...range(0x0610, 0x061a),
  ...range(0x064b, 0x065f),
  0x0670,
  ...range(0x06d6, 0x06dc),
  ...range(0x06df, 0x06e4),
  0x06e7,
  0x06e8,
  ...range(0x06ea, 0x06ed),
];
const TATWEEL = 0x0640;
/** Quotation marks folded to `"` (search, match). */
const DOUBLE_QUOTES = [
  0x00ab, 0x00bb, 0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0x275d, 0x275e, 0x301d, 0x301e, 0xff02,
];
/** Quotation marks folded to `'` (search, match). */
const SINGLE_QUOTES = [0x2018, 0x2019, 0x201a, 0x201b, 0x2039, 0x203a, 0x2032, 0x275b, 0x275c];
/** Spaces folded to U+0020 (search, match). */
const SPACES = [0x00a0, 0x1680, ...range(0x2000, 0x200a), 0x202f, 0x205f, 0x3000];

/** One-to-one letter and sign folds for search mode: [from, to]. */
const SEARCH_FOLDS: [number, string][] = [
  [0x0623, 'ا'], // أ
  [0x0625, 'ا'], // إ
  [0x0622, 'ا'], // آ
  [0x0671, 'ا'], // ٱ
  [0x0672, 'ا'],
  [0x0673, 'ا'],
  [0x0675, 'ا'],
  [0x0624, 'و'], // ؤ
  [0x0626, 'ي'], // ئ
  [0x06cc, 'ي'], // Persian yeh
  [0x06a9, 'ك'], // Persian kaf
  [0x06be, 'ه'], // heh doachashmee
  [0x06c1, 'ه'],
  [0x06c0, 'ة'],
  [0x060c, ','], // ،
  [0x061b, ';'], // ؛
  [0x061f, '?'], // ؟
  [0x066b, '.'], // Arabic decimal separator
  [0x066c, ','], // Arabic thousands separator
  [0x066a, '%'], // ٪
  [0x06d4, '.'], // Urdu full stop
];

type Table = Uint16Array;

function buildTable(mode: NormalizeMode): Table {
  const t = new Uint16Array(0x10000);
  for (const c of INVISIBLE) t[c] = DROP;
  for (let d = 0; d <= 9; d++) {
    t[0x0660 + d] = 0x30 + d;
    t[0x06f0 + d] = 0x30 + d;
  }
  for (let c = 0xfb50; c <= 0xfdff; c++) t[c] = EXPAND;
  for (let c = 0xfe70; c <= 0xfefc; c++) t[c] = EXPAND;
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = EXPAND;
  if (mode === 'display') return t;
  for (const c of DIACRITICS) t[c] = DROP;
  t[TATWEEL] = DROP;
  for (const [c, to] of SEARCH_FOLDS) t[c] = to.charCodeAt(0);
  for (const c of DOUBLE_QUOTES) t[c] = 0x22;
  for (const c of SINGLE_QUOTES) t[c] = 0x27;
  for (const c of SPACES) t[c] = 0x20;
  if (mode === 'search') return t;
  t[0x0649] = 0x064a; // ى → ي
  t[0x0629] = 0x0647; // ة → ه
  t[0x06c0] = 0x0647;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 0x20;
  return t;
}

const TABLES: Record<NormalizeMode, Table> = {
  display: buildTable('display'),
  search: buildTable('search'),
  match: buildTable('match'),
};

/** The normalization table of a mode (for the tokenizer's own single pass). */
export function normalizationTable(mode: NormalizeMode): Uint16Array {
  return TABLES[mode];
}

/** Expansion of one presentation-form code unit through NFKC, then through the mode table. */
function expand(code: number, table: Table): string {
  let s = String.fromCharCode(code).normalize('NFKC');
  // Isolated harakat forms (U+FE70..FE7F) decompose to a space plus the mark: keep the mark only.
  if (code >= 0xfe70 && code <= 0xfe7f && s.charCodeAt(0) === 0x20) s = s.slice(1);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const v = table[c];
    if (v === KEEP || v === EXPAND) out += s[i];
    else if (v !== DROP) out += String.fromCharCode(v);
  }
  return out;
}

/** Index of the first code unit that the table changes, or -1. */
function firstChange(input: string, table: Table): number {
  for (let i = 0; i < input.length; i++) if (table[input.charCodeAt(i)] !== KEEP) return i;
  return -1;
}

function checkInput(input: unknown): asserts input is string {
  if (typeof input !== 'string') throw new TypeError(`normalize: expected a string, got ${typeof input}`);
}

/** Normalize without building the offset map. */
export function normalizeText(input: string, mode: NormalizeMode = 'search'): string {
  checkInput(input);
  const table = TABLES[mode];
  const first = firstChange(input, table);
  if (first < 0) return input;
  let out = input.slice(0, first);
  let last = first;
  for (let i = first; i < input.length; i++) {
    const v = table[input.charCodeAt(i)];
    if (v === KEEP) continue;
    if (i > last) out += input.slice(last, i);
    if (v === EXPAND) out += expand(input.charCodeAt(i), table);
    else if (v !== DROP) out += String.fromCharCode(v);
    last = i + 1;
  }
  if (last < input.length) out += input.slice(last);
  return out;
}

/** Normalize `input` for `mode`, keeping a map from each output char to its source offset. */
export function normalize(input: string, mode: NormalizeMode = 'search'): Normalized {
  checkInput(input);
  const table = TABLES[mode];
  const n = input.length;
  let codes = new Uint16Array(n + 16);
  let map = new Int32Array(n + 17);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    const v = table[c];
    if (v === DROP) continue;
    const piece = v === EXPAND ? expand(c, table) : null;
    const need = k + (piece ? piece.length : 1) + 1;
    if (need >= codes.length) {
      const grownCodes = new Uint16Array(need * 2);
      grownCodes.set(codes.subarray(0, k));
      codes = grownCodes;
      const grownMap = new Int32Array(need * 2 + 1);
      grownMap.set(map.subarray(0, k));
      map = grownMap;
    }
    if (piece === null) {
      codes[k] = v === KEEP ? c : v;
      map[k++] = i;
    } else {
      for (let j = 0; j < piece.length; j++) {
        codes[k] = piece.charCodeAt(j);
        map[k++] = i;
      }
    }
  }
  map[k] = n;
  return { text: decodeUnits(codes, k), map: map.slice(0, k + 1) };
}

const CHUNK = 8192;

/** String from the first `length` UTF-16 code units of `codes`. */
function decodeUnits(codes: Uint16Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += CHUNK) {
    out += String.fromCharCode.apply(
      null,
      codes.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[],
    );
  }
  return out;
}

/**
 * Map a span `[start, end)` of normalized text back to the original. The end extends over
 * what normalization dropped right after the span (diacritics of its last letter), and never
 * cuts inside one original character that expanded into several normalized ones.
 */
export function toOriginal(n: Normalized, start: number, end: number): { start: number; end: number } {
  const { map } = n;
  const last = map.length - 1;
  if (start < 0 || end < start || end > last) {
    throw new RangeError(
      `toOriginal: span [${start}, ${end}) is outside the normalized text (length ${last})`,
    );
  }
  const s = map[start];
  if (end === start) return { start: s, end: s };
  let j = end;
  while (j < last && map[j] <= map[end - 1]) j++;
  return { start: s, end: map[j] };
}
