/**
 * Quote detection over the tokens of a body. Three sources, in this order:
 * 1. speech verbs (قال، أكد، مؤكدا ...) followed by their speaker and complement: a quote mark
 *    (direct), or إن/أن (indirect: the reported clause up to the end of the sentence or the
 *    next attribution), or a colon;
 * 2. quotes followed by their verb ("«...»، قال بيسكوف");
 * 3. attribution phrases (بحسب، وفقا لـ): the statement before them in the sentence;
 * 4. statements (وجاء في بيان لـX أن): X, or the last speaker for "البيان".
 * A verb with no named subject (وأضاف، مؤكدا) inherits the previous speaker; `index.ts`
 * resolves those chains in text order.
 */
import type { Mention, Span, Token } from '../../doc/types.ts';
import { normalizeText } from '../../text/index.ts';
import { readTable } from '../dates/table.ts';
import { introducesName } from '../entities/outlets.ts';
import { dictionaryClass } from '../ner/features.ts';
import { quoteLexicon, speechVerb } from './lexicon.ts';
import { type QuotePair, quotePairs } from './pairs.ts';
import { adjunctBefore, type SpeakerPhrase, speakerAt, speakerBefore } from './speaker.ts';

/** A quote before chain resolution: `speaker` null means "the previous speaker". */
export interface DraftQuote extends Span {
  kind: 'direct' | 'indirect';
  speaker: Span | null;
  verb?: string;
  /** Which source found it (for debugging). */
  via: 'verb' | 'verb-after' | 'attribution' | 'statement';
}

/** Words that open a reported clause (match-normalized). */
const COMPLEMENTIZERS = new Set(['ان', 'انه', 'انها', 'انهم', 'بان', 'بانه', 'بانها', 'بانهم', 'فان']);
/** How many tokens may stand between the speaker and the complement (adjuncts, commas). */
const MAX_GAP = 14;
/** A quoted name ("رويترز") between verb and complement is not the quote. */
const MIN_DIRECT_WORDS = 3;
/** Words of a quotation that a speech verb follows ("«الوضع كارثي»، قال"), at least. */
const MIN_DIRECT_WORDS_BEFORE_VERB = 2;
/** Weak verbs (تابع، كتب) need their complement right away. */
const MAX_GAP_WEAK = 2;
/**
 * Verbs whose present tense with no subject continues the last speaker (analysis pieces tell
 * a source's words in the present: "ويقول: «...»"). Lemmas as in speech-verbs.txt.
 */
const CHAIN_LEMMAS = new Set(['قال', 'أضاف', 'أوضح', 'تابع']);
/** Words before a speech verb that make it a verbal noun or negate it (عدم ذكر، دون أن يقول). */
const NOT_SAYING = new Set(['عدم', 'دون', 'بدون', 'رفض']);

/** The speech verb at token `j` is a verbal noun after عدم/دون, not an attribution. */
function isVerbalNoun(tokens: Token[], j: number): boolean {
  const prev = tokens[j - 1];
  return prev !== undefined && NOT_SAYING.has(prev.norm.replace(/^و/, ''));
}

interface Ctx {
  body: string;
  tokens: Token[];
  sentences: Span[];
  pairs: QuotePair[];
  pairByOpen: Map<number, QuotePair>;
  used: Set<QuotePair>;
  mentions: Mention[];
}

function sentenceAt(ctx: Ctx, offset: number): Span {
  return ctx.sentences.find((s) => offset >= s.start && offset < s.end) ?? { start: 0, end: ctx.body.length };
}

function content(ctx: Ctx, pair: QuotePair): Span {
  return trim(ctx.body, pair.open + 1, pair.close);
}

/** Trim spaces and trailing clause punctuation. */
function trim(body: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(body[s])) s++;
  while (e > s && /[\s.،,؛;:!؟?]/.test(body[e - 1])) e--;
  return { start: s, end: e };
}

function isAttributionAt(ctx: Ctx, i: number): number {
  const lex = quoteLexicon();
  for (const seq of lex.attributions) {
    let ok = true;
    for (let k = 0; k < seq.length && ok; k++) {
      const t = ctx.tokens[i + k];
      if (!t) ok = false;
      else if (k === seq.length - 1 && seq[k] === 'ل') ok = t.norm === 'ل' || t.norm.startsWith('ل');
      else ok = t.norm === seq[k] || (k === 0 && t.norm === `و${seq[k]}`);
    }
    if (ok) return seq.length;
  }
  return 0;
}

