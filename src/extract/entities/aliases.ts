/**
 * Names from the alias table (data/ner/aliases.txt) and the list of places
 * (data/ner/places.txt) found directly in the text when the tagger missed them: الناتو, حلف
 * شمال الأطلسي, الخارجية الأميركية, أربيل, شط العرب. Longest match first; the first word may
 * carry a joined particle (وحلف, بالأمم via the stemmer's split). A listed place that is also a
 * common word or a name (الطائف "the sect", صلاح الدين) counts only after a place cue (جنوب،
 * محافظة) or a preposition (في، إلى), or joined by و to a place just before (الظهران والدمام),
 * and a one-word one only spelled as listed (hamza and all: "إطار" is no "أطار").
 */
import type { EntityType, Token } from '../../doc/types.ts';
import { stem } from '../../text/index.ts';
import { stopwordSet } from '../../text/lexicon.ts';
import { splitClitics } from '../ner/clitics.ts';
import { dictionaryClass, withoutMarks } from '../ner/features.ts';
import { aliasGroups, phraseWords, roleLexicon } from '../ner/lexicon.ts';
import { knownStem } from './clean.ts';
import { withFamilyName } from './given.ts';
import { placeCue } from './places.ts';
import { JOINED_PARTICLE, listedPlaces, mentionOf, type NameEvidence, particleLength } from './spans.ts';
import type { Placed } from './titles.ts';

interface Listed {
  words: string[];
  /** The form as the list writes it (one word's spelling is checked for common words). */
  form: string;
  type: EntityType;
  /** From the alias table (its type also corrects the tagger's). */
  alias: boolean;
  /** A word of it is also a common word: it needs a place's context. */
  guarded: boolean;
  /** An everyday word first of all: only a region word (not a preposition) gives that context. */
  strong: boolean;
}

interface AliasIndex {
  /** First word → phrases, longest first. */
  byFirst: Map<string, Listed[]>;
}

let index: AliasIndex | null = null;

function aliasIndex(): AliasIndex {
  if (index) return index;
  const byFirst = new Map<string, Listed[]>();
  const add = (form: string, entry: Omit<Listed, 'words' | 'form'>) => {
    const words = phraseWords(form);
    if (!words.length) return;
    const list = byFirst.get(words[0]) ?? [];
    list.push({ words, form, ...entry });
    byFirst.set(words[0], list);
  };
  for (const g of aliasGroups()) {
    for (const form of g.forms)
      add(form, { type: g.type as EntityType, alias: true, guarded: false, strong: false });
  }
  for (const { form, strong } of listedPlaces())
    add(form, { type: 'LOC', alias: false, guarded: strong || isCommon(form), strong });
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  index = { byFirst };
  return index;
}

/**
 * Every word of the name is a stop word or a word the dictionary knows, itself or by its stem
 * (الطائف، العين، عالية، إطار، صلاح الدين): a name with an unknown word in it (مخيم الزعتري) is
 * no common phrase.
 */
function isCommon(form: string): boolean {
  return form.split(/\s+/).every((w) => {
    const split = splitClitics(w);
    return (
      stopwordSet().has(split.norm) ||
      dictionaryClass(w, 0) !== '-' ||
      knownStem(split.stem) ||
      knownStem(stem(split.core.replace(/^ال/, '')))
    );
  });
}

const HAMZA = /[أإآ]/g;
const HAS_HAMZA = /[أإآ]/;

/**
 * A one-word place is written as listed, hamza and all ("في إطار" is no أطار, "بأي" no باي),
 * though a text may leave the hamza out (اربيل for أربيل). A joined particle may stand before it.
 */
function spelledAs(t: Token, form: string): boolean {
  const word = withoutMarks(t.text);
  if (word.endsWith(form)) return true;
  return !HAS_HAMZA.test(word) && word.endsWith(form.replace(HAMZA, 'ا'));
}

/** The word as written is a particle and a stop word or known word ("بأي" is no place باي). */
function commonToken(t: Token): boolean {
  const split = splitClitics(t.text, t.norm);
  if (stopwordSet().has(t.norm) || stopwordSet().has(split.core)) return true;
  return split.particle !== '' && dictionaryClass(t.text, split.particle.length) !== '-';
}

/** The alias-table type of a mention's whole text, if it is a listed form. */
function aliasType(p: Placed, tokens: readonly Token[], ev: NameEvidence): EntityType | null {
  const words = tokens.slice(p.from, p.to).map((t) => t.norm);
  words[0] = words[0].slice(particleLength(tokens[p.from].text, ev));
  for (const cand of aliasIndex().byFirst.get(words[0]) ?? [])
    if (cand.alias && cand.words.length === words.length && cand.words.every((w, k) => w === words[k]))
      return cand.type;
  return null;
}

