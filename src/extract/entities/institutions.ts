/**
 * Institutions named by a generic head noun and its modifiers: وزارة الصحة، محكمة النقض، مجلس
 * النواب، النيابة العامة، مصرف لبنان، المديرية العامة للأرصاد الجوية. News names them all the
 * time, and the tagger, which learned names rather than noun phrases, mostly misses them. The
 * heads are data (data/ner/institution-heads.txt); the name runs over the definite words after
 * the head ("للأرصاد" and "والسكان" included), or ends with one place name, up to four words.
 */
import { join } from 'node:path';
import type { Token } from '../../doc/types.ts';
import { DATA_DIR } from '../../util/paths.ts';
import { dataLines, phraseWords } from '../ner/lexicon.ts';
import { mentionOf, type NameEvidence } from './spans.ts';
import type { Placed } from './titles.ts';

/** Words after the head, at most. */
const MAX_MODIFIERS = 4;
/** Particles that may be joined to a head (ووزارة، لمحكمة، بمجلس، وبوزارة). */
const JOINED = /^(?:[وف]?[بلك]|[وف])/;

let heads: { bare: Set<string>; definite: Set<string> } | null = null;

function headSets(): { bare: Set<string>; definite: Set<string> } {
  if (!heads) {
    const words = dataLines(join(DATA_DIR, 'ner', 'institution-heads.txt')).flatMap(phraseWords);
    heads = {
      bare: new Set(words.filter((w) => !w.startsWith('ال'))),
      definite: new Set(words.filter((w) => w.startsWith('ال'))),
    };
  }
  return heads;
}

/** Whether token `t` is a head noun (a joined particle allowed). */
function isHead(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const { bare, definite } = headSets();
  const n = t.norm;
  if (bare.has(n) || definite.has(n)) return true;
  const particle = JOINED.exec(n)?.[0] ?? '';
  const rest = n.slice(particle.length);
  if (!particle || rest.length < 3) return false;
  // لل joined to a definite head: "للنيابة" is ل + النيابة
  return (
    bare.has(rest) || definite.has(rest) || (particle.endsWith('ل') && definite.has(`ال${rest.slice(1)}`))
  );
}

/** A definite word that continues a name: "الصحة", "للأرصاد", "والسكان". */
function isModifier(t: Token): boolean {
  return t.kind === 'word' && /^(?:و?ال|لل)\S{2,}/.test(t.norm);
}

/** End (exclusive) of the institution opened by the head at `i`, or -1. */
function institutionEnd(tokens: readonly Token[], i: number, placeAt: Map<number, number>): number {
  let j = i + 1;
  while (j < tokens.length && j - i <= MAX_MODIFIERS) {
    const place = placeAt.get(j);
    if (place !== undefined) return place;
    // "والسكان" continues a name only after a first modifier ("وزارة الصحة والسكان")
    if (!isModifier(tokens[j]) || (j === i + 1 && tokens[j].norm.startsWith('و'))) break;
    j++;
  }
  return j > i + 1 ? j : -1;
}

/**
 * Add the institutions of an article to its mentions. A mention inside an institution's name
 * (لبنان in مصرف لبنان) gives way to it; one that reaches outside it wins.
 */
export function findInstitutions(
  body: string,
  tokens: readonly Token[],
  placed: Placed[],
  ev: NameEvidence,
): Placed[] {
  const owner = new Int32Array(tokens.length).fill(-1);
  placed.forEach((p, k) => {
    owner.fill(k, p.from, p.to);
  });
  const placeAt = new Map<number, number>();
  for (const p of placed) if (p.mention.type === 'LOC') placeAt.set(p.from, p.to);
  const dropped = new Set<number>();
  const added: Placed[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isHead(tokens[i]) || owner[i] !== -1) continue;
    const end = institutionEnd(tokens, i, placeAt);
    if (end < 0) continue;
    const inside = new Set<number>();
    for (let k = i; k < end; k++) if (owner[k] !== -1) inside.add(owner[k]);
    if ([...inside].some((k) => placed[k].from < i || placed[k].to > end)) continue;
    const mention = mentionOf(body, tokens, i, end, 'ORG', ev);
    if (!mention) continue;
    for (const k of inside) dropped.add(k);
    added.push({ mention, from: i, to: end });
    i = end - 1;
  }
  return [...placed.filter((_, k) => !dropped.has(k)), ...added].sort((a, b) => a.from - b.from);
}
