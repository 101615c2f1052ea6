/**
 * Word lists of the text core, read from `data/text/` once and on first use: stop words,
 * the stemmer's guard vocabulary and protected names, the affix groups, and abbreviations.
 * Every file starts with `#` header lines (what it is, source, license); blank lines and
 * `[group]` lines are skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_DIR } from '../util/paths.ts';
import { normalizeText } from './normalize.ts';

/** Directory of the text core's data files. */
export const TEXT_DATA_DIR = resolve(DATA_DIR, 'text');

/** Lines of `data/text/<file>` without headers, blanks and `[group]` lines; [] when absent. */
export function readTextList(file: string, required = true): string[] {
  const path = resolve(TEXT_DATA_DIR, file);
  if (!existsSync(path)) {
    if (required) throw new Error(`text core: data file ${path} is missing (restore it from git)`);
    return [];
  }
  const out: string[] = [];
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || (line.startsWith('[') && line.endsWith(']'))) continue;
    out.push(line);
  }
  return out;
}

/** `group: a b c` lines of a data file as a map from group to items. */
export function readGroups(file: string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const line of readTextList(file)) {
    const colon = line.indexOf(':');
    if (colon < 0) throw new Error(`text core: ${file}: expected "group: items", got "${line}"`);
    const items = line
      .slice(colon + 1)
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => normalizeText(w, 'search'));
    groups.set(line.slice(0, colon).trim(), items);
  }
  return groups;
}

function lazy<T>(load: () => T): () => T {
  let value: T | undefined;
  return () => {
    if (value === undefined) value = load();
    return value;
  };
}

/** The stemmer's working form: search-normalized, ى folded to ي, ة kept apart from ه. */
export function workingForm(word: string): string {
  const s = normalizeText(word, 'search');
  return s.indexOf('ى') >= 0 ? s.replaceAll('ى', 'ي') : s;
}

/** Set of working-form words from one or more list files. */
function wordSet(files: string[], required: boolean): Set<string> {
  const set = new Set<string>();
  for (const f of files) for (const w of readTextList(f, required)) set.add(workingForm(w));
  return set;
}

/**
 * Guard vocabulary of bare nouns, adjectives and particles (no clitics). A clitic is cut only
 * when what remains is known here, in the verbs or in the names.
 */
export const guardNouns = lazy(() => wordSet(['lexicon-nouns-ar.txt'], false));
/** Guard vocabulary of bare verb forms: verb endings are stripped from verbs only. */
export const guardVerbs = lazy(() => wordSet(['lexicon-verbs-ar.txt'], false));

/** Strip a leading definite article: protected names are stored without it. */
function withoutArticle(w: string): string {
  return w.length > 4 && w.startsWith('ال') ? w.slice(2) : w;
}

/** Names rasd lists itself (names-ar.txt, working form, article removed): trusted over the lexicon. */
export const curatedNames = lazy(
  () => new Set(readTextList('names-ar.txt').map((w) => withoutArticle(workingForm(w)))),
);

/** Protected names (search-normalized, article removed): the stemmer never cuts inside them. */
export const protectedNames = lazy(() => {
  const set = new Set<string>();
  for (const f of ['names-ar.txt', 'names-ner-ar.txt']) {
    for (const w of readTextList(f, f === 'names-ar.txt')) set.add(withoutArticle(workingForm(w)));
  }
  return set;
});

/** Stop words, match-normalized (the form of `Token.norm`). */
export const stopwordSet = lazy(() => {
  const set = new Set<string>();
  for (const w of readTextList('stopwords-ar.txt')) set.add(normalizeText(w, 'match'));
  return set;
});

/** Abbreviations that do not end a sentence, as written (before the full stop). */
export const abbreviationSet = lazy(
  () => new Set(readTextList('abbreviations-ar.txt').map((w) => w.toLowerCase())),
);
