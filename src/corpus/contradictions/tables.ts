/** Tables of the contradiction finder, loaded from data/summary/ (see each file's header). */
import { normalizeText } from '../../text/index.ts';
import { loadList } from '../summary/lists.ts';

const n = (w: string) => normalizeText(w, 'match');

let numberWords: Map<string, number> | null = null;
/** Number word (match-normalized) → value. */
export function numberWordTable(): Map<string, number> {
  if (!numberWords) {
    numberWords = new Map(
      loadList('number-words.txt').map((l) => {
        const [w, v] = l.split('\t');
        return [n(w), Number(v)] as [string, number];
      }),
    );
  }
  return numberWords;
}

/** Lines `key<TAB>w1 w2 ...` as a word (match-normalized) → key map. */
function groupTable(file: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of loadList(file)) {
    const [key, words] = line.split('\t');
    for (const w of (words ?? '').split(/\s+/).filter(Boolean)) out.set(n(w), key);
  }
  return out;
}

let units: Map<string, string> | null = null;
/** Counted noun → group (dead, injured, generic, percent...). */
export function unitTable(): Map<string, string> {
  units ??= groupTable('number-units.txt');
  return units;
}

let contexts: Map<string, string> | null = null;
/** Word around a count of people → what happened to them (dead, injured...). */
export function countContextTable(): Map<string, string> {
  contexts ??= groupTable('count-contexts.txt');
  return contexts;
}

let events: Map<string, string> | null = null;
/** Event noun → group (summit, meeting, call...). */
export function eventTable(): Map<string, string> {
  events ??= groupTable('event-nouns.txt');
  return events;
}

/**
 * Look a token up in a word table by its normalized form, that form without the accusative
 * alif ("مؤتمرا" → "مؤتمر"), or its light stem ("للاقتراع" → "اقتراع", "اجتماعها" → "اجتماع").
 */
export function lookupWord<V>(table: Map<string, V>, t: { norm: string; stem: string }): V | undefined {
  return (
    table.get(t.norm) ??
    (t.norm.endsWith('ا') && t.norm.length > 3 ? table.get(t.norm.slice(0, -1)) : undefined) ??
    table.get(t.stem) ??
    table.get(`ال${t.stem}`)
  );
}

let qualifiers: Array<{ words: string[]; kind: 'approx' | 'atleast' | 'atmost' }> | null = null;
/** Qualifier phrases before a count, longest first. */
export function qualifierTable(): Array<{ words: string[]; kind: 'approx' | 'atleast' | 'atmost' }> {
  if (!qualifiers) {
    qualifiers = loadList('number-qualifiers.txt')
      .map((l) => {
        const [p, kind] = l.split('\t');
        return { words: n(p).split(/\s+/), kind: kind as 'approx' | 'atleast' | 'atmost' };
      })
      .sort((a, b) => b.words.length - a.words.length);
  }
  return qualifiers;
}
