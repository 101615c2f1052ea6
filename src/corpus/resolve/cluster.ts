/**
 * A cluster of mentions that resolution believes name one entity, with the reasons it
 * merged them; and the entity record built from it (canonical name, variants, titles, id).
 */
import { createHash } from 'node:crypto';
import type { Entity, EntityType } from '../../doc/types.ts';
import { normalizeText } from '../../text/index.ts';
import { type MentionRef, nameWords } from './forms.ts';

/** Mentions believed to be one entity. */
export interface Cluster {
  type: EntityType;
  refs: MentionRef[];
  why: string[];
  /** Canonical name given by the alias table, when one matched. */
  aliasCanonical?: string;
  /** A generic institution name, kept to one document until context merges it (generic.ts). */
  scope?: { document: string; key: string };
}

/** Distinct variants of a cluster with their counts, most frequent first. */
export function formsOf(c: Cluster): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const r of c.refs) if (!r.mention.roleOnly) counts.set(r.variant, (counts.get(r.variant) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/** Fullest form seen: most words, then most mentions, then the longest. */
export function canonicalOf(c: Cluster): string {
  const forms = formsOf(c);
  if (c.aliasCanonical) {
    const key = normalizeText(c.aliasCanonical, 'match');
    const seen = forms.find(([f]) => normalizeText(f, 'match') === key);
    if (seen) return seen[0];
  }
  const sorted = [...forms].sort(
    (a, b) =>
      nameWords(b[0]).length - nameWords(a[0]).length ||
      b[1] - a[1] ||
      b[0].length - a[0].length ||
      (a[0] < b[0] ? -1 : 1),
  );
  return sorted[0]?.[0] ?? '';
}

/** Stable id from the type and the canonical name's key, not from input order. */
export function entityId(type: EntityType, key: string): string {
  return `${type.toLowerCase()}-${createHash('sha1').update(`${type}|${key}`).digest('hex').slice(0, 10)}`;
}

/** Merge `from` into `into`, recording why. */
export function mergeInto(into: Cluster, from: Cluster, reason: string): void {
  into.refs.push(...from.refs);
  into.why.push(reason, ...from.why);
  into.aliasCanonical ??= from.aliasCanonical;
  from.refs = [];
}

/** Entity record of a cluster (id assigned by the caller). */
export function toEntity(c: Cluster, id: string): Entity {
  const titles = new Map<string, string>();
  for (const r of c.refs)
    for (const t of r.mention.titles ?? [])
      titles.set(normalizeText(t, 'match'), titles.get(normalizeText(t, 'match')) ?? t);
  const variants = formsOf(c).map(([f]) => f);
  return {
    id,
    type: c.type,
    name: canonicalOf(c),
    variants,
    ...(titles.size ? { titles: [...titles.values()] } : {}),
    mentions: c.refs.map((r) => ({
      document: r.document,
      start: r.mention.start,
      end: r.mention.end,
      text: r.mention.text,
    })),
    ...(c.why.length ? { why: c.why } : {}),
  };
}
