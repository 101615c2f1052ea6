/**
 * A person's given name the tagger left out ("شريف منصور" tagged as منصور alone): the word just
 * before a person chunk joins it when it is a common given name (data/ner/given-names.txt).
 * Only given names: the gazetteer's person words also hold family names that are common nouns
 * ("عودة أردوغان" is Erdogan's return), which made such a rule wrong.
 * And the other way round, a family name the tagger left out after a given name ("يوسف بنعلي"
 * tagged as يوسف alone): news names a person in full at least once, so the word right after a
 * chunk that ends in a given name joins it unless it is a word that cannot be a name there.
 * And a given name followed by a word no dictionary knows ("آنا ريختر") is a person even where
 * the tagger saw nothing: a foreign family name is the usual such word.
 * And a person the tagger ran into an organisation's name ("منظمة الصحة العالمية رنا الخطيب",
 * the spokeswoman after the body she speaks for) is split off it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Token } from '../../doc/types.ts';
import { normalizeText } from '../../text/index.ts';
import { stopwordSet } from '../../text/lexicon.ts';
import { DATA_DIR } from '../../util/paths.ts';
import { findDates } from '../dates/find.ts';
import { splitClitics } from '../ner/clitics.ts';
import { dictionaryClass } from '../ner/features.ts';

/** The names, normalized; `maqsura`: those written with a final ى (ليلى), which matching folds into ي. */
let names: { all: Set<string>; maqsura: Set<string> } | null = null;

function givenNames(): { all: Set<string>; maqsura: Set<string> } {
  if (names) return names;
  const lines = readFileSync(resolve(DATA_DIR, 'ner', 'given-names.txt'), 'utf8').split('\n');
  const words = lines.map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const key = (w: string) => normalizeText(w, 'match');
  names = { all: new Set(words.map(key)), maqsura: new Set(words.filter((w) => w.endsWith('ى')).map(key)) };
  return names;
}

/** The word is a common given name (written with a final ى only if the name is so written). */
export function isGivenName(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const { all, maqsura } = givenNames();
  const key = normalizeText(t.text, 'match');
  // Written with a final ى, the word is one of the names so written, not على folded into علي.
  if (/ى[\u064B-\u0652]*$/u.test(t.text)) return maqsura.has(key);
  return all.has(key);
}

/**
 * The chunk's start moved back over a given name or a name link (ولد أحمدو، بن علي) and the given
 * name before that link, or unchanged (`taken`: the word before is in a mention).
 */
export function withGivenName(tokens: readonly Token[], from: number, taken: boolean): number {
  if (from === 0 || taken) return from;
  if (isNameLink(tokens[from - 1]) && from - 1 > 0 && isGivenName(tokens[from - 2])) return from - 2;
  return isGivenName(tokens[from - 1]) || isNameLink(tokens[from - 1]) ? from - 1 : from;
}

/**
 * The chunk's start moved back over the one word between a title and the person the tagger found
 * ("المدرس آرام جلال نوري": آرام is the given name, unknown to the tagger), or unchanged: the word
 * must be free, indefinite and able to be part of a name.
 */
export function withTitledName(
  tokens: readonly Token[],
  from: number,
  free: (i: number) => boolean,
  roleHeads: ReadonlySet<string>,
  titled: (i: number) => boolean,
): number {
  const i = from - 1;
  if (i < 1 || !free(i) || !titled(i) || /^(?:و?ال|لل)/.test(tokens[i].norm)) return from;
  return canBeFamilyName(tokens[i], roleHeads, true) ? i : from;
}

/**
 * Words that open a compound name and take the next word with them (عبد الله، أبو علي); ولد is
 * "son of" in Mauritanian names (سيدي محمد ولد أباه).
 */
const NAME_LINKS = new Set(['عبد', 'ابو', 'بن', 'ابن', 'بو', 'ولد']);

/** The word links a compound name to the next word (عبد، أبو، بن). */
export function isNameLink(t: Token | undefined): boolean {
  return t?.kind === 'word' && NAME_LINKS.has(t.norm);
}

const dateWords = new Map<string, boolean>();

/** The word alone reads as a date ("الأربعاء"); memoized, since the date search is costly. */
function isDateWord(norm: string): boolean {
  let known = dateWords.get(norm);
  if (known === undefined) {
    if (dateWords.size > 50_000) dateWords.clear();
    known = findDates(norm).length > 0;
    dateWords.set(norm, known);
  }
  return known;
}

/**
 * Whether a word after a given name can be the family name: an Arabic word, not a stop word, a
 * date word ("الأربعاء"), a role ("الرئيس") nor a participle of speech ("مضيفا"). `tagged`: the
 * tagger put the word in the name, which is evidence enough; otherwise the word must also not
 * be a verb the dictionary knows, nor a known word behind a joined particle ("للصحفيين").
 */
