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
  maxWords: number;
  /** First words of multi-word entries: only these start a longer match. */
  heads: Set<string>;
}

/** An empty gazetteer. */
export function emptyGazetteer(): Gazetteer {
  return { entries: new Map(), maxWords: 1, heads: new Set() };
}

/** Add one phrase of `type`. */
export function addEntry(gaz: Gazetteer, phrase: string, type: string): void {
  const words = phraseWords(phrase);
  if (!words.length) return;
  const key = words.join(' ');
  const types = gaz.entries.get(key) ?? [];
  if (!types.includes(type)) types.push(type);
  gaz.entries.set(key, types);
  gaz.maxWords = Math.max(gaz.maxWords, words.length);
  if (words.length > 1) gaz.heads.add(words[0]);
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
 * Per-token gazetteer labels over a sentence of normalized words: `B-LOC`, `I-LOC`...
 * from the longest phrase starting at each position (first word may use its clitic-free form).
 */
export function matchGazetteer(gaz: Gazetteer, words: string[], firstForms: string[]): string[][] {
  const out: string[][] = words.map(() => []);
  for (let i = 0; i < words.length; i++) {
    const multi = gaz.heads.has(words[i]) || gaz.heads.has(firstForms[i]);
    for (let len = multi ? Math.min(gaz.maxWords, words.length - i) : 1; len >= 1; len--) {
      const rest = len > 1 ? ` ${words.slice(i + 1, i + len).join(' ')}` : '';
      const types = gaz.entries.get(words[i] + rest) ?? gaz.entries.get(firstForms[i] + rest);
      if (!types) continue;
      for (const t of types) {
        out[i].push(`B-${t}`);
        for (let k = i + 1; k < i + len; k++) out[k].push(`I-${t}`);
      }
      break;
    }
  }
  return out;
}