/** Length of the pronoun connective ("لكنه"، "إلا أنها") at token `i`, else 0. */
function pronounSubjectAt(ctx: Ctx, i: number): number {
  for (const seq of quoteLexicon().pronounSubjects) {
    if (seq.every((w, k) => ctx.tokens[i + k]?.norm === w)) return seq.length;
  }
  return 0;
}

/** "، لكنه حذر": the verb at `i` follows a pronoun connective, so its speaker is the previous one. */
function afterPronounSubject(ctx: Ctx, i: number): boolean {
  for (const seq of quoteLexicon().pronounSubjects) {
    if (i >= seq.length && pronounSubjectAt(ctx, i - seq.length) === seq.length) return true;
  }
  return false;
}

/** End of a reported clause that starts at `start`: the sentence end or the next attribution. */
function clauseEnd(ctx: Ctx, fromToken: number, sentence: Span): number {
  for (let j = fromToken; j < ctx.tokens.length && ctx.tokens[j].start < sentence.end; j++) {
    const t = ctx.tokens[j];
    if (t.text !== '،' && t.text !== ',') continue;
    const next = ctx.tokens[j + 1];
    if (!next) break;
    const v = speechVerb(next);
    // A participle, a coordinated verb or a new main verb after a comma starts another statement,
    // so does a verb after a pronoun connective ("، لكنه حذر من أن").
    if (v || isAttributionAt(ctx, j + 1)) return t.start;
    const n = pronounSubjectAt(ctx, j + 1);
    if (n && ctx.tokens[j + 1 + n] && speechVerb(ctx.tokens[j + 1 + n])) return t.start;
    if (next.norm === 'وذلك') return t.start;
  }
  return sentence.end;
}

