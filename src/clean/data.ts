/**
 * The cleaning stage's word lists, loaded once from data/clean/ (each file starts with `#`
 * header lines saying what it is). Code holds no Arabic phrases: they are all here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeText } from '../text/index.ts';
import { DATA_DIR } from '../util/paths.ts';

/** Non-comment, non-blank lines of data/clean/<name>, trimmed. */
export function dataLines(name: string): string[] {
  return readFileSync(join(DATA_DIR, 'clean', name), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** Normalized, lower-cased form used for every phrase comparison in cleaning. */
export function phraseKey(text: string): string {
  return normalizeText(text, 'search').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Class/id token tables. */
export interface ClassTokens {
  positive: Set<string>;
  negative: Set<string>;
  drop: Set<string>;
}

/** A phrase rule of line-phrases.txt: where it must match, and the removal kind it gives. */
export interface PhraseRule {
  kind: string;
  where: 'start' | 'any' | 'whole' | 'end';
  phrase: string;
}

/** One wire agency: canonical name and every way it is written. */
export interface Agency {
  name: string;
  variants: string[];
}

export interface CleanData {
  classTokens: ClassTokens;
  linePhrases: PhraseRule[];
  captionMarkers: PhraseRule[];
  agencies: Agency[];
  outlets: Array<[string, string]>;
  speechVerbs: Set<string>;
  connectives: string[];
  titleSeparators: string[];
}

function prefixed(line: string, kind: string): PhraseRule {
  const where = line.startsWith('^')
    ? 'start'
    : line.startsWith('=')
      ? 'whole'
      : line.startsWith('$')
        ? 'end'
        : 'any';
  const phrase = phraseKey(where === 'any' ? line : line.slice(1));
  return { kind, where, phrase };
}

function load(): CleanData {
  const classTokens: ClassTokens = { positive: new Set(), negative: new Set(), drop: new Set() };
  for (const line of dataLines('class-tokens.txt')) {
    const [kind, token] = line.split(/\s+/);
    classTokens[kind as keyof ClassTokens]?.add(token.toLowerCase());
  }
  const linePhrases = dataLines('line-phrases.txt').map((l) => {
    const [kind, phrase] = l.split('\t');
    return prefixed(phrase, kind);
  });
  const captionMarkers = dataLines('caption-markers.txt').map((l) => prefixed(l, 'caption'));
  const agencies = dataLines('wire-agencies.txt').map((l) => {
    const variants = l
      .split('|')
      .map((v) => v.trim())
      .filter(Boolean);
    return { name: variants[0], variants };
  });
  const outlets = dataLines('outlets.tsv').map((l) => l.split('\t') as [string, string]);
  return {
    classTokens,
    linePhrases,
    captionMarkers,
    agencies,
    outlets,
    speechVerbs: new Set(dataLines('speech-verbs.txt').map(phraseKey)),
    connectives: dataLines('connectives.txt').map(phraseKey),
    titleSeparators: dataLines('title-separators.txt'),
  };
}

let cached: CleanData | null = null;

/** The cleaning data, loaded on first use. */
export function cleanData(): CleanData {
  cached ??= load();
  return cached;
}
