/**
 * Word lists the corpus stages read from data/corpus/: function words (until the text core
 * exposes `isStopword`) and wire agencies. Lists are normalized once with the text core.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as textCore from '../../text/index.ts';
import { normalizeText } from '../../text/index.ts';
import { DATA_DIR } from '../../util/paths.ts';

/** Lines of a data file under data/, without `#` header lines and blanks. */
export function readList(rel: string): string[] {
  const path = resolve(DATA_DIR, rel);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`corpus: cannot read word list ${path}: ${(err as Error).message}`);
  }
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

let functionWords: Set<string> | null = null;
const core = textCore as unknown as Record<string, unknown>;
const coreIsStopword =
  typeof core.isStopword === 'function' ? (core.isStopword as (w: string) => boolean) : null;

/** True when `norm` (a match-normalized word) carries no story identity. */
export function isFunctionWord(norm: string): boolean {
  if (coreIsStopword?.(norm)) return true;
  if (!functionWords) {
    functionWords = new Set(readList('corpus/function-words.txt').map((w) => normalizeText(w, 'match')));
  }
  return functionWords.has(norm);
}

let agencies: string[] | null = null;

/** True when `text` (a credit or dateline) names a wire agency. */
export function namesWireAgency(text: string): boolean {
  if (!agencies) {
    agencies = readList('corpus/wire-agencies.txt').map((w) => normalizeText(w, 'match').toLowerCase());
  }
  const norm = ` ${normalizeText(text, 'match')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return agencies.some((a) => norm.includes(` ${a.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `));
}
