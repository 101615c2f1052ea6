/**
 * NER features of a sentence. Every token gets string features from the text core's forms:
 * normalized word, clitic-free core, stem, affixes, shape, a ±2 context window, gazetteer
 * hits (ANERGazet, and the names of the training data), title triggers, cue words that open
 * an ORG or LOC name (وزارة, مدينة) with the genitive chain after them, and quotes. The
 * tag-to-tag dependency is left to the Viterbi transitions.
 *
 * Features come in two kinds so that tagging can cache them: `wordFeatures(word, k)` depend
 * only on the word at offset k from the token (cacheable per word), `pairFeatures` on several
 * tokens or on the sentence (built per token).
 */
import { guardNouns, guardVerbs, workingForm } from '../../text/lexicon.ts';
import { splitClitics } from './clitics.ts';
import { type Gazetteer, matchGazetteer } from './gazetteer.ts';

/**
 * Version of the feature templates below. A model stores the version it was trained with and
 * refuses to load under another: features that silently stop matching wreck the tagging.
 */
export const FEATURE_VERSION = 5;

/** What featurization needs besides the tokens. */
export interface FeatureContext {
  gazetteer: Gazetteer;
  /** First words of title/role phrases (normalized). */
  titleHeads: Set<string>;
  /** Words that open an organisation's or a place's name (وزارة → ORG, مدينة → LOC). */
  cues?: Map<string, string>;
  /**
   * Names seen in the training data with their types. While training, each sentence sees the
   * names of the other blocks only (jackknifed), so the weight learned is how far a name seen
   * elsewhere can be trusted, not a copy of the sentence's own labels.
   */
  names?: Gazetteer;
}

/** The text-core forms of one token. */
export interface TokenInfo {
  norm: string;
  core: string;
  stem: string;
  particle: string;
  shape: string;
  /** Whether the dictionary knows the word: N noun, V verb, NV both, - neither ('' for non-words). */
  lex: string;
}

function shapeOf(raw: string): string {
  if (/^[\p{N}٠-٩]+([.,٫٬][\p{N}٠-٩]+)*%?$/u.test(raw))
    return raw.length <= 2 ? 'D2' : raw.length === 4 ? 'D4' : 'D';
  if (/^\p{Script=Arabic}+$/u.test(raw)) return raw.length <= 3 ? 'a' : 'A';
  if (/^[A-Z]/.test(raw)) return 'Lc';
  if (/^\p{L}+$/u.test(raw)) return 'L';
  if (/^\p{P}+$/u.test(raw)) return 'P';
  return 'X';
}

const CACHE_LIMIT = 200_000;
const cache = new Map<string, TokenInfo>();

/** Short vowels, shadda, sukun, dagger alef and tatweel: marks the training text does not write. */
const MARKS = /[\u064B-\u0652\u0670\u0640]/g;

/** The word without its marks (short vowels, shadda, sukun, dagger alef, tatweel). */
export function withoutMarks(word: string): string {
  return word.replace(MARKS, '');
}

/**
 * Forms of one word; cached, because news vocabulary repeats and normalizing dominates cost.
 * The word is read without its marks: a shadda (صرّح) is no Arabic letter to the shape test and
 * made a verb look like an unknown name.
 */
export function infoOf(word: string): TokenInfo {
  const hit = cache.get(word);
  if (hit) return hit;
  const raw = withoutMarks(word);
  const split = splitClitics(raw);
  const shape = shapeOf(raw);
  const info: TokenInfo = {
    norm: split.norm,
    core: split.core,
    stem: split.stem,
    particle: split.particle,
    shape,
    lex: shape === 'A' || shape === 'a' ? dictionaryClass(raw, split.particle.length) : '',
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, info);
  return info;
}

/**
 * Dictionary class of a word (the stemmer's hunspell guard vocabulary): the nearest thing
 * Arabic has to capitalisation is that names are words a dictionary does not know.
 */
