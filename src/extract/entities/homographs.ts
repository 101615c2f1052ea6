/**
 * Given names that read as function words once ى is folded into ي: "علي" (the name) and "على"
 * (the preposition) have one match form, so the stop-word trim of chunk edges cut "علي فواز" to
 * "فواز". The raw spelling tells them apart, but only in an article that writes the preposition
 * with ى somewhere (some outlets write على as علي throughout). The pairs and the name linkers
 * (بن، أبو) are data: data/ner/name-homographs.txt.
 */
import { join } from 'node:path';
import type { Token } from '../../doc/types.ts';
import { normalizeText } from '../../text/index.ts';
import { DATA_DIR } from '../../util/paths.ts';
import { dataLines } from '../ner/lexicon.ts';

interface HomographTable {
  /** Name spelling → the function word's spelling (search-normalized: ى kept). */
  names: Map<string, string>;
  linkers: Set<string>;
}

let table: HomographTable | null = null;

function homographTable(): HomographTable {
  if (!table) {
    const names = new Map<string, string>();
    const linkers = new Set<string>();
    let section = '';
    for (const line of dataLines(join(DATA_DIR, 'ner', 'name-homographs.txt'))) {
      if (/^\[\w+\]$/.test(line)) section = line.slice(1, -1);
      else if (section === 'linker') linkers.add(normalizeText(line, 'search'));
      else {
        const [name, word] = line.split('\t').map((w) => normalizeText(w, 'search'));
        if (name && word) names.set(name, word);
      }
    }
    table = { names, linkers };
  }
  return table;
}

/** Spelling of a token with diacritics and tatweel dropped, ى and ة kept. */
const spelling = (t: Token) => normalizeText(t.text, 'search');

const writtenWords = new WeakMap<readonly Token[], Set<string>>();

/** Search-normalized spellings of an article's tokens, computed once per token array. */
function spellings(tokens: readonly Token[]): Set<string> {
  let set = writtenWords.get(tokens);
  if (!set) {
    set = new Set(tokens.filter((t) => t.kind === 'word').map(spelling));
    writtenWords.set(tokens, set);
  }
  return set;
}

/**
 * Whether the edge token `i` of the person chunk [from, to) is a given name spelled like a
 * function word: first of the chunk with a name word after it, in an article that spells the
 * function word its own way; or last of the chunk right after a linker (بن علي).
 */
export function isNameHomograph(tokens: readonly Token[], i: number, from: number, to: number): boolean {
  const { names, linkers } = homographTable();
  const word = names.get(spelling(tokens[i]));
  if (word === undefined) return false;
  if (i === to - 1 && i > from && linkers.has(spelling(tokens[i - 1]))) return true;
  return i === from && to - from > 1 && spellings(tokens).has(word);
}
