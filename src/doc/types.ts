/**
 * The one document object that flows through rasd's stages, and the corpus-level results.
 * Every annotation is a `[start, end)` span of UTF-16 offsets into `Article.body`.
 */

import type { PriorResults, ReuseState } from '../corpus/reuse/index.ts';

/** A half-open range of UTF-16 code units in `Article.body`. */
export interface Span {
  start: number;
  end: number;
}

/** Why a piece of input text is not in the body (contract enum). */
export type RemovedKind =
  | 'caption'
  | 'credit'
  | 'promo'
  | 'related'
  | 'navigation'
  | 'source-line'
  | 'dateline'
  | 'title'
  | 'comments'
  | 'share'
  | 'byline'
  | 'other';

export interface Removed {
  text: string;
  kind: RemovedKind;
  /** Which rule or method removed it (for debugging and the `--why` views). */
  reason?: string;
}

/** What a reader produced from one input item, before cleaning. */
export interface RawInput {
  /** File path, URL or `path#line` the item came from. */
  source: string;
  format: 'text' | 'html' | 'feed-item' | 'jsonl' | 'warc';
  /** Given metadata (JSONL fields, feed item fields) wins over what the text suggests. */
  id?: string;
  text?: string;
  html?: string;
  outlet?: string;
  published?: string;
  title?: string;
  url?: string;
  /** Encoding the bytes were decoded from, when known. */
  charset?: string;
}

export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A token of the body with its offsets and text-layer forms. */
export interface Token extends Span {
  text: string;
  kind: 'word' | 'number' | 'punct' | 'url' | 'hashtag' | 'mention' | 'latin' | 'symbol';
  /** Matching-normalized form (see text/normalize). */
  norm: string;
  /** Clitic-stripped light stem of `norm` (words only; otherwise equal to `norm`). */
  stem: string;
}

/** One mention of a named entity in one article. */
export interface Mention extends Span {
  text: string;
  type: EntityType;
  /** Titles and roles attached to the mention, e.g. "الرئيس الأميركي". */
  titles?: string[];
  titleSpan?: Span;
  /** True when the mention is a role standing for a person ("الرئيس الروسي"). */
  roleOnly?: boolean;
  /** Entity id after cross-document resolution. */
  entityId?: string;
  /** For a role-only mention: index in `Article.mentions` of the named person it stands for. */
  refersTo?: number;
}

export interface Quote extends Span {
  text: string;
  kind: 'direct' | 'indirect';
  /** The speaker as written in the text ("مسؤول أميركي", "بيسكوف"). */
  speaker: string;
  speakerSpan?: Span;
  /** Index into `Article.mentions` of the speaker, when it is a named entity. */
  speakerMention?: number;
  /** The speech verb that introduced the quote. */
  verb?: string;
}

export type DatePrecision = 'day' | 'month' | 'year';

/** A date expression found in the body and resolved to an absolute date. */
export interface DateExpr extends Span {
  /** The expression as written ("أمس الثلاثاء", "10 يناير"). */
  expression: string;
  /** ISO date: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  precision: DatePrecision;
  relative: boolean;
  /** The event lies after the publication date (scheduled talks). */
  scheduled?: boolean;
  /** The clause around the expression that says what happened. */
  event: Span;
  /** Range end for "12 و13 يناير". */
  endDate?: string;
}

/** The article as it moves through the per-article stages. */
export interface Article {
  id: string;
  source: string;
  /** sha256 of the raw content: the idempotency key of the store. */
  contentHash: string;
  raw: RawInput;

  // clean
  title: string | null;
  outlet: string | null;
  published: string | null;
  publishedFrom?: string;
  /** 0..1: how sure we are of `published` when it was inferred. */
  publishedConfidence?: number;
  dateline: string | null;
  credits: string[];
  /** Agencies credited for photos (captions), apart from the wire credits of the text. */
  photoCredits?: string[];
  body: string;
  removed: Removed[];
  /** Which extraction method won (for HTML: the numbered fallback step). */
  extractedBy?: string;

  // text
  tokens?: Token[];
  sentences?: Span[];
  paragraphs?: Span[];

  // extract
  mentions?: Mention[];
  quotes?: Quote[];
  dates?: DateExpr[];

  // corpus (assigned by corpus stages)
  duplicateOf?: string | null;
  storyId?: string;
}

/** Contract shapes (see ../shared/contract/analysis.schema.json). */
export interface SourceSpan {
  document: string;
  start: number;
  end: number;
}

export interface SummarySentence {
  text: string;
  sources: SourceSpan[];
}

export interface OutletUnique {
  outlet: string;
  /** What only this outlet reports; `kind` says whether it is a quote, a count or another fact. */
  unique: Array<SourceSpan & { text: string; kind?: 'quote' | 'number' | 'fact' }>;
}

export interface Story {
  id: string;
  threadId: string;
  documents: string[];
  title: string;
  summary: SummarySentence[];
  outlets?: OutletUnique[];
  /** Ids of stories merged into this one (they stay resolvable). */
  aliases?: string[];
}

export interface Thread {
  id: string;
  stories: string[];
  title: string;
  /** Cited summary over every article of the thread's stories (corpus/summary). */
  summary?: SummarySentence[];
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  variants: string[];
  titles?: string[];
  mentions: Array<SourceSpan & { text?: string }>;
  /** Why spellings were merged: one line per merge decision. */
  why?: string[];
}

export interface QuoteOut extends SourceSpan {
  speaker: string;
  speakerEntity?: string | null;
  text: string;
  kind: 'direct' | 'indirect';
}

export interface TimelineEvent {
  date: string;
  precision: DatePrecision;
  text: string;
  scheduled?: boolean;
  storyId?: string;
  evidence: Array<SourceSpan & { expression: string }>;
}

export interface Contradiction {
  about: string;
  kind?: 'date' | 'number' | 'place' | 'speaker';
  storyId?: string;
  /** Set when the claims come from different stories of this thread. */
  threadId?: string;
  claims: Array<SourceSpan & { value: string; text?: string }>;
}

/** Everything the corpus stages produce over a set of articles. */
export interface Corpus {
  articles: Article[];
  stories: Story[];
  threads: Thread[];
  entities: Entity[];
  timeline: TimelineEvent[];
  contradictions: Contradiction[];
  /** Results of the last stored refresh, given by the store (corpus/reuse). */
  prior?: PriorResults;
  /** Which stories and threads keep their prior results (set by the reuse stage). */
  reuse?: ReuseState;
}

/** The `rasd analyze --json` object. */
export interface Analysis {
  version: 1;
  documents: Array<{
    id: string;
    source: string;
    outlet: string | null;
    published: string | null;
    publishedFrom?: string;
    title: string | null;
    dateline: string | null;
    credits: string[];
    body: string;
    removed: Array<{ text: string; kind: RemovedKind }>;
    duplicateOf: string | null;
    storyId: string;
  }>;
  stories: Story[];
  threads: Thread[];
  entities: Entity[];
  quotes: QuoteOut[];
  timeline: TimelineEvent[];
  contradictions: Contradiction[];
}

/** A problem with one input, reported without stopping the batch. */
export interface InputError {
  source: string;
  line?: number;
  message: string;
}
