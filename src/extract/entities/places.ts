/**
 * Places named after a person, a town or a number: شارع عبد الله غوشة، طريق الملك فهد، سجن برج
 * العرب، معبر رفح، الدوار السابع. Local news gives every direction by such names, and the tagger,
 * seeing the person or town inside, takes the whole for that. The heads are data
 * (data/ner/place-heads.txt). A head followed by a mention, or by up to two title words and a
 * person, becomes one place over both, with the nisba adjectives after it (مطار ... الدولي); a
 * head with ال followed by an ordinal is a place of its own.
 */
import { join } from 'node:path';
import type { Token } from '../../doc/types.ts';
import { stopwordSet } from '../../text/lexicon.ts';
import { DATA_DIR } from '../../util/paths.ts';
import { dataSections } from '../ner/lexicon.ts';
import { isNationality, JOINED_PARTICLE, spanMention } from './spans.ts';
import type { Placed } from './titles.ts';

interface PlaceHeads {
  heads: Set<string>;
  /** Heads of organisations named after a person or a place (جامعة الملك سعود). */
  bodies: Set<string>;
  /** Words after which a listed place that is also a common word is the place (جنوب، محافظة). */
  cues: Set<string>;
  /** Prepositions after which it is too, unless it is an everyday word first (في، إلى). */
  prepositions: Set<string>;
  ordinalHeads: Set<string>;
  ordinals: Set<string>;
  not: Set<string>;
  /** Heads a definite word after them names too (مستشفى الثورة). */
  facilities: Set<string>;
  /** Definite words that name no facility (العاصمة). */
  generic: Set<string>;
  /** Adjectives of a place's name that are not nisba-shaped (العام، الكبير). */
  adjectives: Set<string>;
}

let table: PlaceHeads | null = null;

function placeHeads(): PlaceHeads {
  if (!table) {
    const s = dataSections(join(DATA_DIR, 'ner', 'place-heads.txt'));
    table = {
      heads: new Set([...(s.get('') ?? []), ...(s.get('body') ?? [])]),
      bodies: new Set(s.get('body')),
      cues: new Set(s.get('cue')),
      prepositions: new Set(s.get('preposition')),
      ordinalHeads: new Set(s.get('ordinal')),
      ordinals: new Set(s.get('ordinals')),
      not: new Set(s.get('not')),
      facilities: new Set(s.get('facility')),
      generic: new Set(s.get('generic')),
      adjectives: new Set(s.get('adjective')),
    };
  }
  return table;
}

/**
 * What the word (with or without a joined و) says of a place after it: 'cue' (جنوب، محافظة),
 * 'preposition' (في، إلى) or null.
 */
export function placeCue(t: Token | undefined): 'cue' | 'preposition' | null {
  if (t?.kind !== 'word') return null;
  const { cues, prepositions } = placeHeads();
  // with a joined و or preposition: "ومحافظة", "بولاية"
  const joined = JOINED_PARTICLE.exec(t.norm)?.[0] ?? '';
  const forms = [t.norm, t.norm.slice(joined.length)];
  if (forms.some((w) => cues.has(w))) return 'cue';
  return forms.some((w) => prepositions.has(w)) ? 'preposition' : null;
}

/** Title words between a head and the person it is named after (الملك، الشيخ), at most. */
const MAX_TITLE_WORDS = 2;
/** Adjectives a named place takes after its name (الدولي), at most. */
const MAX_ADJECTIVES = 2;

/** Length (match-normalized) of the particle joined to a head at `t`, or -1. */
function headParticle(t: Token, before: Token | undefined): number {
  const { heads, not } = placeHeads();
  if (t.kind !== 'word' || (before && not.has(before.norm))) return -1;
  if (heads.has(t.norm)) return 0;
  const particle = JOINED_PARTICLE.exec(t.norm)?.[0] ?? '';
  return particle && heads.has(t.norm.slice(particle.length)) ? particle.length : -1;
}

/** A definite nisba adjective: الدولي، الكبير is not one (a name's adjectives are nisba). */
function isNisba(t: Token): boolean {
  return t.kind === 'word' && /^ال\S{2,}(?:ي|يه)$/.test(t.norm);
}

/** Tokens [from, to) are title words only (none at all counts). */
function onlyTitles(
  tokens: readonly Token[],
  from: number,
  to: number,
  role: (t: Token) => boolean,
): boolean {
  if (to - from > MAX_TITLE_WORDS) return false;
  for (let j = from; j < to; j++) if (!role(tokens[j])) return false;
  return true;
}

/**
 * End of the place opened by the head at `i`, and the mentions it takes in, or null. `at(j)`:
 * the index of the mention starting at token j; `role(t)`: a title word.
 */