export function canBeFamilyName(t: Token, roleHeads: ReadonlySet<string>, tagged: boolean): boolean {
  if (t.kind !== 'word' || !/^\p{Script=Arabic}+$/u.test(t.text) || t.norm.length < 3) return false;
  if (stopwordSet().has(t.norm) || roleHeads.has(t.norm) || isDateWord(t.norm)) return false;
  if (/^م.{2,4}ا$/.test(t.norm) || t.norm === 'قايلا') return false;
  if (isAdverb(t)) return false;
  if (tagged) return true;
  const split = splitClitics(t.text, t.norm);
  if (split.particle && dictionaryClass(t.text, split.particle.length) !== '-') return false;
  return dictionaryClass(t.text, 0) === '-';
}

/**
 * A noun with the accusative alif: an adverb of time or manner (صباحا، رسميا), never a family
 * name. Short words and nouns that are also verbs are left alone (رضا is a name).
 */
export function isAdverb(t: Token): boolean {
  return t.norm.length >= 4 && t.norm.endsWith('ا') && dictionaryClass(t.text.slice(0, -1), 0) === 'N';
}

/**
 * The chunk's end moved over the family name after a given name, or unchanged. `to`: the end of
 * the chunk; `limit`: the end of the sentence; `free(i)`: token i is not in another chunk.
 */
export function withFamilyName(
  tokens: readonly Token[],
  [from, to]: [number, number],
  limit: number,
  free: (i: number) => boolean,
  roleHeads: ReadonlySet<string>,
  titled = false,
): number {
  // A lone given name only, or a compound one (عبد الوافي): "يوسف بن علي" already has its
  // family name.
  const lone = to - from === 1 && isGivenName(tokens[from]);
  const compound = to - from === 2 && tokens[from].norm === 'عبد';
  if ((!lone && !compound) || to >= limit || !free(to)) return to;
  const next = tokens[to];
  if (NAME_LINKS.has(next.norm)) {
    const after = tokens[to + 1];
    return to + 1 < limit && free(to + 1) && after && canBeFamilyName(after, roleHeads, titled) ? to + 2 : to;
  }
  return canBeFamilyName(next, roleHeads, titled) ? to + 1 : to;
}

/** Words of a name set off by commas, at most ("، دلشاد كريم زنكنة،"). */
const MAX_APPOSITION_WORDS = 4;

/** A comma-like token that sets off an apposition. */
function isComma(t: Token | undefined): boolean {
  return t?.kind === 'punct' && /^[،,]$/.test(t.text);
}

/** An imperfect verb with an object pronoun ("، يرافقه X،"): no part of a name. */
function isVerbWithObject(t: Token): boolean {
  return /^[يت]\S{2,}(?:ه|ها|هم|هما)$/.test(t.norm);
}

/**
 * A person chunk [from, to) set off by commas after a role ("المتحدث باسم الوزارة، دلشاد كريم
 * زنكنة، أن"): the whole segment between the commas is the name, the words the tagger left out
 * at either end included (the given name دلشاد, a family name that is also a word such as
 * شوقي), when it has at most MAX_APPOSITION_WORDS words and each can be part of a name. A
 * title at the segment's start (`titled(i)`: a role phrase ends before token i) stays out of
 * the name; `free(i)`: token i is in no other chunk.
 * Returns the new [from, to], or the chunk unchanged.
 */
export function withApposition(
  tokens: readonly Token[],
  [from, to]: [number, number],
  [first, limit]: [number, number],
  free: (i: number) => boolean,
  roleHeads: ReadonlySet<string>,
  titled: (i: number) => boolean,
): [number, number] {
  // no further than a segment may reach: the walk stays short in long sentences
  const reach = MAX_APPOSITION_WORDS + 1;
  let start = from;
  while (start > first && to - start <= reach && !isComma(tokens[start - 1]) && !titled(start)) start--;
  let end = to;
  while (end < limit && end - from <= reach && !isComma(tokens[end]) && tokens[end].kind !== 'punct') end++;
  const opened = start > first && (isComma(tokens[start - 1]) || titled(start));
  if (!opened || !isComma(tokens[end]) || end - start > MAX_APPOSITION_WORDS) return [from, to];
  for (let i = start; i < end; i++) {
    if (i >= from && i < to) continue;
    if (!free(i) || isVerbWithObject(tokens[i])) return [from, to];
    // before the name only given names and compounds: a definite word there is a description
    // ("، الفرنسي ستيفان لوران،") or the end of a role ("مدير المكتب كارين دوبوا")
    if (i < from && /^(?:و?ال|لل)/.test(tokens[i].norm)) return [from, to];
    if (!(isNameLink(tokens[i]) || canBeFamilyName(tokens[i], roleHeads, true))) return [from, to];
  }
  return [start, end];
}