function tokenIndexAt(ctx: Ctx, offset: number): number {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The quote a complement opens at token `j` (a quote mark, or the clause after it). */
function complementQuote(ctx: Ctx, j: number, sentence: Span): Omit<DraftQuote, 'speaker' | 'via'> | null {
  const t = ctx.tokens[j];
  const pair = ctx.pairByOpen.get(t.start);
  if (pair && !ctx.used.has(pair)) {
    ctx.used.add(pair);
    return { ...content(ctx, pair), kind: 'direct' };
  }
  const next = ctx.tokens[j + 1];
  const nextPair = next ? ctx.pairByOpen.get(next.start) : undefined;
  if (nextPair && !ctx.used.has(nextPair)) {
    // "أن «...»" or ": «...»": the quoted words are the quote, unless more clause follows.
    const after = trim(
      ctx.body,
      nextPair.close + 1,
      clauseEnd(ctx, tokenIndexAt(ctx, nextPair.close + 1), sentence),
    );
    if (after.end - after.start < 3) {
      ctx.used.add(nextPair);
      return { ...content(ctx, nextPair), kind: 'direct' };
    }
  }
  const span = trim(ctx.body, t.end, clauseEnd(ctx, j + 1, sentence));
  if (span.end - span.start < 3) return null;
  // "أن فريقه «دفع ثمن ...»": quotation marks inside the clause stay in it; the clause is the
  // quote, reported, since its first words ("فريقه") are needed to read the quoted ones.
  for (const p of ctx.pairs) if (p.open >= span.start && p.close < span.end) ctx.used.add(p);
  return { ...span, kind: 'indirect' };
}

/** Source 1: a speech verb at token `i`, its speaker and its complement. */
function fromVerb(ctx: Ctx, i: number): DraftQuote | null {
  const tokens = ctx.tokens;
  const verb = speechVerb(tokens[i]);
  if (!verb || insidePair(ctx, tokens[i].start) || isVerbalNoun(tokens, i)) return null;
  // "بحسب ما أفادت به X", "حسبما أعلن X": the attribution phrase owns the verb.
  const prev = tokens[i - 1];
  if (prev && (prev.norm === 'ما' || isAttributionAt(ctx, i - 1))) return null;
  const sentence = sentenceAt(ctx, tokens[i].start);
  let phrase =
    verb.type === 'participle' ? { span: null, next: i + 1 } : speakerAt(tokens, i + 1, sentence.end);
  const subject = verb.type === 'participle' ? clauseSubject(ctx, i, sentence) : null;
  if (verb.relay) {
    // "نقلت وكالة «رويترز» عن مسؤول", "نقلت وكالة الأنباء (بترا) عن مسؤول": skip a quoted
    // name or a bracketed abbreviation; the speaker follows عن.
    let k = phrase.next;
    const named = tokens[k] ? ctx.pairByOpen.get(tokens[k].start) : undefined;
    if (named) k = tokenIndexAt(ctx, named.close + 1);
    k = afterBrackets(tokens, k);
    if (tokens[k]?.norm === 'عن') phrase = speakerAt(tokens, k + 1, sentence.end);
  }
  if (verb.type !== 'participle') phrase = appositiveName(ctx, phrase, sentence) ?? phrase;
  // "ويتوقع أن ..." with no subject is impersonal ("it is expected"), not a speaker's words;
  // "ويضيف:"، "ويقول إن" opening a clause go on with the last speaker, as وأضاف does.
  const opensClause =
    isClauseInitial(ctx, i, sentence) || (isComma(tokens[i - 1]) && tokens[i].norm.startsWith('و'));
  const chains = CHAIN_LEMMAS.has(verb.lemma) && opensClause;
  if (verb.type === 'present' && !phrase.span && !chains) return null;
  const gap = verb.weak ? MAX_GAP_WEAK : MAX_GAP;
  for (let j = phrase.next; j < tokens.length && j - phrase.next <= gap; j++) {
    const t = tokens[j];
    if (t.start >= sentence.end) break;
    if (j > phrase.next && speechVerb(t) && !isVerbalNoun(tokens, j)) break;
    const pair = ctx.pairByOpen.get(t.start);
    // a quoted name ("لشبكة «سي إن إن»") is skipped like a short quotation
    if (pair && (wordCount(ctx, pair) < MIN_DIRECT_WORDS || introducesName(tokens[j - 1]))) {
      j = tokenIndexAt(ctx, pair.close + 1) - 1;
      continue;
    }
    const opens = pair !== undefined || COMPLEMENTIZERS.has(t.norm) || t.text === ':';
    if (!opens) continue;
    if (verb.quoted && !pair) return null;
    const q = complementQuote(ctx, j, sentence);
    if (!q) return null;
    let speaker = phrase.span ?? subject;
    const inherits = isClauseInitial(ctx, i, sentence) || afterPronounSubject(ctx, i);
    if (!speaker && verb.type !== 'participle' && !inherits) {
      speaker =
        speakerBefore(tokens, i, sentence.start) ??
        mentionBefore(ctx, adjunctBefore(tokens, i, sentence.start) ?? tokens[i].start, sentence.start);
    }
    return { ...q, speaker, verb: tokens[i].text, via: 'verb' };
  }
  return null;
}

/**
 * The subject of the sentence a participle follows when no speech verb comes before it there
 * ("وأعرب وزير الخارجية عن قلقه، مؤكدا أن": وزير الخارجية): the words after the sentence's
 * opening verb. With a speech verb before it, the participle goes on with that quote's speaker.
 */
function clauseSubject(ctx: Ctx, i: number, sentence: Span): Span | null {
  const tokens = ctx.tokens;
  const first = tokenIndexAt(ctx, sentence.start);
  for (let k = first; k < i; k++) if (speechVerb(tokens[k])) return null;
  const opener = tokens[first];
  if (opener?.kind !== 'word') return null;
  if (!dictionaryClass(opener.text, /^[وف]/.test(opener.norm) ? 1 : 0).includes('V')) return null;
  const phrase = speakerAt(tokens, first + 1, sentence.end);
  if (!phrase.span || phrase.span.end > tokens[i].start) return null;
  // The object after the subject ends it: a noun with a pronoun ("أبدى الوزير ارتياحه").
  let end = first + 1;
  while (end < phrase.next && !possessed(tokens[end])) end++;
  return end > first + 1 ? { start: phrase.span.start, end: tokens[end - 1].end } : null;
}

/** A noun with an attached pronoun (ارتياحه، قلقها): the dictionary knows it without the pronoun. */
function possessed(t: Token): boolean {
  const m = /^(.{3,})(?:ه|ها|هم)$/.exec(t.text);
  return m !== null && t.kind === 'word' && dictionaryClass(m[1], 0) !== '-';
}

/** Longest place or body after a speaker's description and before the comma, in tokens. */
const MAX_ADJUNCT = 4;

/** "في", "لدى" or a word with a joined ب: what opens a description's place ("في عدن", "بالمصرف"). */
function isAdjunctStart(t: Token): boolean {
  return t.kind === 'word' && (t.norm === 'في' || t.norm === 'لدي' || /^ب\S{3,}/.test(t.norm));
}

/** Longest name between commas after a speaker's description, in tokens. */
const MAX_APPOSITIVE = 5;

const isComma = (t: Token | undefined) => t?.text === '،' || t?.text === ',';

/**
 * "وقال محامي المتهم، فلان الفلاني، إن": a description, then the person's name between commas.
 * The name speaks when the entities stage tagged a person there and none in the description;
 * words between commas that are no tagged name ("، متحدثا للصحفيين،") leave the speaker as it is.
 */
function appositiveName(ctx: Ctx, phrase: SpeakerPhrase, sentence: Span): SpeakerPhrase | null {
  const tokens = ctx.tokens;
  const span = phrase.span;
  if (!span) return null;
  // the description may end in a place or body it works in ("رئيس فرع النقابة في عدن،")
  let comma = phrase.next;
  while (comma < tokens.length && comma - phrase.next < MAX_ADJUNCT && tokens[comma].kind === 'word') comma++;
  if (!isComma(tokens[comma]) || (comma > phrase.next && !isAdjunctStart(tokens[phrase.next]))) return null;
  const from = comma + 1;
  let k = from;
  while (k < tokens.length && k - from < MAX_APPOSITIVE && tokens[k].kind === 'word') k++;
  if (k === from || !isComma(tokens[k]) || tokens[k].start >= sentence.end) return null;
  const name = { start: tokens[from].start, end: tokens[k - 1].end };
  const person = (m: Mention, s: Span) => m.type === 'PER' && !m.roleOnly && overlap(m, s) > 0;
  const tagged = ctx.mentions.some((m) => person(m, name) && m.start >= name.start && m.end <= name.end);
  if (!tagged || ctx.mentions.some((m) => person(m, span))) return null;
  return { span: name, next: k };
}

/** Longest bracketed abbreviation after a name, in tokens ("(بترا)", "(سومو)"). */
const MAX_BRACKETED = 4;

/** The token after a bracketed abbreviation that opens at `k`, else `k`. */
function afterBrackets(tokens: Token[], k: number): number {
  if (tokens[k]?.text !== '(') return k;
  for (let j = k + 1; j < tokens.length && j - k <= MAX_BRACKETED + 1; j++) {
    if (tokens[j].text === ')') return j + 1;
  }
  return k;
}

/** The nearest mention of one of `types` (person or organisation) before `offset`, from `sentenceStart` on. */
function mentionBefore(
  ctx: Ctx,
  offset: number,
  sentenceStart: number,
  types: readonly string[] = ['PER', 'ORG'],
): Span | null {
  let best: Mention | null = null;
  for (const m of ctx.mentions) {
    if (m.start >= sentenceStart && m.end <= offset && types.includes(m.type)) {
      if (!best || m.start > best.start) best = m;
    }
  }
  return best ? { start: best.start, end: best.end } : null;
}

/** A verb inside a quotation is the quoted speaker's own words, not an attribution. */
function insidePair(ctx: Ctx, offset: number): boolean {
  return ctx.pairs.some((p) => offset > p.open && offset < p.close);
}

function wordCount(ctx: Ctx, pair: QuotePair): number {
  return ctx.body
    .slice(pair.open + 1, pair.close)
    .split(/\s+/)
    .filter(Boolean).length;
}

/** The verb opens its sentence (after و/ف): no subject before it. */
function isClauseInitial(ctx: Ctx, i: number, sentence: Span): boolean {
  const prev = ctx.tokens[i - 1];
  return !prev || prev.start < sentence.start;
}

/** Source 2: a quote followed by its verb ("«...»، قال بيسكوف"). */
function fromVerbAfter(ctx: Ctx, pair: QuotePair): DraftQuote | null {
  if (ctx.used.has(pair)) return null;
  let j = tokenIndexAt(ctx, pair.close + 1);
  while (ctx.tokens[j] && ['،', ',', '-', '–'].includes(ctx.tokens[j].text)) j++;
  const t = ctx.tokens[j];
  const verb = t ? speechVerb(t) : undefined;
  if (!verb || verb.type === 'participle') return null;
  const span = content(ctx, pair);
  // a speech verb right after the marks makes two words a quotation ("«الوضع كارثي»، يقول")
  if (wordCount(ctx, pair) < MIN_DIRECT_WORDS_BEFORE_VERB) return null;
  ctx.used.add(pair);
  const phrase = speakerAt(ctx.tokens, j + 1, sentenceAt(ctx, t.start).end);
  return { ...span, kind: 'direct', speaker: phrase.span, verb: t.text, via: 'verb-after' };
}

/** Source 3: an attribution phrase at token `i` and the statement it attributes. */
function fromAttribution(ctx: Ctx, i: number): DraftQuote | null {
  const n = isAttributionAt(ctx, i);
  if (!n) return null;
  const last = ctx.tokens[i + n - 1];
  const sentence = sentenceAt(ctx, ctx.tokens[i].start);
  // "وفقا لجين": the speaker is glued to ل.
  const glued =
    last.norm !== 'ل' && last.norm.startsWith('ل') && quoteLexicon().attributions.some((s) => s.length === n);
  let phrase = glued
    ? speakerAt(ctx.tokens, i + n - 1, sentence.end, 1)
    : speakerAt(ctx.tokens, skipRelative(ctx.tokens, i + n), sentence.end);
  if (!phrase.span) return null;
  phrase =
    issuerOf(ctx.tokens, phrase, glued ? i + n - 1 : skipRelative(ctx.tokens, i + n), sentence) ?? phrase;
  let span = trim(ctx.body, sentence.start, ctx.tokens[i].start);
  span = trimTrailingWord(ctx.body, span, 'وذلك');
  if (span.end - span.start < 12) {
    // "بحسب X، فإن ...": the statement follows the source.
    let j = phrase.next;
    while (
      ctx.tokens[j] &&
      (ctx.tokens[j].text === '،' || ctx.tokens[j].text === ',' || COMPLEMENTIZERS.has(ctx.tokens[j].norm))
    )
      j++;
    if (!ctx.tokens[j] || ctx.tokens[j].start >= sentence.end) return null;
    span = trim(ctx.body, ctx.tokens[j].start, sentence.end);
    if (span.end - span.start < 12) return null;
  }
  return { ...span, kind: 'indirect', speaker: phrase.span, via: 'attribution' };
}

/** Words between a statement's document and its reported clause, at most ("بيان لوزارة الخارجية أن"). */
const MAX_STATEMENT_GAP = 8;

/**
 * Source 4: a statement ("وجاء في بيان لوزارة الخارجية أن ..."، "جاء في البيان أن"): the
 * document speaks for its issuer, named after it with ل or صادر عن. A definite document with no
 * issuer ("البيان") is the one the text just named: its issuer is the organisation (else the
 * person) named last in that sentence or the one before, else the last speaker.
 */
function fromStatement(ctx: Ctx, i: number): DraftQuote | null {
  const tokens = ctx.tokens;
  if (!/^[وف]?جاء?$/.test(tokens[i].norm) || tokens[i + 1]?.norm !== 'في') return null;
  const doc = tokens[i + 2];
  const definite = doc?.norm.startsWith('ال') === true;
  const bare = doc && { ...doc, text: definite ? doc.text.slice(2) : doc.text };
  if (!bare || documentRole(bare) !== 'document') return null;
  const sentence = sentenceAt(ctx, tokens[i].start);
  let k = i + 3;
  let speaker: Span | null = null;
  const glued =
    tokens[k] && normalizeText(tokens[k].text, 'search').startsWith('ل') && tokens[k].norm.length > 2;
  if (documentRole(tokens[k]) === 'issued' && tokens[k + 1]?.norm === 'عن') {
    const phrase = speakerAt(tokens, k + 2, sentence.end);
    [speaker, k] = [phrase.span, phrase.next];
  } else if (documentRole(tokens[k]) === 'issuing') {
    // "وجاء في بيان أصدرته المؤسسة أن"
    const phrase = speakerAt(tokens, k + 1, sentence.end);
    [speaker, k] = [phrase.span, phrase.next];
  } else if (glued) {
    const phrase = speakerAt(tokens, k, sentence.end, 1);
    [speaker, k] = [phrase.span, phrase.next];
  } else if (definite) {
    // the issuer named just before: "أصدرت الهيئة بيانا. وجاء في البيان أن"
    const before = ctx.sentences.filter((x) => x.end <= sentence.start).pop();
    const from = before?.start ?? sentence.start;
    speaker = mentionBefore(ctx, tokens[i].start, from, ['ORG']) ?? mentionBefore(ctx, tokens[i].start, from);
  } else return null;
  for (let j = k; j < tokens.length && j - k <= MAX_STATEMENT_GAP && tokens[j].start < sentence.end; j++) {
    if (!COMPLEMENTIZERS.has(tokens[j].norm) && tokens[j].text !== ':') continue;
    const q = complementQuote(ctx, j, sentence);
    return q ? { ...q, speaker, verb: tokens[i].text, via: 'statement' } : null;
  }
  return null;
}

let documents: Map<string, string> | null = null;

/** Role of a word in data/extract/speaker-documents.txt ("document", "issued"), by its search form. */
function documentRole(t: Token | undefined, glued = false): string | undefined {
  if (!t) return undefined;
  documents ??= new Map(readTable('speaker-documents.txt').map((r) => [r.key, r.cols[1]]));
  const w = normalizeText(t.text, 'search');
  return documents.get(glued ? w.replace(/^ل/, '') : w);
}

/**
 * A word that may open the issuer right after a document noun: not an adjective of the
 * document ("معطيات رسمية", "بيان ختامي": a nisba in its raw spelling) and no word with a
 * joined ل ("بيان للخارجية"), which the span cannot cut cleanly.
 */
function issuerWord(t: Token): boolean {
  return t.kind === 'word' && !/(?:ية|ي)$/.test(t.text) && !normalizeText(t.text, 'search').startsWith('ل');
}

/**
 * "وفقا لبيانات هيئة الإحصاء" → هيئة الإحصاء; "بحسب تقرير صادر عن وزارة الزراعة" → وزارة
 * الزراعة: an attribution to a document speaks for its issuer. `first` is the phrase's first
 * token (a ل glued to it when the attribution ends in ل).
 */
function issuerOf(
  tokens: Token[],
  phrase: SpeakerPhrase,
  first: number,
  sentence: Span,
): SpeakerPhrase | null {
  if (!phrase.span || documentRole(tokens[first], true) !== 'document') return null;
  let k = first + 1;
  if (documentRole(tokens[k]) === 'issuing') return speakerAt(tokens, k + 1, sentence.end);
  if (documentRole(tokens[k]) === 'issued') k++;
  if (tokens[k]?.norm === 'عن') return speakerAt(tokens, k + 1, sentence.end);
  if (k >= phrase.next || k > first + 1 || !issuerWord(tokens[k])) return null;
  return { span: { start: tokens[k].start, end: phrase.span.end }, next: phrase.next };
}

/** "حسبما أعلن X", "بحسب ما أفادت به X": skip ما, the verb and به before the speaker. */
function skipRelative(tokens: Token[], j: number): number {
  let k = j;
  if (tokens[k]?.norm === 'ما') k++;
  if (tokens[k] && speechVerb(tokens[k])) k++;
  else if (k > j) return j;
  if (tokens[k] && ['به', 'بها', 'فيه'].includes(tokens[k].norm)) k++;
  return k;
}

function trimTrailingWord(body: string, span: Span, word: string): Span {
  const text = body.slice(span.start, span.end);
  if (text.endsWith(word)) return trim(body, span.start, span.end - word.length);
  return span;
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** All quotes of a body, in text order, before chain resolution. */
export function detectQuotes(
  body: string,
  tokens: Token[],
  sentences: Span[],
  paragraphs: Span[],
  mentions: Mention[] = [],
): DraftQuote[] {
  const pairs = quotePairs(body, paragraphs);
  const pairByOpen = new Map(pairs.map((p) => [p.open, p]));
  const ctx: Ctx = { body, tokens, sentences, pairs, pairByOpen, used: new Set(), mentions };
  const drafts: DraftQuote[] = [];
  const add = (q: DraftQuote | null) => {
    if (!q || q.end <= q.start) return;
    const clash = drafts.some((d) => overlap(d, q) > 0.5 * Math.min(d.end - d.start, q.end - q.start));
    if (!clash) drafts.push(q);
  };
  for (let i = 0; i < tokens.length; i++) add(fromVerb(ctx, i) ?? fromStatement(ctx, i));
  for (const pair of pairs) add(fromVerbAfter(ctx, pair));
  for (let i = 0; i < tokens.length; i++) {
    const inside = drafts.some((d) => tokens[i].start >= d.start && tokens[i].start < d.end);
    if (!inside) add(fromAttribution(ctx, i));
  }
  return drafts.sort((a, b) => a.start - b.start);
}