export function dictionaryClass(raw: string, particle: number): string {
  const w = workingForm(raw).slice(particle);
  const forms = w.startsWith('ال') && w.length > 4 ? [w, w.slice(2)] : [w];
  const n = forms.some((f) => guardNouns().has(f));
  const v = forms.some((f) => guardVerbs().has(f));
  return n && v ? 'NV' : n ? 'N' : v ? 'V' : '-';
}

/** Sentence padding beyond either end. */
export const PAD: TokenInfo = { norm: '<s>', core: '<s>', stem: '<s>', particle: '', shape: 'S', lex: '' };

/** Offsets of the context window. */
export const OFFSETS = [-2, -1, 0, 1, 2] as const;

/** Widest offset of the window (padding needed at either end). */
export const REACH = 2;

/** Features contributed by the word at offset `k` from the token being tagged. */
export function wordFeatures(t: TokenInfo, k: number): string[] {
  switch (k) {
    case 0: {
      const f = [
        `w:${t.norm}`,
        `c:${t.core}`,
        `s:${t.stem}`,
        `sh:${t.shape}`,
        `p2:${t.core.slice(0, 2)}`,
        `p3:${t.core.slice(0, 3)}`,
        `p4:${t.core.slice(0, 4)}`,
        `z1:${t.core.slice(-1)}`,
        `z2:${t.core.slice(-2)}`,
        `z3:${t.core.slice(-3)}`,
        `z4:${t.core.slice(-4)}`,
        `len:${Math.min(t.core.length, 8)}`,
      ];
      if (t.particle) f.push(`pa:${t.particle}`);
      if (t.core.startsWith('ال')) f.push('al');
      if (t.lex) f.push(`lx:${t.lex}`, `lxs:${t.lex}${t.shape}${t.core.startsWith('ال') ? 'al' : ''}`);
      return f;
    }
    case -1:
      return [`w-1:${t.norm}`, `s-1:${t.stem}`, `c-1:${t.core}`, `lx-1:${t.lex}`];
    case 1:
      return [`w+1:${t.norm}`, `s+1:${t.stem}`, `c+1:${t.core}`, `lx+1:${t.lex}`];
    case -2:
      return [`w-2:${t.norm}`, `s-2:${t.stem}`];
    default:
      return [`w+2:${t.norm}`, `s+2:${t.stem}`];
  }
}

/** Per-sentence data the pair features need. */
export interface SentenceView {
  info: TokenInfo[];
  gaz: string[][];
  /** Labels from the training-names gazetteer. */
  named: string[][];
  title: boolean[];
  /** Cue type of each token ('' when none): ORG after وزارة, LOC after مدينة. */
  cue: string[];
  /** Whether each token sits inside quotes (« » or a pair of "): papers, firms, brands. */
  quoted: boolean[];
}

const OPEN_QUOTES = new Set(['«', '“']);
const CLOSE_QUOTES = new Set(['»', '”']);
const BOTH_QUOTES = new Set(['"', "'"]);

/** Tokens between quote marks; an unclosed quote opens nothing. */
export function quotedTokens(tokens: readonly string[]): boolean[] {
  const out = tokens.map(() => false);
  for (let i = 0; i < tokens.length; i++) {
    const q = tokens[i];
    if (!OPEN_QUOTES.has(q) && !BOTH_QUOTES.has(q)) continue;
    // Names in quotes are short: look for the closing mark within 6 tokens.
    for (let j = i + 1; j < Math.min(tokens.length, i + 8); j++) {
      const c = tokens[j];
      if (CLOSE_QUOTES.has(c) || (BOTH_QUOTES.has(q) && c === q)) {
        for (let k = i + 1; k < j; k++) out[k] = true;
        i = j;
        break;
      }
    }
  }
  return out;
}

/** Forms, gazetteer labels (name lists and training names) and title flags of a sentence. */
export function viewOf(tokens: readonly string[], ctx: FeatureContext): SentenceView {
  const info = tokens.map(infoOf);
  const norms = info.map((t) => t.norm);
  const cores = info.map((t) => t.core);
  const gaz = matchGazetteer(ctx.gazetteer, norms, cores);
  const named = ctx.names ? matchGazetteer(ctx.names, norms, cores) : info.map(() => []);
  const title = info.map((t) => ctx.titleHeads.has(t.norm) || ctx.titleHeads.has(t.core));
  const cues = ctx.cues;
  const cue = info.map((t) => (cues ? (cues.get(t.core) ?? cues.get(t.norm) ?? '') : ''));
  return { info, gaz, named, title, cue, quoted: quotedTokens(tokens) };
}

