/**
 * Light, clitic-aware stemming guarded by a lexicon. A `Stemmer` is one interface with
 * several implementations (this one, the Snowball adapter), all run through one contract test.
 *
 * The light stemmer splits a word into proclitics + stem + suffixes, trying every split the
 * affix table (data/text/affixes-ar.txt) allows, and picks:
 *   1. the longest stem that is a protected name (data/text/names-*.txt), else
 *   2. the longest stem the guard vocabulary knows (hunspell-ar nouns and verbs; noun endings
 *      only on nouns, verb endings only on verbs), reduced further while a shorter known word
 *      of its kind remains (طلبات → طلب, رئيسي → رئيس, استفتيت → استفتي), else
 *   3. a cautious rule: strip the article and the unambiguous suffixes only.
 * Single-letter proclitics (و ف ب ك ل) are cut only in cases 1 and 2, when the lexicon knows
 * what remains: that is the guard that keeps واشنطن, بايدن, فيينا whole.
 * The stem is always a substring of the match-normalized word (others locate it there).
 */
import {
  curatedNames,
  guardNouns,
  guardVerbs,
  protectedNames,
  readGroups,
  stopwordSet,
  workingForm,
} from './lexicon.ts';
import { normalizeText } from './normalize.ts';

export interface Stemmer {
  name: string;
  /** Stem of one word (any normalization; the stemmer normalizes for matching itself). */
  stem(word: string): string;
}

/** Kinds of proclitic group (0 stands for no prefix). */
const ARTICLE = 1;
const PARTICLE = 2;
const FUTURE = 3;
/** The interrogative أ, only before a word that itself begins with alef (أأنت, أآباؤكم). */
const QUESTION = 4;

/** Suffix chain readings (bit flags): on a noun, on a verb, or a construct ت standing for ة. */
const ON_NOUN = 1;
const ON_VERB = 2;
const CONSTRUCT = 4;

interface AffixTable {
  prefixes: Map<string, number>;
  futureBefore: Set<string>;
  /** Valid suffix chains (inflection? pronoun?) → reading flags. */
  chains: Map<string, number>;
  /** Chains the cautious fallback may strip from an unknown word. */
  safeChains: Set<string>;
  maxPrefix: number;
  maxChain: number;
}

/**
 * Inflections an unknown word may lose: unambiguous plural, dual and feminine endings. A nisba
 * ي stays (فرنسية → فرنسي, like فرنسي), since the bare noun is unknown.
 */
const SAFE_INFLECTIONS = new Set(['ات', 'ون', 'ين', 'ة', 'تين', 'تان']);
/** Endings a known noun still loses when a shorter known noun remains. */
const REDUCIBLE = ['يات', 'يين', 'ات', 'ية', 'ين', 'ي'];
/** A verb form is reduced only to four letters or more: اعلن is not اعل + ن. */
const MIN_VERB_REDUCED = 4;
/** Endings a known verb form still loses when a shorter known verb form remains. */
const VERB_REDUCIBLE = ['تما', 'تم', 'تن', 'تا', 'وا', 'ت', 'ن', 'ا', 'و'];
/** The shortest stem the cautious fallback and the reduction leave; names need as much. */
const MIN_STEM = 3;

let table: AffixTable | undefined;

function group(groups: Map<string, string[]>, name: string): string[] {
  const items = groups.get(name);
  if (!items) throw new Error(`text core: data/text/affixes-ar.txt has no "${name}" group`);
  return items;
}

function addChain(chains: Map<string, number>, chain: string, flags: number): void {
  chains.set(chain, (chains.get(chain) ?? 0) | flags);
}

function affixTable(): AffixTable {
  if (table) return table;
  const g = readGroups('affixes-ar.txt');
  const prefixes = new Map<string, number>();
  for (const p of group(g, 'particle')) prefixes.set(p, PARTICLE);
  for (const p of group(g, 'future')) prefixes.set(p, FUTURE);
  for (const p of group(g, 'question')) prefixes.set(p, QUESTION);
  for (const p of group(g, 'article')) prefixes.set(p, ARTICLE);
  const pronouns = group(g, 'pronoun');
  const chains = new Map<string, number>();
  const safeChains = new Set<string>();
  for (const p of pronouns) {
    addChain(chains, p, ON_NOUN | ON_VERB);
    if (p.length >= 2) safeChains.add(p);
  }
  const readings: [string, number][] = [
    ['noun-inflection', ON_NOUN],
    ['verb-inflection', ON_VERB],
  ];
  for (const [name, flags] of readings) {
    for (const inf of group(g, name)) {
      addChain(chains, inf, flags);
      if (SAFE_INFLECTIONS.has(inf)) safeChains.add(inf);
      for (const p of pronouns) addChain(chains, inf + p, flags);
    }
  }
  for (const c of group(g, 'construct')) for (const p of pronouns) addChain(chains, c + p, CONSTRUCT);
  table = {
    prefixes,
    futureBefore: new Set(group(g, 'future-before')),
    chains,
    safeChains,
    maxPrefix: Math.max(...[...prefixes.keys()].map((p) => p.length)),
    maxChain: Math.max(...[...chains.keys()].map((c) => c.length)),
  };
  return table;
}

