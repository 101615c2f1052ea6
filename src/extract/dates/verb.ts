/**
 * The verb that governs a date expression in its clause, read from where Arabic puts verbs:
 * news clauses open with their verb ("ووصل الوزير ... مساء الأربعاء", "ويلتقي الفريقان ...
 * الجمعة"), and a relative pronoun or أنْ is followed by one ("الحريق الذي بدأ في ...",
 * "على أن تلعب ... في أبريل"). An imperfect verb (يـ، تـ، نـ) tells of what is to come, a
 * perfect one of what happened. Words elsewhere in the clause are not read: without a tagger a
 * word in the middle of a clause is as likely a noun as a verb.
 */
import { dateLexicon } from './lexicon.ts';
import type { Tense } from './resolve.ts';
import { readTable } from './table.ts';

/** The word groups of data/extract/verb-places.txt (see its header), loaded once. */
interface VerbPlaces {
  coming: Set<string>;
  beforeVerb: Set<string>;
  complementizer: Set<string>;
  notVerbs: Set<string>;
  scheduling: string[];
}

let places: VerbPlaces | null = null;

function verbPlaces(): VerbPlaces {
  if (places) return places;
  const rows = readTable('verb-places.txt');
  const group = (name: string) => rows.filter((r) => r.cols[1] === name).map((r) => r.key);
  places = {
    coming: new Set(group('coming')),
    beforeVerb: new Set(group('before-verb')),
    complementizer: new Set(group('complementizer')),
    notVerbs: new Set(group('not-verb')),
    scheduling: group('scheduling'),
  };
  return places;
}

/**
 * Imperfect: يـ/نـ and at least two more letters (يلتقي، ننشر). A تـ verb is left unread:
 * it is as often a perfect (تأهل، تعادل) as an imperfect (تعقد).
 */
const IMPERFECT = /^[ين]\p{L}{2,}$/u;
const AMBIGUOUS_T = /^ت\p{L}{2,}$/u;
/** An imperfect with an object pronoun is a verb wherever it stands ("زيارة يجريها ..."). */
const OBJECT_SUFFIX = /^ي\p{L}{3,}(?:ها|هم|هما|ه)$/u;
/** Word shapes of nouns: the article, a feminine ending, plural endings, digits. */
const NOUN_SHAPE = /^(?:[وفبلك]?ال|لل)|[ةى]$|(?:ات|ون|ين)$|\p{N}/u;

/** The word without the conjunction و (kept when too little would be left: "وصل"). */
function bare(word: string): string {
  return word.length > 3 && word.startsWith('و') ? word.slice(1) : word;
}

function imperfect(w: string): boolean {
  return IMPERFECT.test(w) && !dateLexicon().notFuture.some((stem) => w.startsWith(stem));
}

/**
 * Tense of words[i] when it stands where a verb stands: first word of the clause (`opens`:
 * sentence-initial or after a conjunction و), or after a relative pronoun or أن. Null when
 * the word is not in such a place or looks like a noun.
 */
export function verbTense(words: string[], i: number, opens: boolean): Tense | null {
  const lex = verbPlaces();
  const w = bare(words[i]);
  const prev = words[i - 1];
  // Postponed to, set for, fixed on: what the act dates is to come.
  if (lex.scheduling.some((stem) => w.startsWith(stem)) || lex.coming.has(w)) return 'future';
  if (imperfect(w) && OBJECT_SUFFIX.test(w)) return 'future';
  if (lex.notVerbs.has(w) || NOUN_SHAPE.test(w)) return null;
  // After أن the word is a noun as often as a verb; only an imperfect verb is sure.
  if (prev !== undefined && lex.complementizer.has(prev)) return imperfect(w) ? 'future' : null;
  const verbPlace = opens || (prev !== undefined && lex.beforeVerb.has(bare(prev)));
  if (!verbPlace) return null;
  if (imperfect(w)) return 'future';
  return AMBIGUOUS_T.test(w) ? null : 'past';
}

/** Does the word end the reported clause's head: أن/إن/إنه/إنها ("قال إن ...")? */
export function complementizer(word: string): boolean {
  return verbPlaces().complementizer.has(word) || /^[وب]?ان(?:ه|ها|هم)$/u.test(word);
}