/** Words of a foreign name after a title, at most ("وزيرة الخارجية الألمانية أنالينا بيربوك"). */
const MAX_TITLED_FOREIGN = 3;

/** A word no dictionary knows, in Arabic letters, no stop word, without ال: likely a foreign name. */
function isUnknownName(t: Token | undefined, roleHeads: ReadonlySet<string>): boolean {
  if (t?.kind !== 'word' || t.norm.startsWith('ال') || t.norm.length < 3) return false;
  // the dictionary lookup is cached and rules out most words before the date search
  if (dictionaryClass(t.text, 0) !== '-') return false;
  return canBeFamilyName(t, roleHeads, false) && !isVerbWithObject(t);
}

/**
 * Tag as a person two or three words no dictionary knows right after a title (`titled(i)`): a
 * foreign name the tagger never saw ("وزيرة الخارجية الألمانية أنالينا بيربوك"). `labels`: the
 * tagger's IOB2 labels of tokens [from, from + labels.length), changed in place.
 */
export function tagTitledNames(
  tokens: readonly Token[],
  from: number,
  labels: string[],
  roleHeads: ReadonlySet<string>,
  titled: (i: number) => boolean,
): void {
  for (let k = 0; k + 1 < labels.length; k++) {
    // the cheap tests first: a title lookup scans the role phrases before the word
    if (labels[k] !== 'O' || labels[k + 1] !== 'O') continue;
    if (!isUnknownName(tokens[from + k], roleHeads) || !isUnknownName(tokens[from + k + 1], roleHeads))
      continue;
    if (!titled(from + k)) continue;
    let end = k;
    while (
      end < labels.length &&
      end - k < MAX_TITLED_FOREIGN &&
      labels[end] === 'O' &&
      isUnknownName(tokens[from + end], roleHeads)
    )
      end++;
    if (end - k < 2) continue;
    labels[k] = 'B-PER';
    for (let i = k + 1; i < end; i++) labels[i] = 'I-PER';
    k = end - 1;
  }
}

/**
 * Tag as a person the given names the tagger left out whose next word can only be a family
 * name (see canBeFamilyName, untagged), or, right after a title (`titled(i)`: a role phrase
 * ends before token i), whose next word can be one at all: "رجل الأعمال شريف منصور" names a
 * man though منصور is also an adjective. `labels`: the tagger's IOB2 labels of tokens
 * [from, from + labels.length), changed in place.
 */
export function tagGivenNames(
  tokens: readonly Token[],
  from: number,
  labels: string[],
  roleHeads: ReadonlySet<string>,
  titled: (i: number) => boolean = () => false,
): void {
  for (let k = 0; k + 1 < labels.length; k++) {
    if (labels[k] !== 'O' || labels[k + 1] !== 'O' || !isGivenName(tokens[from + k])) continue;
    const end = withFamilyName(
      tokens,
      [from + k, from + k + 1],
      from + labels.length,
      (i) => labels[i - from] === 'O',
      roleHeads,
      titled(from + k),
    );
    if (end === from + k + 1) continue;
    labels[k] = 'B-PER';
    for (let i = from + k + 1; i < end; i++) labels[i - from] = 'I-PER';
    k = end - from - 1;
  }
}

/**
 * Where a person starts inside an organisation or place chunk [from, to): a given name with a
 * family name after it, right after a definite word that is not a role. A definite word closes
 * a name (العالمية), where an indefinite head takes a person as its genitive (مؤسسة محمد بن
 * راشد) and a title keeps its holder (جامعة الملك سعود). Returns the index, or -1.
 */
export function personInside(
  tokens: readonly Token[],
  [from, to]: [number, number],
  roleHeads: ReadonlySet<string>,
): number {
  for (let i = from + 1; i + 1 < to; i++) {
    const before = tokens[i - 1];
    if (!before.norm.startsWith('ال') || roleHeads.has(before.norm)) continue;
    if (isGivenName(tokens[i]) && canBeFamilyName(tokens[i + 1], roleHeads, true)) return i;
  }
  return -1;
}

/**
 * The chunk's end moved over a nisba family name after a name of two words or more ("محمد
 * شياع السوداني"), or unchanged: a nationality comes before a name in news ("العراقي محمد"),
 * so a nisba right after a full name is its last part. Not a role, a date or a stop word.
 */
export function withNisba(
  tokens: readonly Token[],
  [from, to]: [number, number],
  limit: number,
  free: (i: number) => boolean,
  roleHeads: ReadonlySet<string>,
): number {
  if (to - from < 2 || to >= limit || !free(to)) return to;
  const next = tokens[to];
  if (!/^ال\S{3,}ي$/.test(next.norm) || /ي$/.test(tokens[to - 1].norm)) return to;
  return canBeFamilyName(next, roleHeads, true) ? to + 1 : to;
}