/** Add alias-table names over tokens no mention covers yet; listed names take the table's type. */
export function findAliases(
  body: string,
  tokens: readonly Token[],
  placed: Placed[],
  ev: NameEvidence,
): Placed[] {
  const covered = new Uint8Array(tokens.length);
  const owner = new Int32Array(tokens.length).fill(-1);
  placed.forEach((p, k) => {
    covered.fill(1, p.from, p.to);
    owner.fill(k, p.from, p.to);
    const type = aliasType(p, tokens, ev);
    if (type) p.mention.type = type;
  });
  // A listed name of two words or more wins over mentions that lie inside it ("منظمة أطباء"
  // found by the tagger in "منظمة أطباء بلا حدود"), not over one reaching outside it.
  const dropped = new Set<number>();
  const inside = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      const o = owner[k];
      if (o !== -1 && (dropped.has(o) || placed[o].from < from || placed[o].to > to)) return false;
    }
    return true;
  };
  const { byFirst } = aliasIndex();
  const added: Placed[] = [];
  const placeEnds = new Set(placed.filter((p) => p.mention.type === 'LOC').map((p) => p.to));
  // A common word is a place after a cue or a preposition (جنوب، في), or joined by و to a place
  // just before it.
  const inPlace = (i: number, strong: boolean) => {
    const cue = placeCue(tokens[i - 1]);
    if (cue === 'cue' || (tokens[i].norm.startsWith('و') && placeEnds.has(i))) return true;
    return cue === 'preposition' && !strong;
  };
  // A person mention that opens with a listed organisation ("حلف الناتو مارك" for "لحلف الناتو
  // مارك روته"): the index of that mention, when [from, to) is its start and it goes on after.
  const personAfter = (from: number, to: number) => {
    const o = owner[from];
    if (o === -1 || dropped.has(o) || placed[o].mention.type !== 'PER') return -1;
    return placed[o].from === from && placed[o].to > to ? o : -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word') continue;
    const t = tokens[i];
    const split = splitClitics(t.text, t.norm);
    // The splitter leaves a particle on a word it does not know (وحلبجة): try the word without it.
    const joined = JOINED_PARTICLE.exec(t.norm)?.[0] ?? '';
    const firsts = new Set([
      t.norm,
      split.core,
      split.prefix ? `ال${split.norm.slice(split.prefix.length)}` : t.norm,
      // a conjunction alone too: "ولحج" is و + لحج, where the pattern takes ول
      /^[وف]/.test(t.norm) ? t.norm.slice(1) : t.norm,
      t.norm.length - joined.length >= 3 ? t.norm.slice(joined.length) : t.norm,
    ]);
    let hit: { len: number; type: EntityType; person?: number } | null = null;
    for (const first of firsts) {
      for (const cand of byFirst.get(first) ?? []) {
        const len = cand.words.length;
        if (hit && hit.len >= len) break;
        if (i + len > tokens.length) continue;
        const over = len >= 2 && !cand.guarded && inside(i, i + len);
        const person = len >= 2 && cand.type === 'ORG' && !over ? personAfter(i, i + len) : -1;
        if (covered[i] && !over && person < 0) continue;
        let ok = true;
        for (let k = 1; k < len && ok; k++)
          ok = (over || person >= 0 || !covered[i + k]) && tokens[i + k].norm === cand.words[k];
        if (!cand.alias && len === 1 && !spelledAs(t, cand.form)) continue;
        const guarded = cand.guarded || (!cand.alias && len === 1 && commonToken(t));
        if (ok && (!guarded || inPlace(i, cand.strong)))
          hit = person >= 0 ? { len, type: cand.type, person } : { len, type: cand.type };
      }
    }
    if (!hit) continue;
    const mention = mentionOf(body, tokens, i, i + hit.len, hit.type, ev);
    if (mention) {
      added.push({ mention, from: i, to: i + hit.len });
      for (let k = i; k < i + hit.len; k++) if (owner[k] !== -1) dropped.add(owner[k]);
      // the person the tagger ran the organisation into keeps the rest ("حلف الناتو | مارك روته")
      // and the family name after a lone given name there ("مارك" -> "مارك روته")
      const rest = hit.person === undefined ? null : placed[hit.person];
      const to =
        rest &&
        withFamilyName(
          tokens,
          [i + hit.len, rest.to],
          tokens.length,
          (k) => !covered[k],
          roleLexicon().heads,
        );
      const tail = rest && to && mentionOf(body, tokens, i + hit.len, to, 'PER', ev);
      if (tail && to) added.push({ mention: { ...rest.mention, ...tail }, from: i + hit.len, to });
    }
    if (mention && hit.type === 'LOC') placeEnds.add(i + hit.len);
    i += hit.len - 1;
  }
  if (!added.length) return placed;
  return [...placed.filter((_, k) => !dropped.has(k)), ...added].sort((a, b) => a.from - b.from);
}
