/**
 * Claim alignment across the outlets of one story: every sentence is a claim, described by
 * its content stems, numbers and resolved entities; a claim is shared when some sentence of
 * another outlet is similar enough (cosine over tf-idf of those terms).
 */
import type { Article } from '../../doc/types.ts';
import { buildUnits, capUnits, type Unit } from '../summary/units.ts';
import { idfOf, pairMatrix, tfidf, type Vec } from '../summary/vectors.ts';

/** Cosine above which two sentences of two outlets tell the same claim. */
export const SHARED_CLAIM = 0.35;

/** Sentences aligned per story, at most (pairwise similarity is quadratic). */
export const MAX_ALIGNED = 1500;

/** A sentence claim with the outlet that makes it. */
export interface ClaimUnit extends Unit {
  outlet: string;
  vec: Vec;
  /** Highest similarity to a sentence of another outlet. */
  bestOther: number;
}

/** Outlet of an article (the document id when unknown, so two unknowns stay apart). */
export function outletOf(a: Article): string {
  return a.outlet ?? `doc:${a.id}`;
}

/** Entity terms of a sentence: resolved entity ids (or mention texts) inside it. */
function entityTerms(a: Article, u: Unit): string[] {
  return (a.mentions ?? [])
    .filter((m) => m.start >= u.start && m.end <= u.end)
    .map((m) => `E:${m.entityId ?? m.text}`);
}

/** Sentence claims of the articles with their best similarity to another outlet. */
export function alignClaims(articles: Article[], minTerms = 3, maxUnits = MAX_ALIGNED): ClaimUnit[] {
  const units = capUnits(buildUnits(articles, minTerms), maxUnits);
  const terms = units.map((u) => [...u.terms, ...entityTerms(articles[u.docIndex], u)]);
  const idf = idfOf(terms);
  const claims: ClaimUnit[] = units.map((u, i) => ({
    ...u,
    outlet: outletOf(articles[u.docIndex]),
    vec: tfidf(terms[i], idf),
    bestOther: 0,
  }));
  const sim = pairMatrix(
    claims.map((c) => c.vec),
    'cosine',
  );
  for (let i = 0; i < claims.length; i++)
    for (let j = 0; j < claims.length; j++)
      if (claims[i].outlet !== claims[j].outlet && sim[i][j] > claims[i].bestOther)
        claims[i].bestOther = sim[i][j];
  return claims;
}
