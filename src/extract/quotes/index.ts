/**
 * The quotes stage: direct and reported quotes with their speakers. Speakerless verbs (وأضاف،
 * مؤكدا) continue the previous speaker; the speaker is linked to the overlapping entity mention
 * when the entities stage found one.
 */
import type { Article, Mention, Quote, Span } from '../../doc/types.ts';
import type { ArticleStage } from '../../pipeline/stage.ts';
import { detectQuotes } from './detect.ts';

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Index of the mention that overlaps the speaker most, if any. */
export function speakerMention(mentions: Mention[], span: Span): number | undefined {
  let best: number | undefined;
  let bestOverlap = 0;
  mentions.forEach((m, i) => {
    const o = overlap(m, span);
    if (o > bestOverlap) {
      best = i;
      bestOverlap = o;
    }
  });
  return best;
}

/** Quotes of an article, chains resolved in text order. */
export function extractQuotes(article: Article): Quote[] {
  const body = article.body;
  const mentions = article.mentions ?? [];
  const drafts = detectQuotes(
    body,
    article.tokens ?? [],
    article.sentences ?? [],
    article.paragraphs ?? [],
    mentions,
  );
  const quotes: Quote[] = [];
  let previous: Span | null = null;
  for (const d of drafts) {
    const speakerSpan = d.speaker ?? previous;
    if (d.speaker) previous = d.speaker;
    const quote: Quote = {
      start: d.start,
      end: d.end,
      text: body.slice(d.start, d.end),
      kind: d.kind,
      speaker: speakerSpan ? body.slice(speakerSpan.start, speakerSpan.end) : '',
    };
    if (speakerSpan) {
      quote.speakerSpan = { ...speakerSpan };
      const m = speakerMention(mentions, speakerSpan);
      if (m !== undefined) quote.speakerMention = m;
    }
    if (d.verb) quote.verb = d.verb;
    quotes.push(quote);
  }
  return quotes;
}

export const quotesStage: ArticleStage = {
  name: 'quotes',
  requires: ['tokens', 'sentences', 'paragraphs', 'mentions'],
  assigns: ['quotes'],
  run(article) {
    article.quotes = extractQuotes(article);
  },
};
