/**
 * A person's given name the tagger left out ("شريف منصور" tagged as منصور alone): the word just
 * before a person chunk joins it when it is a common given name (data/ner/given-names.txt).
 * Only given names: the gazetteer's person words also hold family names that are common nouns
 * ("عودة أردوغان" is Erdogan's return), which made such a rule wrong.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Token } from '../../doc/types.ts';
import { normalizeText } from '../../text/index.ts';
import { DATA_DIR } from '../../util/paths.ts';

/** The names, normalized; `maqsura`: those written with a final ى (ليلى), which matching folds into ي. */
let names: { all: Set<string>; maqsura: Set<string> } | null = null;

function givenNames(): { all: Set<string>; maqsura: Set<string> } {
  if (names) return names;
  const lines = readFileSync(resolve(DATA_DIR, 'ner', 'given-names.txt'), 'utf8').split('\n');
  const words = lines.map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const key = (w: string) => normalizeText(w, 'match');
  names = { all: new Set(words.map(key)), maqsura: new Set(words.filter((w) => w.endsWith('ى')).map(key)) };
  return names;
}

/** The chunk's start moved back over a given name, or unchanged (`taken`: that word is in a mention). */
export function withGivenName(tokens: readonly Token[], from: number, taken: boolean): number {
  if (from === 0 || taken) return from;
  const t = tokens[from - 1];
  if (t.kind !== 'word') return from;
  const { all, maqsura } = givenNames();
  const key = normalizeText(t.text, 'match');
  // Written with a final ى, the word is one of the names so written, not على folded into علي.
  if (/ى[\u064B-\u0652]*$/u.test(t.text)) return maqsura.has(key) ? from - 1 : from;
  return all.has(key) ? from - 1 : from;
}
