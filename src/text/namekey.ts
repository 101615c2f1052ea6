/**
 * Name keys: one skeleton for the spellings of one name, plus a weighted edit distance for
 * Arabic letters.
 *
 * The key of each word of a name is its match-normalized form with the medial long vowels و and
 * ي dropped (they are written or not in transliterations: زيلينسكي / زيلنسكي), a final ا or ي
 * dropped (أوكرانيا / الأوكراني, زيلينسكى), doubled letters collapsed, and loan letters folded
 * (پ→ب, ڤ→ف, چ→ج, گ→ك, ژ→ز). Medial ا stays: it tells بوتين from بوتان.
 */
import { normalizeText } from './normalize.ts';

const ALEF = 0x0627;
const WAW = 0x0648;
const YEH = 0x064a;
/** Letters of other alphabets written for foreign names, folded to their Arabic neighbours. */
const LOAN_FOLDS: Record<string, string> = { پ: 'ب', ڤ: 'ف', ڥ: 'ف', چ: 'ج', گ: 'ك', ڭ: 'ك', ژ: 'ز' };

function foldLoans(s: string): string {
  let out = '';
  for (const ch of s) out += LOAN_FOLDS[ch] ?? ch;
  return out;
}

/** Final ا and ي (nisba, ـيا, transliteration) go too; a final و stays (عمرو ≠ عمر). */
function wordKey(word: string): string {
  let end = word.length;
  while (end > 2 && (word.charCodeAt(end - 1) === ALEF || word.charCodeAt(end - 1) === YEH)) end--;
  const w = word.slice(0, end);
  let out = w[0];
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    const last = i === w.length - 1;
    if (!last && (c === WAW || c === YEH)) continue;
    if (w[i] === w[i - 1]) continue;
    out += w[i];
  }
  return out;
}

const SPLIT_COMPOUND = /(^|\s)عبد\s+(?=ال)/g;
/** "بن علي" / "بنعلي": Maghrebi surnames write بن apart or joined to the next word. */
const SPLIT_BEN = /(^|\s)بن\s+(?=\S)/g;

/**
 * "عبد الحميد" and "عبدالحميد", "بن علي" and "بنعلي" are one name, written apart or joined:
 * the match-normalized `text` with such compounds joined, so they count as one word wherever
 * names are compared.
 */
export function joinNameCompounds(text: string): string {
  return text.replace(SPLIT_COMPOUND, '$1عبد').replace(SPLIT_BEN, '$1بن');
}

/** Skeleton of a name; spellings of one name share it (زيلينسكي, زيلنسكي, زيلينسكى). */
export function nameKey(name: string): string {
  return foldLoans(joinNameCompounds(normalizeText(name, 'match')))
    .split(/[\s\-_.]+/)
    .filter(Boolean)
    .map(wordKey)
    .join(' ');
}

/** Cost classes of the weighted distance. */
const VOWEL_EDIT = 0.3;
const SIMILAR = 0.5;

/** Letters that transliterations of one sound alternate between, by group. */
const SIMILAR_GROUPS = ['اويه', 'سص', 'تط', 'دض', 'ذزظ', 'كقغج', 'هح', 'ءعا', 'ثس', 'فب'];

function buildSubstitution(): Map<string, number> {
  const costs = new Map<string, number>();
  for (const g of SIMILAR_GROUPS) {
    for (const a of g) for (const b of g) if (a !== b) costs.set(a + b, SIMILAR);
  }
  return costs;
}

const SUBSTITUTION = buildSubstitution();

function substitutionCost(a: string, b: string): number {
  return a === b ? 0 : (SUBSTITUTION.get(a + b) ?? 1);
}

/** Inserting or deleting a long vowel (or a space) costs little: it is written or not. */
function indelCost(ch: string): number {
  return ch === 'ا' || ch === 'و' || ch === 'ي' || ch === ' ' ? VOWEL_EDIT : 1;
}

/**
 * Weighted edit distance between two names after match normalization: a long vowel written or
 * not costs 0.3, one long vowel for another 0.5, letters that transliterations confuse (س/ص, ك/ق/غ/ج, ت/ط...) 0.5, others 1.
 * Never more than the plain Levenshtein distance.
 */
export function nameDistance(a: string, b: string): number {
  const x = foldLoans(normalizeText(a, 'match'));
  const y = foldLoans(normalizeText(b, 'match'));
  let prev = new Float64Array(y.length + 1);
  let cur = new Float64Array(y.length + 1);
  for (let j = 1; j <= y.length; j++) prev[j] = prev[j - 1] + indelCost(y[j - 1]);
  for (let i = 1; i <= x.length; i++) {
    const del = indelCost(x[i - 1]);
    cur[0] = prev[0] + del;
    for (let j = 1; j <= y.length; j++) {
      cur[j] = Math.min(
        prev[j] + del,
        cur[j - 1] + indelCost(y[j - 1]),
        prev[j - 1] + substitutionCost(x[i - 1], y[j - 1]),
      );
    }
    [prev, cur] = [cur, prev];
  }
  return Math.round(prev[y.length] * 1000) / 1000;
}
