/**
 * One name, one reading per article: when the model tagged a word as a name somewhere in the
 * article (بوتين as PER), later or earlier occurrences it missed (لبوتين, بوتين at a sentence
 * start) are tagged too, and a word tagged with several types takes the one most of its
 * mentions give it. This is the document-level consistency a sentence tagger lacks.
 */
import type { EntityType, Token } from '../../doc/types.ts';
import { stopwordSet } from '../../text/lexicon.ts';
import { mentionOf, type NameEvidence, particleLength } from './spans.ts';
import type { Placed } from './titles.ts';

const MIN_LENGTH = 3;
/** How many single-word votes the surname of one full person name outweighs. */
const SURNAME_WEIGHT = 3;

/** The word without the particle the span would leave out. */
function coreOf(t: Token, ev: NameEvidence): string {
  return t.norm.slice(particleLength(t.text, ev));
}

/** Words the model tagged as single-word names, or as the last word of a person's name. */
function taggedWords(
  tokens: readonly Token[],
  placed: readonly Placed[],
  ev: NameEvidence,
): Map<string, EntityType> {
  const votes = new Map<string, Map<EntityType, number>>();
  const vote = (w: string, type: EntityType, weight: number) => {
    if (w.length < MIN_LENGTH || stopwordSet().has(w)) return;
    const v = votes.get(w) ?? new Map<EntityType, number>();
    v.set(type, (v.get(type) ?? 0) + weight);
    votes.set(w, v);
  };
  for (const p of placed) {
    const type = p.mention.type;
    if (p.to - p.from === 1) vote(coreOf(tokens[p.from], ev), type, 1);
    // A full name is strong evidence: its surname alone elsewhere is that person.
    else if (type === 'PER') vote(tokens[p.to - 1].norm, type, SURNAME_WEIGHT);
  }
  const out = new Map<string, EntityType>();
  for (const [w, v] of votes) out.set(w, [...v].sort((a, b) => b[1] - a[1])[0][0]);
  return out;
}

/** Mentions for untagged tokens whose word the model tagged elsewhere in the article. */
export function propagateNames(
  body: string,
  tokens: readonly Token[],
  placed: Placed[],
  ev: NameEvidence,
): Placed[] {
  const words = taggedWords(tokens, placed, ev);
  if (!words.size) return placed;
  // One word, one type in an article: single-word mentions take the word's majority type.
  for (const p of placed) {
    if (p.to - p.from !== 1) continue;
    const type = words.get(coreOf(tokens[p.from], ev));
    if (type) p.mention.type = type;
  }
  const covered = new Uint8Array(tokens.length);
  for (const p of placed) covered.fill(1, p.from, p.to);
  const added: Placed[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || tokens[i].kind !== 'word') continue;
    const norm = tokens[i].norm;
    // Cutting a particle leaves a tagged word only if the word ends with one: checking that
    // first spares the clitic analysis of almost every word (it was 7% of the whole pipeline).
    const type =
      words.get(norm) ?? (endsWithTagged(norm, words) ? words.get(coreOf(tokens[i], ev)) : undefined);
    if (!type) continue;
    const mention = mentionOf(body, tokens, i, i + 1, type, ev);
    if (mention) added.push({ mention, from: i, to: i + 1 });
  }
  return added.length ? [...placed, ...added].sort((a, b) => a.from - b.from) : placed;
}

/** Longest particle a name's first word may carry ("وبال", normalized). */
const MAX_PARTICLE = 4;

/** Whether `norm` without a particle of up to MAX_PARTICLE letters could be a tagged word. */
function endsWithTagged(norm: string, words: Map<string, EntityType>): boolean {
  for (let k = 1; k <= MAX_PARTICLE && k < norm.length; k++) if (words.has(norm.slice(k))) return true;
  return false;
}