/**
 * A dictionary stem that begins with ال is read as such only when it is a noun of at least
 * five letters that does not also read as article + known noun: otherwise القوات would be the
 * verb ألقوا + ت and السنة would keep its article.
 */
const MIN_ALEF_LAM_STEM = 5;

function alefLamStemOk(s: string, nouns: Set<string>): boolean {
  return s.length >= MIN_ALEF_LAM_STEM && !nouns.has(s.slice(2));
}

/**
 * True when the guard vocabulary knows `s` under one of the chain's readings. A two-letter stem
 * counts only as a bare word (اليد, ولا) or a stop word (فيهم): دمه is not دم + ه by guess.
 */
function knownStem(s: string, flags: number, prefix: number, rest: string): boolean {
  if (s.length < MIN_STEM && s !== rest && !stopwordSet().has(s)) return false;
  const nouns = guardNouns();
  if (s.charCodeAt(0) === 0x0627 && s.charCodeAt(1) === 0x0644) {
    if (!alefLamStemOk(s, nouns)) return false;
    return (flags & ON_NOUN) !== 0 && nouns.has(s);
  }
  const asNoun = prefix !== FUTURE;
  const asVerb = prefix !== ARTICLE;
  if (asNoun && flags & ON_NOUN && nouns.has(s)) return true;
  if (asNoun && flags & CONSTRUCT && (nouns.has(s) || nouns.has(`${s}ة`))) return true;
  return asVerb && (flags & ON_VERB) !== 0 && guardVerbs().has(s);
}

type Accept = (s: string, flags: number, prefix: number, rest: string) => boolean;

/**
 * Longest stem among all affix splits that `accept` takes, as [start, end]; null when none.
 * Particle and future prefixes are tried only when `particles` is true.
 */
function bestSplit(w: string, t: AffixTable, accept: Accept, particles: boolean): [number, number] | null {
  let best: [number, number] | null = null;
  const n = w.length;
  for (let pl = 0; pl <= t.maxPrefix && pl <= n - 2; pl++) {
    const prefix = pl === 0 ? 0 : t.prefixes.get(w.slice(0, pl));
    if (prefix === undefined || (!particles && prefix >= PARTICLE)) continue;
    for (let sl = 0; sl <= t.maxChain && pl + sl <= n - 2; sl++) {
      if (best && n - pl - sl <= best[1] - best[0]) break;
      const flags = sl === 0 ? ON_NOUN | ON_VERB : t.chains.get(w.slice(n - sl));
      if (flags === undefined) continue;
      const s = w.slice(pl, n - sl);
      if (prefix === FUTURE && !t.futureBefore.has(s[0])) continue;
      if (prefix === QUESTION && s[0] !== 'ا') continue;
      if (accept(s, flags, prefix, sl === 0 ? s : w.slice(pl))) best = [pl, n - sl];
    }
  }
  return best;
}

/** Cautious stem of a word the lexicon does not know: article and unambiguous suffixes only. */
function fallbackStem(w: string, t: AffixTable): string {
  let s = w;
  for (let pl = Math.min(t.maxPrefix, s.length - MIN_STEM); pl >= 2; pl--) {
    if (t.prefixes.get(s.slice(0, pl)) === ARTICLE) {
      s = s.slice(pl);
      break;
    }
  }
  for (let sl = Math.min(t.maxChain, s.length - MIN_STEM); sl >= 1; sl--) {
    if (t.safeChains.has(s.slice(s.length - sl))) return s.slice(0, s.length - sl);
  }
  return s;
}

