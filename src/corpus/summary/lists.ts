/**
 * Word lists of the corpus brief (stop words, connectives, reporting verbs, number nouns...):
 * loaded once from data/summary/*.txt, `#` header lines and blanks skipped.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normalizeText } from '../../text/index.ts';
import { DATA_DIR } from '../../util/paths.ts';

const cache = new Map<string, string[]>();

/** The entries of data/summary/NAME, as written (one per line). Throws naming the file when absent. */
export function loadList(name: string): string[] {
  const hit = cache.get(name);
  if (hit) return hit;
  const path = resolve(DATA_DIR, 'summary', name);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`rasd: missing data file ${path}: ${(err as Error).message}`);
  }
  const list = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  cache.set(name, list);
  return list;
}

const normCache = new Map<string, Set<string>>();

/** The entries of data/summary/NAME, match-normalized, as a set. */
export function loadNormSet(name: string): Set<string> {
  const hit = normCache.get(name);
  if (hit) return hit;
  const set = new Set(loadList(name).map((w) => normalizeText(w, 'match')));
  normCache.set(name, set);
  return set;
}
