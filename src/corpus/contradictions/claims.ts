/**
 * Claims: the values an article asserts that another outlet could state differently. Each
 * claim has a kind, a key that says what it is about (the counted noun, the named happening,
 * the quoted statement), its value as written and the span of that value in the body.
 */
import type { Span, Token } from '../../doc/types.ts';

/** What every claim carries. */
export interface ClaimBase {
  document: string;
  /** Outlet, or the document id when the outlet is unknown (two unknowns are two outlets). */
  outlet: string;
  storyId: string;
  /** The value as written: `body.slice(start, end)`. */
  value: string;
  start: number;
  end: number;
  /** The sentence that makes the claim. */
  sentence: Span;
  /** Content terms of the sentence without numbers (for "is this the same fact?"). */
  terms: Set<string>;
}

/** A count: "12 شخصا", "مئة ألف جندي", "15%". */
export interface NumberClaim extends ClaimBase {
  kind: 'number';
  amount: number;
  /** Group of the counted noun (number-units.txt) or its stem. */
  unit: string;
  /** The counted noun as written. */
  noun: string;
  /** True when the noun only says "people": the words before the number must agree too. */
  generic: boolean;
  /** Stems of the content words just before the number and just after its noun ("أودت بحياة", "حتفهم"). */
  lead: Set<string>;
  /** What happened to the people counted (count-contexts.txt: dead, injured...), when said. */
  happened?: string;
  /** Claims of the same unit in the same sentence (1 = this one alone). */
  inSentence?: number;
  qualifier?: 'approx' | 'atleast' | 'atmost';
}

/** When a happening took place, as one outlet tells it. */
export interface DateClaim extends ClaimBase {
  kind: 'date';
  /** Group of the event noun near the date (event-nouns.txt). */
  event: string;
  /** The event noun as written, with its modifier ("القمة الافتراضية"). */
  noun: string;
  /** Stem of the word that qualifies the noun ("الافتراضية"), when there is one. */
  modifier?: string;
  /** Stems of the words that follow the noun ("الأمن الاستراتيجي المقررة"). */
  phrase: string[];
  /** The year was not written nor resolved from a given publication date: compare day and month only. */
  yearGuessed?: boolean;
  /** ISO date when resolved and trusted; precision as in DateExpr. */
  date?: string;
  precision?: 'day' | 'month' | 'year';
  /** 0 = Sunday, when the text names the weekday or it follows from one ("أمس الثلاثاء"). */
  weekday?: number;
  /** Told as past or ahead, when the dates stage could tell. */
  tense?: 'past' | 'future';
  /** The date was resolved against a publication date we were given or the text is absolute. */
  trusted: boolean;
}

/** Where something happened: "في جنيف". */
export interface PlaceClaim extends ClaimBase {
  kind: 'place';
  /** Name key of the place. */
  key: string;
}

/** Who said something: the speaker of a quote. */
export interface SpeakerClaim extends ClaimBase {
  kind: 'speaker';
  /** Content terms of the quoted words. */
  quoteTerms: Set<string>;
  /** Name keys of the named people in the speaker phrase (empty when only a role). */
  names: string[];
  entityId?: string;
}

export type Claim = NumberClaim | DateClaim | PlaceClaim | SpeakerClaim;

/** Tokens that are words or numbers (no punctuation). */
export function wordTokens(tokens: Token[]): Token[] {
  return tokens.filter((t) => t.kind === 'word' || t.kind === 'number' || t.kind === 'latin');
}