/** Strip endings from a known word while a shorter known word of the same kind remains. */
function reduceKnown(s: string): string {
  const nouns = guardNouns();
  const verbs = guardVerbs();
  // حيات + ه is حياة + ه: a final ت that stands for a known ة goes (like the ة itself).
  let out = s.length > MIN_STEM && s.endsWith('ت') && nouns.has(`${s.slice(0, -1)}ة`) ? s.slice(0, -1) : s;
  for (let changed = true; changed; ) {
    changed = false;
    const isVerb = !nouns.has(out) && verbs.has(out);
    for (const end of isVerb ? VERB_REDUCIBLE : REDUCIBLE) {
      const shorter = out.slice(0, out.length - end.length);
      const min = isVerb ? MIN_VERB_REDUCED : MIN_STEM;
      if (out.endsWith(end) && shorter.length >= min && (isVerb ? verbs : nouns).has(shorter)) {
        out = shorter;
        // Verb stems in the dictionary overlap (استفتي, استفت): one step only.
        changed = !isVerb;
        break;
      }
    }
  }
  return out;
}

/** Drop a final ة: the stem of طفلة is طفل (the light-stemming convention). */
function dropTaMarbuta(s: string): string {
  return s.length > MIN_STEM && s.endsWith('ة') ? s.slice(0, -1) : s;
}

/**
 * A protected name, unless a suffix was cut from a word the lexicon knows whole (بيان is a
 * word, not the name بيا plus ن).
 */
const isName: Accept = (s, _flags, prefix, rest) =>
  s.length >= MIN_STEM &&
  !(s.startsWith('ال') && !alefLamStemOk(s, guardNouns())) &&
  protectedNames().has(s) &&
  (s === rest || !knownStem(rest, ON_NOUN | ON_VERB, prefix, rest));

/** Clitics that may stand before a stop word (وهو, بذلك, لانه, فبذلك). */
const STOPWORD_CLITICS = ['وب', 'فب', 'ول', 'فل', 'وك', 'و', 'ف', 'ب', 'ل', 'ك'];

/**
 * A stop word keeps its form, a conjunction before one is cut (وهو → هو); a clitic before a
 * stop word of three letters or more is cut too (بذلك → ذلك; ولي stays: لي is too short to
 * tell). Null when `w` is no stop word.
 */
function stopwordStem(w: string): string | null {
  const stop = stopwordSet();
  const m = w.replaceAll('ة', 'ه');
  if (stop.has(m))
    return (m[0] === 'و' || m[0] === 'ف') && m.length > 2 && stop.has(m.slice(1)) ? w.slice(1) : w;
  for (const c of STOPWORD_CLITICS) {
    if (m.length - c.length >= 3 && m.startsWith(c) && stop.has(m.slice(c.length))) return w.slice(c.length);
  }
  return null;
}

/**
 * A name of our own list after a proclitic group (والله → الله, لموسكو → موسكو); null if none.
 * The list is curated, so it wins over a dictionary reading of the whole word.
 */
function curatedName(w: string, t: AffixTable): string | null {
  const names = curatedNames();
  for (let pl = Math.min(t.maxPrefix, w.length - MIN_STEM); pl >= 1; pl--) {
    const kind = t.prefixes.get(w.slice(0, pl));
    if (kind !== undefined && kind !== FUTURE && names.has(w.slice(pl))) return w.slice(pl);
  }
  return null;
}

/** Stem of a word in working form. */
function stemWorking(w: string): string {
  if (w.length < MIN_STEM) return w;
  if (protectedNames().has(w)) return w;
  const stop = stopwordStem(w);
  if (stop !== null) return stop;
  const t = affixTable();
  const curated = curatedName(w, t);
  if (curated !== null) return curated;
  // A particle is cut only when no reading without it is known: كانوا is كان + وا, not ك + انوا.
  const known = bestSplit(w, t, knownStem, false) ?? bestSplit(w, t, knownStem, true);
  const name = bestSplit(w, t, isName, true);
  // A name wins only over a shorter known word: كبيرة is كبير + ة, not ك + the town البيرة.
  if (name && (!known || name[1] - name[0] > known[1] - known[0])) return w.slice(name[0], name[1]);
  if (known) return dropTaMarbuta(reduceKnown(w.slice(known[0], known[1])));
  return dropTaMarbuta(fallbackStem(w, t));
}

/** Bounded memo: stems repeat (Zipf), so most calls are one Map lookup. */
const CACHE_LIMIT = 200_000;
const cache = new Map<string, string>();

/** Stem of one word with the light stemmer (memoized; output is match-normalized). */
export function stem(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const out = normalizeText(stemWorking(workingForm(word)), 'match');
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, out);
  return out;
}

/** Empty the stem memo. */
export function clearStemCache(): void {
  cache.clear();
}

/** The light, clitic-aware, lexicon-guarded stemmer. */
export const lightStemmer: Stemmer = { name: 'light', stem };
