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
import { DATA_DIR } from '../../util/paths.ts';
import { dataSections } from '../ner/lexicon.ts';
import { JOINED_PARTICLE, spanMention } from './spans.ts';
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
  const forms = t.norm.startsWith('و') ? [t.norm, t.norm.slice(1)] : [t.norm];
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
  let end = name.to;
  const next = placed.find((p) => p.from >= end)?.from ?? tokens.length;
  while (end < next && end - name.to < MAX_ADJECTIVES && isNisba(tokens[end])) end++;
  return { end, inside: k };
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
    if (particle >= 0) {
      const named = namedEnd(tokens, i, found, at, role);
      if (!named) continue;
      end = named.end;
      dropped.add(named.inside);
      if (own !== -1) dropped.add(own);
    } else if (
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