/** A word that can continue a name's genitive chain: Arabic, no conjunction or preposition. */
function chainWord(t: TokenInfo): boolean {
  return (t.shape === 'A' || t.shape === 'a') && !t.particle;
}

/**
 * Cue-chain feature: the token follows a cue word (وزارة, مدينة) at distance d through words
 * that can all belong to one name (وزارة الخارجية الأميركية): the span an ORG or LOC keeps.
 */
function cueChain(v: SentenceView, i: number): string | null {
  for (let d = 1; d <= 4 && i - d >= 0; d++) {
    if (!chainWord(v.info[i - d + 1])) return null;
    const type = v.cue[i - d];
    if (type) return `cc:${type}${d}${v.info[i].core.startsWith('ال') ? 'al' : ''}`;
  }
  return null;
}

/** Templates over two words, written `name:a|b` (tagging looks them up without building the string). */
export const PAIR_TEMPLATES = ['ww-', 'ww+', 'ss-', 'ss+'] as const;

/** The two words of each pair template at token `i`, in PAIR_TEMPLATES order. */
export function pairWords(v: SentenceView, i: number): Array<[string, string]> {
  const at = (j: number) => (j >= 0 && j < v.info.length ? v.info[j] : PAD);
  const t = v.info[i];
  return [
    [at(i - 1).norm, t.norm],
    [t.norm, at(i + 1).norm],
    [at(i - 1).stem, at(i - 2).stem],
    [at(i + 1).stem, at(i + 2).stem],
  ];
}

/** Features of token `i` that combine several tokens or the sentence, besides the pairs. */
export function pairFeatures(v: SentenceView, i: number): string[] {
  const at = (j: number) => (j >= 0 && j < v.info.length ? v.info[j] : PAD);
  const t = v.info[i];
  const f = ['b', `sh3:${at(i - 1).shape}${t.shape}${at(i + 1).shape}`];
  for (const g of v.gaz[i]) f.push(`g:${g}`);
  if (i > 0) for (const g of v.gaz[i - 1]) f.push(`g-1:${g}`);
  if (i + 1 < v.gaz.length) for (const g of v.gaz[i + 1]) f.push(`g+1:${g}`);
  if (v.cue[i]) f.push(`cue:${v.cue[i]}`);
  if (i > 0 && v.cue[i - 1]) f.push(`cue-1:${v.cue[i - 1]}`);
  const chain = cueChain(v, i);
  if (chain) f.push(chain);
  if (v.quoted[i]) f.push(`q:${t.shape}`);
  for (const g of v.named[i]) f.push(`n:${g}`);
  if (i > 0) for (const g of v.named[i - 1]) f.push(`n-1:${g}`);
  if (i + 1 < v.named.length) for (const g of v.named[i + 1]) f.push(`n+1:${g}`);
  if (v.title[i]) f.push('t0');
  if (i > 0 && v.title[i - 1]) f.push('t-1');
  if (i > 1 && v.title[i - 2]) f.push('t-2');
  return f;
}

/** All features of every token of one sentence (`tokens` as written): the training view. */
export function sentenceFeatures(tokens: readonly string[], ctx: FeatureContext): string[][] {
  const v = viewOf(tokens, ctx);
  return v.info.map((_, i) => {
    const f = pairFeatures(v, i);
    pairWords(v, i).forEach(([a, b], k) => {
      f.push(`${PAIR_TEMPLATES[k]}:${a}|${b}`);
    });
    for (const k of OFFSETS) {
      const j = i + k;
      f.push(...wordFeatures(j >= 0 && j < v.info.length ? v.info[j] : PAD, k));
    }
    return f;
  });
}
