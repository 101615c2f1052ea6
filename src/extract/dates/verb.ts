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

/**
 * "القمة المقبلة ... يوم الأحد": an event called the coming one is to come (the date's own
 * المقبل is its direction, read by find.ts).
 */
const COMING = new Set(['المقبل', 'المقبلة', 'القادم', 'القادمة']);
/** Words after which the next word is a verb. */
const BEFORE_VERB = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللاتي']);
/** أن / إن (one form once normalized): a verb after it is to come ("على أن تلعب"); a noun is common. */
const COMPLEMENTIZER = new Set(['ان', 'وان', 'بان', 'فان']);
/** Clause openers that are not verbs (prepositions, particles, pronouns, demonstratives). */
const NOT_VERBS = new Set(
  (
    'في من على الى عن مع بعد قبل منذ حتى كما لكن بينما فيما ان انه انها اذ اذا لو لا ما ' +
    'هذا هذه ذلك تلك هو هي هم حيث عند خلال وفق وفقا بحسب حسب ايضا كذلك ثم او ام بل ' +
    'كل بعض اي غير لدى امام بين نحو عبر ضد اثر عقب لم لن قد كان'
  ).split(' '),
);
/**
 * Imperfect: يـ/نـ and at least two more letters (يلتقي، ننشر). A تـ verb is left unread:
 * it is as often a perfect (تأهل، تعادل) as an imperfect (تعقد).
 */
const IMPERFECT = /^[ين]\p{L}{2,}$/u;
const AMBIGUOUS_T = /^ت\p{L}{2,}$/u;
/**
 * Scheduling words: what is postponed to, set for or fixed on a date is to come, whatever the
 * tense of the act ("أجلت المحكمة ... إلى جلسة الثاني من أبريل", "حددت ... يوم الخميس").
 */
const SCHEDULING = /^(?:ارجا|اجل|تاجيل|يوجل|توجل|موجل|حدد|تحديد|يحدد|موعد)/u;
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
  const w = bare(words[i]);
  const prev = words[i - 1];
  if (SCHEDULING.test(w) || COMING.has(w)) return 'future';
  if (imperfect(w) && OBJECT_SUFFIX.test(w)) return 'future';
  if (NOT_VERBS.has(w) || NOUN_SHAPE.test(w)) return null;
  // After أن the word is a noun as often as a verb; only an imperfect verb is sure.
  if (prev !== undefined && COMPLEMENTIZER.has(prev)) return imperfect(w) ? 'future' : null;
  const verbPlace = opens || (prev !== undefined && BEFORE_VERB.has(bare(prev)));
  if (!verbPlace) return null;
  if (imperfect(w)) return 'future';
  return AMBIGUOUS_T.test(w) ? null : 'past';
}

/** Does the word end the reported clause's head: أن/إن/إنه/إنها ("قال إن ...")? */
export function complementizer(word: string): boolean {
  return COMPLEMENTIZER.has(word) || /^[وب]?ان(?:ه|ها|هم)$/u.test(word);
}
