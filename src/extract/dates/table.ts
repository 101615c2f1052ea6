/**
 * Loader for the tab-separated word tables in data/extract/ (month names, weekdays, speech
 * verbs ...). Lines starting with `#` are the header; the first column is normalized with the
 * text core so that matching is spelling-tolerant.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normalizeText } from '../../text/index.ts';
import { DATA_DIR } from '../../util/paths.ts';

/** One data row: the normalized key (first column) and the raw columns. */
export interface TableRow {
  key: string;
  cols: string[];
}

const cache = new Map<string, TableRow[]>();

/** Rows of `data/extract/<name>`, first column normalized in `search` mode. Cached. */
export function readTable(name: string): TableRow[] {
  const hit = cache.get(name);
  if (hit) return hit;
  const path = resolve(DATA_DIR, 'extract', name);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new Error(`extract: cannot read data table ${path}: ${(err as Error).message}`);
  }
  const rows: TableRow[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const cols = line.split('\t').map((c) => c.trim());
    rows.push({ key: normalizeText(cols[0], 'search'), cols });
  }
  cache.set(name, rows);
  return rows;
}

/** Escape a string for use inside a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex alternation of the keys, longest first (so "الحادي عشر" beats "الحادي"). */
export function alternation(keys: Iterable<string>): string {
  return [...new Set(keys)]
    .sort((a, b) => b.length - a.length)
    .map((k) => escapeRe(k).replace(/ /g, '\\s+'))
    .join('|');
}
