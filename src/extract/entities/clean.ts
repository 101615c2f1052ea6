/**
 * Clean-up of the tagger's chunks before they become mentions. News text differs from the
 * training corpus, and a linear tagger often pulls a neighbouring verb, preposition or title
 * into a name (أبلغ بايدن, على بايدن, الأوكراني فولوديمير زيلينسكي) or tags an ordinary word
 * (الهاتف). Edges that are such words are trimmed, and a chunk left with only an ordinary word,
 * a role or a number is dropped. A word counts as a name when training or the gazetteer saw it
 * as one; as ordinary when it is a stop word or the dictionary knows it.
 */
import type { EntityType, Token } from '../../doc/types.ts';
import { stem } from '../../text/index.ts';
import { guardNouns, guardVerbs, stopwordSet } from '../../text/lexicon.ts';
import { splitClitics } from '../ner/clitics.ts';
import { dictionaryClass } from '../ner/features.ts';
import type { RoleLexicon } from '../ner/lexicon.ts';
import type { NerModel } from '../ner/model.ts';
import { canBeFamilyName, isAdverb, isGivenName, isNameLink } from './given.ts';
import { isNameHomograph } from './homographs.ts';
import { isQualifier } from './titles.ts';

/** A chunk of token indices [from, to) with its type. */
export type Chunk = [number, number, EntityType];

interface WordView {
  stop: boolean;
  /** Dictionary class of the word itself: N, V, NV or - (see ner/features.ts). */
  dict: string;
  /** The dictionary knows the word or its stem (inflected forms: ممثلين, بسيادة). */
  ordinary: boolean;
  known: boolean;
  solo: boolean;
  role: boolean;
  number: boolean;
  definite: boolean;
}

let roleStems: Set<string> | null = null;

/** Stems of role head words, so that inflected roles (الرئيسين, رئيسي) count as roles. */
function roleStemSet(lex: RoleLexicon): Set<string> {
  roleStems ??= new Set([...lex.heads, ...lex.counterparts].map((w) => stem(w)));
  return roleStems;
}

/** The dictionary knows this stem (stems are match-normalized; the dictionary keeps ة). */
export function knownStem(s: string): boolean {
  const forms = s.endsWith('ه') ? [s, `${s.slice(0, -1)}ة`] : [s];
  return forms.some((f) => guardNouns().has(f) || guardVerbs().has(f));
}

function viewOf(t: Token, model: NerModel, lex: RoleLexicon): WordView {
  const split = splitClitics(t.text, t.norm);
  const gaz = model.ctx.gazetteer.entries;
  const known =
    model.nameWords.has(split.core) || model.nameWords.has(t.norm) || gaz.has(t.norm) || gaz.has(split.core);
  const dict = t.kind === 'word' ? dictionaryClass(t.text, split.particle.length) : '';
  return {
    stop: t.kind === 'punct' || t.kind === 'symbol' || stopwordSet().has(t.norm),
    dict,
    ordinary: t.kind === 'word' && (dict !== '-' || knownStem(split.stem)),
    known,
    solo: model.soloNames.has(split.core) || gaz.has(split.core) || gaz.has(t.norm),
    role:
      lex.heads.has(split.core) ||
      lex.heads.has(t.norm) ||
      lex.counterparts.has(split.core) ||
      roleStemSet(lex).has(split.stem) ||
      isQualifier(t, lex),
    number: t.kind === 'number',
    definite: split.core.startsWith('ال'),
  };
}

/**
 * An edge word that is not part of a name of this type. A leading word that may be a verb
 * (أبلغ بايدن) goes unless a title stands right before the chunk: after الرئيس الأمريكي, جو
 * is a first name even though the dictionary knows it. Leading nouns stay (many first names
 * are nouns); a trailing definite dictionary word after a person's name goes (بوتين الخميس),
 * while an unknown trailing word is kept: surnames are rarely dictionary words with ال.
 */
function strayEdge(v: WordView, type: EntityType, leading: boolean, afterTitle: boolean): boolean {
  if (v.stop || v.dict === 'V') return !(afterTitle && v.dict === 'V' && !v.stop);
  if (type !== 'PER') return false;
  if (leading) return v.role || (v.dict === 'NV' && !v.known && !afterTitle);
  return v.dict !== '-' && v.definite && !v.known;
}

/** Trimmed chunk, or null when nothing name-like is left. */
export function cleanChunk(
  tokens: readonly Token[],
  chunk: Chunk,
  model: NerModel,
  lex: RoleLexicon,
): Chunk | null {
  let [from, to] = chunk;
  const type = chunk[2];
  const view = (i: number) => viewOf(tokens[i], model, lex);
  const afterTitle = from > 0 && view(from - 1).role;
  // A given name spelled like a function word (علي / على) stays at a person's edge.
  const name = (i: number) => type === 'PER' && isNameHomograph(tokens, i, from, to);
  // A common given name opening a person the tagger found is the name, not a stray word the
  // dictionary also knows (ليلى الحمادي: ليلى reads as a noun).
  // So does the first word of a compound (أبو عبيدة), and its second stays (عبد الوافي).
  const given = (i: number) => type === 'PER' && (isGivenName(tokens[i]) || isNameLink(tokens[i]));
  const linked = (i: number) => type === 'PER' && i - 1 >= from && isNameLink(tokens[i - 1]);
  while (to - from > 1 && !name(from) && !given(from) && strayEdge(view(from), type, true, afterTitle))
    from++;
  // The tagger's word after a given name is the family name even when the dictionary knows it
  // as a verb or an adjective (خليل النمري، يوسف بنعلي).
  const family = (i: number) =>
    type === 'PER' &&
    i - 1 >= from &&
    isGivenName(tokens[i - 1]) &&
    canBeFamilyName(tokens[i], lex.heads, true);
  const stray = (i: number) =>
    (type === 'PER' && isAdverb(tokens[i])) ||
    (!family(i) && !linked(i) && strayEdge(view(i), type, false, false));
  while (to - from > 1 && !name(to - 1) && stray(to - 1)) to--;
  const views = Array.from({ length: to - from }, (_, k) => {
    const v = view(from + k);
    return name(from + k) ? { ...v, stop: false } : v;
  });
  if (views[0].number) return null;
  if (views.length === 1 && (views[0].stop || views[0].role || (views[0].ordinary && !views[0].solo)))
    return null;
  // Only ordinary words, none of them ever part of a name: a phrase, not a name (سلامة أراضيها).
  // ... unless a title stands before words no dictionary knows (وزيرة الخارجية الألمانية أنالينا
  // بيربوك: their stems look known, the words are not)
  const titledForeign =
    type === 'PER' && afterTitle && views.length >= 2 && views.every((v) => v.dict === '-' && !v.stop);
  if (!titledForeign && views.every((v) => v.ordinary && !v.known)) return null;
  if (type === 'PER' && views.every((v) => v.role || v.stop)) return null;
  return [from, to, type];
}
