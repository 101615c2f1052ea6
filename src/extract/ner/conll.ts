/**
 * CoNLL-style NER files: read `token TAG` lines with blank lines between sentences, and map the
 * tag sets of the corpora we use (ANERcorp's PERS, AQMAR's MIS0..MIS3) onto rasd's PER/ORG/LOC/MISC.
 */
import { readFileSync } from 'node:fs';

/** One sentence of a tagged corpus: parallel arrays of tokens and IOB2 tags. */
export interface TaggedSentence {
  tokens: string[];
  tags: string[];
}

/** The four entity types rasd outputs. */
export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/** The nine IOB2 labels, index 0 is `O`. */
export const LABELS = [
  'O',
  'B-PER',
  'I-PER',
  'B-ORG',
  'I-ORG',
  'B-LOC',
  'I-LOC',
  'B-MISC',
  'I-MISC',
] as const;

/** How to treat AQMAR's miscellaneous classes: fold into MISC, or drop to O. */
export type MiscPolicy = 'map' | 'ignore';

/**
 * Map a corpus tag to an rasd IOB2 label. PERS → PER, MIS* → MISC (or O when ignored);
 * noisy tags (`OO`, `B-ENGLISH`, `I--ORG`) become the nearest sensible label.
 */
export function mapTag(raw: string, misc: MiscPolicy = 'map'): string {
  const m = /^([BI])-+([A-Z]+)/.exec(raw.trim().toUpperCase());
  if (!m) return 'O';
  const [, bio, type] = m;
  let t: string;
  if (type.startsWith('PER')) t = 'PER';
  else if (type === 'ORG') t = 'ORG';
  else if (type === 'LOC') t = 'LOC';
  else if (type.startsWith('MIS')) t = 'MISC';
  else return 'O';
  if (t === 'MISC' && misc === 'ignore') return 'O';
  return `${bio}-${t}`;
}

/** Parse CoNLL text: first column is the token, last column (when present) the tag. */
export function parseConll(text: string, misc: MiscPolicy = 'map'): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  let cur: TaggedSentence = { tokens: [], tags: [] };
  for (const line of text.split(/\r?\n/)) {
    const cols = line
      .trim()
      .split(/[\t ]+/)
      .filter(Boolean);
    if (cols.length === 0) {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], tags: [] };
      continue;
    }
    cur.tokens.push(cols[0]);
    cur.tags.push(cols.length > 1 ? mapTag(cols[cols.length - 1], misc) : 'O');
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

/** Read and parse a CoNLL file. */
export function readConll(path: string, misc: MiscPolicy = 'map'): TaggedSentence[] {
  return parseConll(readFileSync(path, 'utf8'), misc);
}

/** Fixed split of ANERcorp train: the last `fraction` of sentences is dev, never trained on. */
export function splitDev<T>(sentences: T[], fraction = 0.1): { train: T[]; dev: T[] } {
  const cut = Math.floor(sentences.length * (1 - fraction));
  return { train: sentences.slice(0, cut), dev: sentences.slice(cut) };
}

/**
 * Fixed split of the AQMAR articles (sorted file names): even positions may be trained on,
 * odd positions are the held-out evaluation half.
 */
export function splitAqmar(files: readonly string[]): { train: string[]; test: string[] } {
  const sorted = [...files].sort();
  return { train: sorted.filter((_, i) => i % 2 === 0), test: sorted.filter((_, i) => i % 2 === 1) };
}
