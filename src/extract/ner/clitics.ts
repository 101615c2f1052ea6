/**
 * Where a word's proclitics end, read off the text core's stemmer (we never strip letters
 * ourselves): the stem is located inside the match-normalized word, and what precedes it is
 * the proclitic group (و، ف، ب، ل، وال، بال ...). Entity spans keep the article (ال) but drop
 * conjunctions and prepositions: لبوتين → بوتين, وواشنطن → واشنطن, وبالبيت → البيت.
 */
import { normalize, stem } from '../../text/index.ts';

/** The proclitic split of one word in match-normalized form. */
export interface CliticSplit {
  /** Match-normalized word. */
  norm: string;
  /** Whole proclitic group the stemmer removed ("" when none), e.g. "وال". */
  prefix: string;
  /** Conjunction/preposition part of the group, the part an entity span leaves out ("و" of "وال"). */
  particle: string;
  /** `norm` without `particle` (keeps ال). */
  core: string;
  /** The stemmer's stem of `norm`. */
  stem: string;
}

const ARTICLE = 'ال';

/** Split the proclitic group of a word using the stemmer's output. */
export function splitClitics(word: string, norm?: string): CliticSplit {
  const n = norm ?? normalize(word, 'match').text;
  const s = stem(n);
  let prefix = '';
  if (s && s !== n) {
    for (let i = 1; i <= 4 && i < n.length; i++) {
      if (n.startsWith(s, i)) {
        prefix = n.slice(0, i);
        break;
      }
    }
  }
  // "لل" is ل + ال with the alef dropped: no clean span exists without it.
  const particle =
    prefix === 'لل' ? '' : prefix.endsWith(ARTICLE) ? prefix.slice(0, -ARTICLE.length) : prefix;
  return { norm: n, prefix, particle, core: n.slice(particle.length), stem: s };
}

/**
 * Number of UTF-16 units of `word` (as written, with any diacritics) taken by its first
 * `normLength` match-normalized characters: converts a particle length back to the original.
 */
export function originalPrefixLength(word: string, normLength: number): number {
  if (normLength <= 0) return 0;
  const n = normalize(word, 'match');
  return normLength < n.text.length ? n.map[normLength] : word.length;
}
