/**
 * From NER chunks over article tokens to mention spans in the body, with joined conjunctions
 * and prepositions kept out of the span (لبوتين → بوتين, وواشنطن → واشنطن) while the article
 * stays (البيت). The split comes from the text core's stemmer; when the stemmer keeps an
 * unknown name whole, the remainder is still cut off if the article or the model's name list
 * shows it standing alone, using the text core's own particle list.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityType, Mention, Token } from '../../doc/types.ts';
import { normalizeText } from '../../text/index.ts';
import { readGroups } from '../../text/lexicon.ts';
import { DATA_DIR } from '../../util/paths.ts';
import { originalPrefixLength, splitClitics } from '../ner/clitics.ts';
import { dictionaryClass } from '../ner/features.ts';
import { dataLines } from '../ner/lexicon.ts';

let particles: string[] | null = null;

/** The text core's joined conjunctions and prepositions (match-normalized), longest first. */
function particleList(): string[] {
  if (!particles) {
    const group = readGroups('affixes-ar.txt').get('particle') ?? [];
    particles = [...new Set(group.map((p) => normalizeText(p, 'match')))].sort((a, b) => b.length - a.length);
  }
  return particles;
}

/**
 * Evidence that a word stands alone as a name: words of the article, the model's names (from
 * training text, where "بطنجة" is a place with its ب), and the gazetteer's names (curated).
 */
export interface NameEvidence {
  articleWords: Set<string>;
  nameWords: Set<string>;
  gazetteer?: { get(word: string): readonly string[] | undefined };
}

const MIN_NAME = 3;

/** Particles a head noun may carry joined to it (ووزارة، لمحكمة، بشارع، لإذاعة، وبوزارة). */
export const JOINED_PARTICLE = /^(?:[وف]?[بلك]|[وف])/;

/** ال and at least a three-letter stem: a definite noun, never a name's first letters. */
function isDefinite(core: string): boolean {
  return core.startsWith('ال') && core.length >= 2 + MIN_NAME;
}

/**
 * The gazetteer lists the match-normalized word as a place. Places only: a place behind a
 * preposition is everyday (بطهران), while the persons' list holds short foreign names that end
 * many other names (ايدن in بايدن).
 */
export function listedPlace(ev: NameEvidence, word: string): boolean {
  return ev.gazetteer?.get(word)?.includes('LOC') === true || placeWords().has(word);
}

/**
 * A definite nisba adjective of a listed country or town (التركي، الهندي، الأمريكية): it says
 * where a place or body is, and is no part of a place's name ("ميناء جيهان التركي").
 */
export function isNationality(norm: string): boolean {
  const m = /^ال(\S{2,}?)(?:يه|يين|يون|ي)$/.exec(norm);
  if (!m) return false;
  const base = m[1];
  return [base, `${base}ا`, `${base}يا`, `ال${base}`, `ال${base}يه`, `${base}يه`].some((w) =>
    placeWords().has(w),
  );
}

/** A one-word name of data/ner/places.txt (match-normalized), common words included (ظفار). */
export function isListedPlaceWord(norm: string): boolean {
  return placeWords().has(norm);
}

/** A line of data/ner/places.txt: the name as written, and whether it is under [strong]. */
export interface ListedPlace {
  form: string;
  strong: boolean;
}

let placeList: ListedPlace[] | null = null;

/** The names of data/ner/places.txt, read once (the alias search and the particle rule share them). */
export function listedPlaces(): ListedPlace[] {
  if (!placeList) {
    const path = join(DATA_DIR, 'ner', 'places.txt');
    let strong = false;
    placeList = [];
    for (const form of existsSync(path) ? dataLines(path) : []) {
      if (form === '[strong]') strong = true;
      else placeList.push({ form, strong });
    }
  }
  return placeList;
}

let places: Set<string> | null = null;

/** One-word names of data/ner/places.txt, match-normalized (common words of [strong] left out). */
function placeWords(): Set<string> {
  places ??= new Set(
    listedPlaces()
      .filter((p) => !p.strong)
      .map((p) => normalizeText(p.form, 'match'))
      .filter((w) => w && !w.includes(' ')),
  );
  return places;
}

/** Normalized length of the particle to cut from a mention's first word (0 when none). */
export function particleLength(word: string, ev: NameEvidence): number {
  const split = splitClitics(word);
  const n = split.norm;
  const gazetteer = (w: string) => listedPlace(ev, w);
  const alone = (w: string) => w !== n && ev.articleWords.has(w);
  // A listed place whole (كسلا) is no particle + another listed place (سلا); behind particles,
  // the longest listed rest is the place (ولحج is و + لحج, not ول + حج).
  if (gazetteer(n)) return 0;
  const behind = particleList().findLast(
    (p) => n.startsWith(p) && n.length - p.length >= MIN_NAME && gazetteer(n.slice(p.length)),
  );
  if (behind) return behind.length;
  // A listed place or name whole (لبنان) stays whole; the training text's names keep their
  // joined particles ("بطنجة"), so a listed name behind a particle (طنجة) is cut out of them.
  const listed = (w: string) => !gazetteer(n) && gazetteer(w);
  // The whole word is a word or a name we know (وزارة, لبنان): cut only when the rest stands alone.
  const whole = ev.nameWords.has(n) || dictionaryClass(word, 0) !== '-';
  if (split.particle) {
    const core = split.core;
    if (whole) return alone(core) || listed(core) ? split.particle.length : 0;
    // An unknown word after ب whose rest is unknown too is a name of its own (بنعلي, not ب +
    // نعلي); other particles before an unknown word are cut (ولوغانسك), and so is one before a
    // rest with its own article (بالكرملين).
    const known = alone(core) || ev.nameWords.has(core) || gazetteer(core) || isDefinite(core);
    return known || !split.particle.endsWith('ب') ? split.particle.length : 0;
  }
  for (const p of particleList()) {
    const rest = n.slice(p.length);
    if (!n.startsWith(p) || rest.length < MIN_NAME) continue;
    if (whole ? listed(rest) : alone(rest) || ev.nameWords.has(rest) || gazetteer(rest)) return p.length;
  }
  return 0;
}

/** A mention for tokens [from, to) of `tokens`, its first word's particle cut off. */
export function mentionOf(
  body: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  type: EntityType,
  ev: NameEvidence,
): Mention | null {
  const first = tokens[from];
  const m = spanMention(body, tokens, from, to, type, particleLength(first.text, ev));
  return m.end <= m.start ? null : m;
}

/**
 * The mention of tokens [from, to) with the first word's joined particle cut: `particle` is its
 * match-normalized length, mapped back to the word as written.
 */
export function spanMention(
  body: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  type: EntityType,
  particle = 0,
): Mention {
  const start = tokens[from].start + originalPrefixLength(tokens[from].text, particle);
  const end = tokens[to - 1].end;
  return { start, end, text: body.slice(start, end), type };
}

/** Chunks of IOB2 labels as [from, to, type] over token indices. */
export function labelChunks(labels: readonly string[]): Array<[number, number, EntityType]> {
  const out: Array<[number, number, EntityType]> = [];
  let i = 0;
  while (i < labels.length) {
    if (labels[i] === 'O') {
      i++;
      continue;
    }
    const type = labels[i].slice(2) as EntityType;
    let j = i + 1;
    while (j < labels.length && labels[j] === `I-${type}`) j++;
    out.push([i, j, type]);
    i = j;
  }
  return out;
}
