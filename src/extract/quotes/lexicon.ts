/**
 * The quote lexicon: speech verbs with their type and flags, attribution phrases and the words
 * that end a speaker phrase, from data/extract/. Keys are `match`-normalized so they compare
 * with `Token.norm`.
 */
import { normalizeText } from '../../text/index.ts';
import { readTable } from '../dates/table.ts';

export type VerbType = 'past' | 'present' | 'participle';

export interface SpeechVerb {
  lemma: string;
  type: VerbType;
  /** Also has a non-speech sense: needs a quote mark, a colon or إن/أن right after. */
  weak: boolean;
  /** "نقلت X عن Y": the speaker is Y. */
  relay: boolean;
  /** Speech only with a quotation ("دعا إلى «...»"). */
  quoted: boolean;
  /** Counts only when the text writes its shadda: "بيّن" (explained), not "بين" (between). */
  marked: boolean;
}

export interface QuoteLexicon {
  verbs: Map<string, SpeechVerb>;
  /** Attribution phrases as token sequences ("وفقا ل" → ["وفقا", "ل"]). */
  attributions: string[][];
  /** Search-normalized stop words and prefixes. */
  stops: Set<string>;
  stopPrefixes: string[];
  /** Weekdays and relative day words (search-normalized): they end a speaker phrase. */
  timeWords: Set<string>;
  /** Connectives with a pronoun subject, as token sequences ("إلا أنه" → ["الا", "انه"]). */
  pronounSubjects: string[][];
}

let cached: QuoteLexicon | null = null;

const match = (s: string) => normalizeText(s, 'match');

/** The quote lexicon, loaded once. */
export function quoteLexicon(): QuoteLexicon {
  if (cached) return cached;
  const verbs = new Map<string, SpeechVerb>();
  for (const { cols } of readTable('speech-verbs.txt')) {
    verbs.set(match(cols[0]), {
      lemma: cols[1],
      type: cols[2] as VerbType,
      weak: cols[3] === 'weak',
      relay: cols[3] === 'relay',
      quoted: cols[3] === 'quoted',
      marked: cols[3] === 'marked',
    });
  }
  const stops = new Set<string>();
  const stopPrefixes: string[] = [];
  for (const { key } of readTable('speaker-stops.txt')) {
    if (key.endsWith('*')) stopPrefixes.push(key.slice(0, -1));
    else stops.add(key);
  }
  const timeWords = new Set<string>();
  for (const { key } of readTable('weekdays.txt')) timeWords.add(key);
  for (const { key } of readTable('relative-dates.txt')) {
    if (!key.includes(' ')) timeWords.add(key);
  }
  cached = {
    verbs,
    attributions: readTable('attribution.txt').map((r) => match(r.cols[0]).split(/\s+/)),
    stops,
    stopPrefixes,
    timeWords,
    pronounSubjects: readTable('pronoun-subjects.txt').map((r) => match(r.cols[0]).split(/\s+/)),
  };
  return cached;
}

const SHADDA = '\u0651';

/**
 * The speech verb a token spells (its `norm`, a leading و/ف conjunction allowed). A marked verb
 * also needs the shadda in the token's own text: normalization drops it, and "بين" unmarked
 * is the preposition.
 */
export function speechVerb(token: { norm: string; text: string }): SpeechVerb | undefined {
  const { verbs } = quoteLexicon();
  const norm = token.norm;
  let hit = verbs.get(norm);
  if (!hit && (norm.startsWith('و') || norm.startsWith('ف')) && norm.length > 3)
    hit = verbs.get(norm.slice(1));
  return hit?.marked && !token.text.includes(SHADDA) ? undefined : hit;
}

/**
 * True when a word ends a speaker phrase. Compared in `search` normalization, which keeps ى
 * apart from ي (the stop word على is not the name علي).
 */
export function isSpeakerStop(word: string): boolean {
  const lex = quoteLexicon();
  const w = normalizeText(word, 'search');
  const bare = w.replace(/^[وف]/, '');
  if (lex.stops.has(w) || lex.timeWords.has(w) || lex.timeWords.has(bare)) return true;
  return lex.stopPrefixes.some((p) => w.startsWith(p));
}
