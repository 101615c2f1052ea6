/**
 * Name lists as NER features: a map from a match-normalized phrase to the types it names,
 * matched longest-first over a sentence. Built from ANERGazet at training time and stored in
 * the model file, so tagging never reads ../shared.
 */
import { readFileSync } from 'node:fs';
import { phraseWords } from './lexicon.ts';

/** Phrase (normalized words joined by one space) → set of types ("PER", "LOC", "ORG"). */
export interface Gazetteer {
  entries: Map<string, string[]>;
  /** Proper word prefixes of multi-word entries: a match grows only while it is one of these. */
  prefixes: Set<string>;
}

/** An empty gazetteer. */
export function emptyGazetteer(): Gazetteer {
  return { entries: new Map(), prefixes: new Set() };
}

/** Add one phrase of `type`. */
export function addEntry(gaz: Gazetteer, phrase: string, type: string): void {
  const words = phraseWords(phrase);
  if (!words.length) return;
  const key = words.join(' ');
  const types = gaz.entries.get(key) ?? [];
  if (!types.includes(type)) types.push(type);
  gaz.entries.set(key, types);
  for (let k = 1; k < words.length; k++) gaz.prefixes.add(words.slice(0, k).join(' '));
}

/** Read one ANERGazet file (one name a line; `====`/`****` lines are separators). */
export function loadGazetteerFile(gaz: Gazetteer, path: string, type: string): void {
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const t = line.trim();
    if (!t || /^[=*]+$/.test(t)) continue;
    addEntry(gaz, t, type);
  }
}

/**
 * Length of the longest entry starting at `i` whose first word is `first` (later words as in
 * `words`), grown word by word only while it is a prefix of some entry; 0 when none.
 */
function longestFrom(
  gaz: Gazetteer,
  words: string[],
  i: number,
  first: string,
): { len: number; key: string } {
  let key = first;
  let best = { len: gaz.entries.has(key) ? 1 : 0, key };
  for (let len = 2; i + len <= words.length && gaz.prefixes.has(key); len++) {
    key = `${key} ${words[i + len - 1]}`;
    if (gaz.entries.has(key)) best = { len, key };
  }
  return best;
}

/**
 * Per-token gazetteer labels over a sentence of normalized words: `B-LOC`, `I-LOC`...
 * from the longest phrase starting at each position (first word may use its clitic-free form).
 */
export function matchGazetteer(gaz: Gazetteer, words: string[], firstForms: string[]): string[][] {
  const out: string[][] = words.map(() => []);
  for (let i = 0; i < words.length; i++) {
    let m = longestFrom(gaz, words, i, words[i]);
    if (firstForms[i] !== words[i]) {
      const alt = longestFrom(gaz, words, i, firstForms[i]);
      if (alt.len > m.len) m = alt;
    }
    if (!m.len) continue;
    for (const t of gaz.entries.get(m.key) ?? []) {
      out[i].push(`B-${t}`);
      for (let k = i + 1; k < i + m.len; k++) out[k].push(`I-${t}`);
    }
  }
  return out;
}
