/**
 * The word lists NER and title attachment read from data/ner: roles and titles, counterpart
 * words (نظيره), and organisation/place aliases. Each is normalized once through the text core.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeText } from '../../text/index.ts';
import { DATA_DIR } from '../../util/paths.ts';

/** Lines of a data file without `#` headers and blanks. */
export function dataLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/**
 * The words of a data file by section: lines before any "[name]" line go under "", the others
 * under their section's name; each line's words match-normalized.
 */
export function dataSections(path: string): Map<string, string[]> {
  const sections = new Map<string, string[]>([['', []]]);
  let section = '';
  for (const line of dataLines(path)) {
    const name = /^\[(\w+)\]$/.exec(line)?.[1];
    if (name) {
      section = name;
      sections.set(section, []);
    } else sections.get(section)?.push(...phraseWords(line));
  }
  return sections;
}

/** Match-normalized words of a phrase. */
export function phraseWords(phrase: string): string[] {
  return normalizeText(phrase, 'match').split(/\s+/).filter(Boolean);
}

/** Titles and roles, normalized to word arrays. */
export interface RoleLexicon {
  /** Role phrases, longest first. */
  roles: string[][];
  /** Counterpart words (نظيره): a role borrowed from the person referred to. */
  counterparts: Set<string>;
  /** First words of every role phrase, for NER trigger features. */
  heads: Set<string>;
  /** Words that may follow a role and belong to it (السابق). */
  modifiers: Set<string>;
  /** Role phrases by their first word, longest first. */
  byHead: Map<string, string[][]>;
}

let roles: RoleLexicon | null = null;

/** Load data/ner/titles.txt once. */
export function roleLexicon(path = join(DATA_DIR, 'ner', 'titles.txt')): RoleLexicon {
  if (roles && path === join(DATA_DIR, 'ner', 'titles.txt')) return roles;
  const list: string[][] = [];
  const counterparts = new Set<string>();
  const modifiers = new Set<string>();
  let section = '';
  for (const line of dataLines(path)) {
    if (/^\[\w+\]$/.test(line)) {
      section = line.slice(1, -1);
      continue;
    }
    const words = phraseWords(line);
    if (section === 'counterpart') counterparts.add(words.join(' '));
    else if (section === 'modifier') for (const w of words) modifiers.add(w);
    else list.push(words);
  }
  list.sort((a, b) => b.length - a.length);
  const byHead = new Map<string, string[][]>();
  for (const r of list) byHead.set(r[0], [...(byHead.get(r[0]) ?? []), r]);
  const lex = { roles: list, counterparts, heads: new Set(list.map((r) => r[0])), modifiers, byHead };
  roles = lex;
  return lex;
}

/** One alias group: every form names the same organisation or place. */
export interface AliasGroup {
  type: string;
  canonical: string;
  forms: string[];
}

/** Load data/ner/aliases.txt. */
export function aliasGroups(path = join(DATA_DIR, 'ner', 'aliases.txt')): AliasGroup[] {
  return dataLines(path).map((line) => {
    const [type, canonical, ...aliases] = line.split('\t').map((s) => s.trim());
    return { type, canonical, forms: [canonical, ...aliases].filter(Boolean) };
  });
}

/** Load data/ner/cues.txt: match-normalized word → the type of name it opens (ORG, LOC). */
export function cueWords(path = join(DATA_DIR, 'ner', 'cues.txt')): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of dataLines(path)) {
    const [type, phrase] = line.split('\t').map((s) => s.trim());
    for (const w of phraseWords(phrase)) out.set(w, type);
  }
  return out;
}