function namedEnd(
  tokens: readonly Token[],
  i: number,
  placed: readonly Placed[],
  at: Map<number, number>,
  role: (t: Token) => boolean,
): { end: number; inside: number } | null {
  let j = i + 1;
  while (j < tokens.length && j - i - 1 < MAX_TITLE_WORDS && !at.has(j) && role(tokens[j])) j++;
  const k = at.get(j);
  if (k === undefined) return null;
  const name = placed[k];
  if (j > i + 1 && name.mention.type !== 'PER') return null;
  return { end: adjectivesEnd(tokens, name.to, placed), inside: k };
}

/**
 * End of the adjectives a place's name takes after token `end` (الدولي، النفطي، العام), at most
 * MAX_ADJECTIVES, up to the next mention. A nationality (التركي) says where the place is and
 * ends it.
 */
function adjectivesEnd(tokens: readonly Token[], end: number, placed: readonly Placed[]): number {
  const next = placed.find((p) => p.from >= end)?.from ?? tokens.length;
  const from = end;
  while (end < next && end - from < MAX_ADJECTIVES && isPlaceAdjective(tokens[end])) end++;
  return end;
}

function isPlaceAdjective(t: Token): boolean {
  return (isNisba(t) || placeHeads().adjectives.has(t.norm)) && !isNationality(t.norm);
}

/**
 * End of a facility named by a definite word after its head at `i` ("مستشفى الثورة العام",
 * "ميناء البريقة النفطي"), or -1: the word is in no mention, no stop or generic word
 * ("مطار العاصمة"), and no nisba (an adjective of the head, "المطار الدولي").
 */
function facilityEnd(
  tokens: readonly Token[],
  i: number,
  particle: number,
  placed: readonly Placed[],
  owned: Int32Array,
): number {
  const { facilities, generic } = placeHeads();
  const name = tokens[i + 1];
  if (!facilities.has(tokens[i].norm.slice(particle)) || !name || owned[i + 1] !== -1) return -1;
  if (name.kind !== 'word' || !/^ال\S{3,}/.test(name.norm) || generic.has(name.norm)) return -1;
  if (stopwordSet().has(name.norm) || isNisba(name)) return -1;
  return adjectivesEnd(tokens, i + 2, placed);
}

/** Direction words among the place cues (جنوب، شمالي). */
const DIRECTION = /^(?:جنوب|شمال|شرق|غرب|وسط)ي?$/;

/**
 * A name the tagger took for a person or left unknown right after a place word ("بولاية ديلاوير",
 * "مدينة X") is a place. Names after a title are no such case: the title stands between.
 */
export function placesAfterCues(tokens: readonly Token[], placed: Placed[]): void {
  for (const p of placed) {
    const type = p.mention.type;
    const before = tokens[p.from - 1];
    if ((type !== 'PER' && type !== 'MISC') || placeCue(before) !== 'cue') continue;
    // a direction is a cue for listed places; a person after one stays ("غرب X" may be a verb's object)
    if (!DIRECTION.test(before.norm.replace(JOINED_PARTICLE, ''))) p.mention.type = 'LOC';
  }
}

/** Add the named places of an article: each takes the place of the mention it is named after. */
export function findNamedPlaces(
  body: string,
  tokens: readonly Token[],
  found: Placed[],
  role: (t: Token) => boolean,
): Placed[] {
  const { ordinalHeads, ordinals, bodies } = placeHeads();
  const owned = new Int32Array(tokens.length).fill(-1);
  found.forEach((p, k) => {
    owned.fill(k, p.from, p.to);
  });
  const at = new Map(found.map((p, k) => [p.from, k]));
  const dropped = new Set<number>();
  const added: Placed[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // The tagger may take the head and its title for a name of their own ("مسجد الشيخ").
    const own = owned[i];
    if (own !== -1 && !(found[own].from === i && onlyTitles(tokens, i + 1, found[own].to, role))) continue;
    let particle = headParticle(tokens[i], tokens[i - 1]);
    let end = -1;
    const named = particle >= 0 ? namedEnd(tokens, i, found, at, role) : null;
    const facility =
      particle >= 0 && !named && own === -1 ? facilityEnd(tokens, i, particle, found, owned) : -1;
    if (named) {
      end = named.end;
      dropped.add(named.inside);
      if (own !== -1) dropped.add(own);
    } else if (facility > 0) end = facility;
    else if (particle >= 0) continue;
    else if (
      ordinalHeads.has(tokens[i].norm) &&
      ordinals.has(tokens[i + 1]?.norm ?? '') &&
      owned[i + 1] === -1
    ) {
      [particle, end] = [0, i + 2];
    } else continue;
    const type = bodies.has(tokens[i].norm.slice(particle)) ? 'ORG' : 'LOC';
    added.push({ mention: spanMention(body, tokens, i, end, type, particle), from: i, to: end });
    i = end - 1;
  }
  return [...found.filter((_, k) => !dropped.has(k)), ...added].sort((a, b) => a.from - b.from);
}
