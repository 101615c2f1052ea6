/**
 * Search terms for Arabic full-text search, shared by every store: each word is indexed as its
 * light stem and as its name skeleton, so a query in any spelling (أوكرانيا / اوكرانيا,
 * زيلينسكي / زيلنسكي) meets every spelling of the same word.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameKey, tokenize } from '../text/index.ts';
import { DATA_DIR } from '../util/paths.ts';

/** Raise when the way terms are made changes in code (the lexicons are hashed below). */
const TERMS_CODE_VERSION = 1;

let version: string | undefined;

/**
 * Version of the indexed terms: the code version plus a hash of the text core's lexicons
 * (data/text), which decide stems and name keys. A store whose index was built under another
 * version rebuilds it on opening, so search keeps finding what an older stemmer indexed.
 */
export function searchTermsVersion(): string {
  if (version) return version;
  const hash = createHash('sha1').update(String(TERMS_CODE_VERSION));
  const dir = join(DATA_DIR, 'text');
  for (const f of readdirSync(dir).sort()) hash.update(f).update(readFileSync(join(dir, f)));
  version = `${TERMS_CODE_VERSION}-${hash.digest('hex').slice(0, 12)}`;
  return version;
}

function termsOf(text: string): string[][] {
  const out: string[][] = [];
  for (const t of tokenize(text)) {
    if (t.kind !== 'word' && t.kind !== 'latin' && t.kind !== 'number') continue;
    const forms = new Set<string>([t.stem]);
    if (t.kind === 'word') forms.add(`k${nameKey(t.stem)}`);
    out.push([...forms].filter(Boolean));
  }
  return out;
}

/** The indexed document text: every form of every word, space-separated. */
export function indexTerms(text: string): string {
  return termsOf(text).flat().join(' ');
}

/** The indexed text of an article (title, then body): one definition for inserts and reindexing. */
export function articleTerms(a: { title?: string | null; body: string }): string {
  return indexTerms(`${a.title ?? ''}\n${a.body}`);
}

/** An FTS5 MATCH expression: every query word must match one of its forms. */
export function ftsQuery(query: string): string | null {
  const groups = termsOf(query);
  if (!groups.length) return null;
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return groups.map((forms) => `(${forms.map(quote).join(' OR ')})`).join(' AND ');
}

/** The forms of each query word, for stores without FTS5 (PostgreSQL builds a tsquery from them). */
export function queryForms(query: string): string[][] {
  return termsOf(query);
}
