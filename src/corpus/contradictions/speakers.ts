/**
 * Speaker claims: who the quote stage says spoke a direct quote. Two outlets carrying the same words
 * (most of the quote's content terms in common) from two differently named people disagree
 * about who said it; a role ("وزير الخارجية") never counts as a different person.
 */
import { quotePairs } from '../../extract/quotes/pairs.ts';
import { nameKey, normalizeText, tokenize } from '../../text/index.ts';
import { loadNormSet } from '../summary/lists.ts';
import { contentTerms } from '../summary/units.ts';
import type { SpeakerClaim } from './claims.ts';
import { type DocContext, sentenceAt, spanTerms } from './context.ts';
import { isNisba } from './places.ts';

/** Name keys of the words of a speaker phrase that name someone (roles and adjectives removed). */
export function speakerNames(phrase: string): string[] {
  const roles = loadNormSet('role-words.txt');
  const stop = loadNormSet('stopwords.txt');
  const kept: string[] = [];
  let inName = false;
  for (const t of tokenize(phrase)) {
    if (t.kind !== 'word') continue;
    const n = t.norm;
    // "الركراكي" after "وليد" is a family name; "الروسي" after "الخارجية" is an adjective
    const skip: boolean = roles.has(n) || stop.has(n) || n.length <= 2 || (isNisba(n) && !inName);
    inName = !skip;
    if (!skip) kept.push(nameKey(n));
  }
  // a long remainder is an organisation or a clause the quote stage took for a speaker
  return kept.length <= MAX_NAME_WORDS ? kept : [];
}

/** Words of a person's name, at most (first, middle, family, and a "بن"-style link). */
export const MAX_NAME_WORDS = 4;

/** The words inside quotation marks in a reported clause ("أن فريقه «دفع الثمن»"), or ''. */
export function markedWords(text: string): string {
  return quotePairs(text, [{ start: 0, end: text.length }])
    .map((p) => text.slice(p.open + 1, p.close))
    .join(' ');
}

/** Speaker claims of one article (quotes with a speaker). */
export function speakerClaims(ctx: DocContext): SpeakerClaim[] {
  const out: SpeakerClaim[] = [];
  for (const q of ctx.article.quotes ?? []) {
    // reported speech is paraphrase: several officials may say the same; only words in
    // quotation marks pin down who said them (a direct quote, or the marked part of a reported one)
    const verbatim = q.kind === 'direct' ? q.text : markedWords(q.text);
    if (!verbatim) continue;
    const speaker = q.speakerSpan ? ctx.body.slice(q.speakerSpan.start, q.speakerSpan.end) : q.speaker;
    if (!speaker.trim()) continue;
    const span = q.speakerSpan ?? { start: q.start, end: q.end };
    const mention = q.speakerMention !== undefined ? ctx.article.mentions?.[q.speakerMention] : undefined;
    const quoteTerms = new Set(contentTerms(tokenize(normalizeText(verbatim, 'display'))));
    out.push({
      kind: 'speaker',
      document: ctx.id,
      outlet: ctx.outlet,
      storyId: ctx.storyId,
      value: speaker,
      start: span.start,
      end: span.end,
      sentence: sentenceAt(ctx, q.start),
      terms: spanTerms(ctx, sentenceAt(ctx, q.start)),
      quoteTerms,
      names:
        mention?.type === 'PER' && !mention.roleOnly ? speakerNames(mention.text) : speakerNames(speaker),
      ...(mention?.entityId ? { entityId: mention.entityId } : {}),
    });
  }
  return out;
}
