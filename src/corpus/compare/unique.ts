/**
 * What each outlet alone reports: quotes nobody else carries, counts nobody else gives, and
 * sentences (background facts, details) with no similar sentence at another outlet.
 */
import type { Article, OutletUnique } from '../../doc/types.ts';
import { tokenize } from '../../text/index.ts';
import type { NumberClaim } from '../contradictions/claims.ts';
import { overlapShare } from '../contradictions/conflicts.ts';
import { docContext } from '../contradictions/context.ts';
import { numberClaims } from '../contradictions/numbers.ts';
import { contentTerms, representativeArticles } from '../summary/units.ts';
import { alignClaims, type ClaimUnit, outletOf, SHARED_CLAIM } from './align.ts';

/** Items listed per outlet, at most. */
export const MAX_UNIQUE_PER_OUTLET = 8;
/** A quote is carried by another outlet when this share of its terms appears in one of its sentences. */
export const QUOTE_CARRIED = 0.5;
/** Sentences with fewer content terms are too slight to list as a fact. */
export const MIN_FACT_TERMS = 5;

type Item = OutletUnique['unique'][number] & { rank: number };

function termsOf(text: string): Set<string> {
  return new Set(contentTerms(tokenize(text)));
}

/** Quotes of `a` that no sentence of another outlet carries. */
function uniqueQuotes(a: Article, others: ClaimUnit[]): Item[] {
  return (a.quotes ?? [])
    .filter((q) => q.kind === 'direct')
    .filter((q) => {
      const t = termsOf(q.text);
      return t.size >= 3 && !others.some((o) => overlapShare(t, new Set(o.terms)) >= QUOTE_CARRIED);
    })
    .map((q) => ({
      document: a.id,
      start: q.start,
      end: q.end,
      text: q.text,
      kind: 'quote' as const,
      rank: 0,
    }));
}

/** Counts of `a` whose amount and counted noun no other outlet gives (`counts`: claims per article id). */
function uniqueNumbers(a: Article, otherArticles: Article[], counts: Map<string, NumberClaim[]>): Item[] {
  const mine = counts.get(a.id) ?? [];
  const theirs = otherArticles.flatMap((o) => counts.get(o.id) ?? []);
  return mine
    .filter((c) => !theirs.some((t) => t.unit === c.unit && t.amount === c.amount))
    .map((c) => ({
      document: a.id,
      start: c.sentence.start,
      end: c.sentence.end,
      text: a.body.slice(c.sentence.start, c.sentence.end),
      kind: 'number' as const,
      rank: 1,
    }));
}

/** Articles compared in one story, at most. */
export const MAX_COMPARED = 60;

/** Per outlet, what only it reports (outlets with nothing of their own are left out). */
export function outletUniques(articles: Article[]): OutletUnique[] {
  // Alignment is quadratic: a very big story is compared through a representative set per outlet.
  const kept = representativeArticles(
    articles.filter((a) => !a.duplicateOf),
    MAX_COMPARED,
  );
  const claims = alignClaims(kept);
  const outlets = [...new Set(kept.map(outletOf))];
  if (outlets.length < 2) return [];
  const counts = new Map(kept.map((a) => [a.id, numberClaims(docContext(a))]));
  return outlets
    .map((outlet) => {
      const mine = kept.filter((a) => outletOf(a) === outlet);
      const others = kept.filter((a) => outletOf(a) !== outlet);
      const otherClaims = claims.filter((c) => c.outlet !== outlet);
      const facts: Item[] = claims
        .filter((c) => c.outlet === outlet && c.bestOther < SHARED_CLAIM && c.terms.length >= MIN_FACT_TERMS)
        .map((c) => ({
          document: c.doc,
          start: c.start,
          end: c.end,
          text: c.text,
          kind: 'fact' as const,
          rank: 2 + c.index / 100,
        }));
      const items = [
        ...mine.flatMap((a) => uniqueQuotes(a, otherClaims)),
        ...mine.flatMap((a) => uniqueNumbers(a, others, counts)),
        ...facts,
      ];
      // one entry per span: a quote inside a unique sentence is listed as the quote
      const seen: Item[] = [];
      for (const it of items.sort((x, y) => x.rank - y.rank)) {
        if (seen.some((s) => s.document === it.document && s.start < it.end && it.start < s.end)) continue;
        seen.push(it);
      }
      return {
        outlet,
        unique: seen.slice(0, MAX_UNIQUE_PER_OUTLET).map(({ rank: _rank, ...rest }) => rest),
      };
    })
    .filter((o) => o.unique.length > 0);
}
