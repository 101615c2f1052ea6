/**
 * When do two claims from two outlets disagree? Each rule says first whether the claims are
 * about the same thing (same counted noun and the same words before it; the same named
 * happening told in the same tense) and then whether their values cannot both be true.
 * Precision first: any doubt means no contradiction.
 */
import type { DateClaim, NumberClaim, PlaceClaim, SpeakerClaim } from './claims.ts';

/** Share of the smaller set found in the other (0 when either is empty). */
export function overlapShare(a: Set<string>, b: Set<string>): number {
  const small = Math.min(a.size, b.size);
  if (!small) return 0;
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n / small;
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const t of a) if (b.has(t)) return true;
  return false;
}

/** Two sentences with this much of their terms in common tell the same fact. */
export const SAME_FACT = 0.3;
/** "نحو 100" is consistent with counts within this share of 100. */
export const APPROX_MARGIN = 0.15;

/** Both claims count the same thing in the same fact. */
export function sameCount(x: NumberClaim, y: NumberClaim): boolean {
  if (x.unit !== y.unit) return false;
  const lead = intersects(x.lead, y.lead);
  const facts = overlapShare(x.terms, y.terms);
  // the only count of its kind in two sentences that tell the same fact
  const alone = x.inSentence === 1 && y.inSentence === 1 && facts >= SAME_FACT * 0.7;
  if (x.happened && y.happened && x.happened !== y.happened) return false; // dead vs injured
  if (x.generic && x.happened && x.happened === y.happened) return facts >= SAME_FACT / 2;
  if (x.generic) return lead && facts >= SAME_FACT / 2;
  if (x.unit === 'percent') return (lead && facts >= SAME_FACT / 2) || alone;
  return lead || facts >= SAME_FACT;
}

/** `x` as written allows the value of `y`. */
function allows(x: NumberClaim, amount: number): boolean {
  if (x.amount === amount) return true;
  if (x.qualifier === 'approx') return Math.abs(amount - x.amount) <= APPROX_MARGIN * x.amount;
  if (x.qualifier === 'atleast') return amount >= x.amount;
  if (x.qualifier === 'atmost') return amount <= x.amount;
  return false;
}

/** The two counts cannot both be right. */
export function countsDisagree(x: NumberClaim, y: NumberClaim): boolean {
  return !allows(x, y.amount) && !allows(y, x.amount);
}

/** Both claims date the same happening. */
export function sameHappening(x: DateClaim, y: DateClaim): boolean {
  if (x.event !== y.event) return false;
  // a bare year ("عام 2018") against a day is background, not the same happening
  if ((x.precision === 'year') !== (y.precision === 'year')) return false;
  if (x.tense && y.tense && x.tense !== y.tense) return false;
  // "اجتماع مجلس الأمن" and "الاجتماع التحضيري" are two meetings, unless the sentences
  // otherwise tell the same thing ("القمة الخليجية" / "القمة السادسة والأربعين لقادة الخليج")
  if (x.modifier && y.modifier && !x.phrase.some((a) => y.phrase.some((b) => stemsMatch(a, b)))) return false;
  return true;
}

/** Two stems of one word ("خليج" / "خليجي"): equal, or one starts the other (3 letters at least). */
export function stemsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.length >= 3 && l.startsWith(s);
}

const PRECISION_LENGTH = { year: 4, month: 7, day: 10 } as const;

/** The two dates cannot both be right (compared at the coarser precision, else by weekday). */
export function datesDisagree(x: DateClaim, y: DateClaim): boolean {
  if (x.date && y.date && x.precision && y.precision) {
    const len = Math.min(PRECISION_LENGTH[x.precision], PRECISION_LENGTH[y.precision]);
    // a guessed year may be off by one: then only day and month count
    const from = x.yearGuessed || y.yearGuessed ? 5 : 0;
    if (len > from && x.date.slice(from, len) !== y.date.slice(from, len)) return true;
    return false;
  }
  // a weekday alone is only compared for what already happened ("أمس الثلاثاء")
  if (x.weekday !== undefined && y.weekday !== undefined && (x.tense ?? y.tense) !== 'future') {
    return x.weekday !== y.weekday;
  }
  return false;
}

/** Share of a quote's content terms two outlets must share to carry the same words. */
export const SAME_QUOTE = 0.6;

/** Both outlets carry the same quoted words. */
export function sameQuote(x: SpeakerClaim, y: SpeakerClaim): boolean {
  return (
    Math.min(x.quoteTerms.size, y.quoteTerms.size) >= 3 &&
    overlapShare(x.quoteTerms, y.quoteTerms) >= SAME_QUOTE
  );
}

function namesMatch(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= 3 && (a.includes(b) || b.includes(a)));
}

/** The two speakers are two different named people. */
export function speakersDisagree(x: SpeakerClaim, y: SpeakerClaim): boolean {
  if (x.entityId && y.entityId) return x.entityId !== y.entityId;
  if (!x.names.length || !y.names.length) return false; // a role may be either person
  return !x.names.some((a) => y.names.some((b) => namesMatch(a, b)));
}

/** Both sentences tell the same fact (with the places themselves left aside). */
export function samePlaceFact(x: PlaceClaim, y: PlaceClaim): boolean {
  return overlapShare(x.terms, y.terms) >= SAME_FACT;
}

/** The two places are different names. */
export function placesDisagree(x: PlaceClaim, y: PlaceClaim): boolean {
  return !namesMatch(x.key, y.key);
}
