/**
 * Find contradictions in one story: collect the claims of every article, compare each claim
 * with the claims of the same kind from other outlets, keep the pairs that disagree and that
 * no other claim of the other outlet reconciles ("12 dead" is fine if the other outlet also
 * says 12 somewhere), then join pairs that share a claim into one contradiction.
 */
import type { Contradiction } from '../../doc/types.ts';
import { nameKey, normalizeText } from '../../text/index.ts';
import type { Claim, DateClaim, NumberClaim, PlaceClaim, SpeakerClaim } from './claims.ts';
import {
  countsDisagree,
  datesDisagree,
  placesDisagree,
  sameCount,
  sameHappening,
  samePlaceFact,
  sameQuote,
  speakersDisagree,
} from './conflicts.ts';
import type { DocContext } from './context.ts';
import { dateClaims } from './dates.ts';
import { numberClaims } from './numbers.ts';
import { placeClaims, placeCore } from './places.ts';
import { speakerClaims } from './speakers.ts';

/** A rule for one kind of claim. */
interface Rule<C extends Claim> {
  same(x: C, y: C): boolean;
  disagree(x: C, y: C): boolean;
  about(x: C, ctx: DocContext): string;
  /** The other article also states this claim's value somewhere (then it is no disagreement). */
  statedIn?(x: C, other: DocContext): boolean;
}

/** The count rule; `counts` holds every article's count claims (for `statedIn`). */
function numberRule(counts: Map<string, NumberClaim[]>): Rule<NumberClaim> {
  return {
    same: sameCount,
    disagree: countsDisagree,
    // "24% in January" told by both outlets: a count the other outlet also gives is no disagreement
    statedIn: (x, other) =>
      (counts.get(other.id) ?? []).some((z) => z.unit === x.unit && z.amount === x.amount),
    about: (x, ctx) => {
      const from = Math.max(x.sentence.start, ctx.body.lastIndexOf(' ', Math.max(0, x.start - 2)) - 20);
      const lead = ctx.body.slice(from, x.start).trim().split(/\s+/).slice(-3).join(' ');
      return `${lead} … ${x.noun}`.trim();
    },
  };
}

const dateRule: Rule<DateClaim> = {
  same: sameHappening,
  disagree: datesDisagree,
  about: (x) => `موعد ${x.noun}`,
};

const placeRule: Rule<PlaceClaim> = {
  same: samePlaceFact,
  disagree: placesDisagree,
  about: (x, ctx) =>
    `مكان: ${ctx.body.slice(x.sentence.start, x.sentence.end).split(/\s+/).slice(0, 6).join(' ')} …`,
  statedIn: (x, other) => normalizeText(other.body, 'match').includes(placeCore(x.value)),
};

const speakerRule: Rule<SpeakerClaim> = {
  same: sameQuote,
  disagree: speakersDisagree,
  about: (x, ctx) => {
    const q = ctx.body.slice(x.sentence.start, x.sentence.end);
    return `قائل: ${q.split(/\s+/).slice(0, 8).join(' ')} …`;
  },
  statedIn: (x, other) =>
    x.names.length > 0 && x.names.every((n) => nameKey(normalizeText(other.body, 'match')).includes(n)),
};

/** Pairs of claims of one rule that disagree across outlets and that nothing reconciles. */
function conflictingPairs<C extends Claim>(
  claims: C[],
  rule: Rule<C>,
  ctxs: Map<string, DocContext>,
): Array<[C, C]> {
  const out: Array<[C, C]> = [];
  const byDoc = new Map<string, C[]>();
  for (const c of claims) byDoc.set(c.document, [...(byDoc.get(c.document) ?? []), c]);
  const reconciled = (x: C, doc: string) =>
    (byDoc.get(doc) ?? []).some((z) => rule.same(x, z) && !rule.disagree(x, z));
  for (let i = 0; i < claims.length; i++) {
    for (let j = i + 1; j < claims.length; j++) {
      const x = claims[i];
      const y = claims[j];
      if (x.outlet === y.outlet || x.document === y.document) continue;
      if (!rule.same(x, y) || !rule.disagree(x, y)) continue;
      if (reconciled(x, y.document) || reconciled(y, x.document)) continue;
      if (rule.statedIn?.(x, ctxs.get(y.document)!) || rule.statedIn?.(y, ctxs.get(x.document)!)) continue;
      out.push([x, y]);
    }
  }
  return out;
}

const keyOf = (c: Claim) => `${c.document}:${c.start}`;

/** Join pairs that share a claim into one contradiction per disagreement. */
function joinPairs<C extends Claim>(
  pairs: Array<[C, C]>,
  rule: Rule<C>,
  ctxs: Map<string, DocContext>,
): Contradiction[] {
  const groups: C[][] = [];
  for (const [x, y] of pairs) {
    const g = groups.find((m) => m.some((c) => keyOf(c) === keyOf(x) || keyOf(c) === keyOf(y)));
    if (!g) groups.push([x, y]);
    else for (const c of [x, y]) if (!g.some((m) => keyOf(m) === keyOf(c))) g.push(c);
  }
  return groups.map((g) => ({
    about: rule.about(g[0], ctxs.get(g[0].document)!),
    kind: g[0].kind,
    storyId: g[0].storyId,
    claims: g.map((c) => ({
      document: c.document,
      start: c.start,
      end: c.end,
      value: c.value,
      text: ctxs.get(c.document)!.body.slice(c.sentence.start, c.sentence.end),
    })),
  }));
}

/** Contradictions among the articles of one story (contexts built with `docContext`). */
export function findContradictions(ctxs: DocContext[]): Contradiction[] {
  const byId = new Map(ctxs.map((c) => [c.id, c]));
  const counts = new Map(ctxs.map((c) => [c.id, numberClaims(c)]));
  const numbers = [...counts.values()].flat();
  const countRule = numberRule(counts);
  const dates = ctxs.flatMap(dateClaims);
  const places = ctxs.flatMap(placeClaims);
  const speakers = ctxs.flatMap(speakerClaims);
  return [
    ...joinPairs(conflictingPairs(dates, dateRule, byId), dateRule, byId),
    ...joinPairs(conflictingPairs(numbers, countRule, byId), countRule, byId),
    ...joinPairs(conflictingPairs(places, placeRule, byId), placeRule, byId),
    ...joinPairs(conflictingPairs(speakers, speakerRule, byId), speakerRule, byId),
  ];
}
