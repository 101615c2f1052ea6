/**
 * Resolving organisations, places and other names. Evidence:
 *   1. the alias table (data/ner/aliases.txt): الناتو = حلف شمال الأطلسي;
 *   2. the same key, articles left out (الكرملين = كرملين);
 *   3. the same name without a head word (data/ner/org-heads.txt): حماس = حركة حماس;
 *   4. a spelling one edit away in a long name (الكونغرس ~ الكونجرس).
 * A generic institution name (رئاسة الحكومة) stays with its document here (see generic.ts).
 * A name tagged with different types in different articles is one entity of the type most
 * mentions give it (the alias table's type wins).
 */
import { join } from 'node:path';
import type { EntityType } from '../../doc/types.ts';
import { aliasGroups, dataLines, phraseWords } from '../../extract/ner/lexicon.ts';
import { nameDistance } from '../../text/index.ts';
import { DATA_DIR } from '../../util/paths.ts';
import { type Cluster, mergeInto } from './cluster.ts';
import { type MentionRef, placeKey } from './forms.ts';
import { isGenericInstitution } from './generic.ts';

interface Alias {
  type: EntityType;
  canonical: string;
}

let aliases: Map<string, Alias> | null = null;
let heads: Set<string> | null = null;

function aliasTable(): Map<string, Alias> {
  if (!aliases) {
    aliases = new Map();
    for (const g of aliasGroups())
      for (const f of g.forms)
        aliases.set(placeKey(f), { type: g.type as EntityType, canonical: g.canonical });
  }
  return aliases;
}

/**
 * Key of an organisation or place for comparing documents: the alias table's canonical name when
 * the name is a listed form (الناتو → حلف شمال الأطلسي), else its own key (articles left out).
 */
export function canonicalPlaceKey(name: string): string {
  const key = placeKey(name);
  const alias = aliasTable().get(key);
  return alias ? placeKey(alias.canonical) : key;
}

function orgHeads(): Set<string> {
  heads ??= new Set(dataLines(join(DATA_DIR, 'ner', 'org-heads.txt')).flatMap(phraseWords));
  return heads;
}

const MIN_FUZZY = 6;

function majorityType(c: Cluster, alias?: Alias): EntityType {
  if (alias) return alias.type;
  const votes = new Map<EntityType, number>();
  for (const r of c.refs) votes.set(r.mention.type, (votes.get(r.mention.type) ?? 0) + 1);
  return [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0][0];
}

type Keyed = Cluster & { key: string; label: string };

/** Rule 3: حركة حماس joins حماس (the name without its head word), or the other way round. */
function mergeHeadWords(clusters: Keyed[]): void {
  const byKey = new Map<string, Keyed>();
  for (const c of clusters) if (!byKey.has(c.key)) byKey.set(c.key, c);
  for (const d of clusters) {
    if (d.scope) continue;
    const head = d.refs.length ? phraseWords(d.refs[0].variant)[0] : '';
    const words = d.key.split(' ');
    if (words.length < 2 || !orgHeads().has(head)) continue;
    const c = byKey.get(words.slice(1).join(' '));
    if (!c || c === d || c.scope || !c.refs.length || !d.refs.length) continue;
    const [into, from] = c.refs.length >= d.refs.length ? [c, d] : [d, c];
    mergeInto(
      into,
      from,
      `merged ${from.label} into ${into.label}: same name without the head word "${head}"`,
    );
  }
}

/** Rule 4: long names one edit apart (الكونغرس ~ الكونجرس), compared within first-letter buckets. */
function mergeSpellings(clusters: Keyed[]): void {
  const buckets = new Map<string, Keyed[]>();
  for (const c of clusters) {
    // generic names merge by shared context only (generic.ts)
    if (c.key.length < MIN_FUZZY - 1 || c.scope) continue;
    const b = buckets.get(c.key[0]) ?? [];
    b.push(c);
    buckets.set(c.key[0], b);
  }
  for (const bucket of buckets.values()) {
    for (const c of bucket) {
      if (!c.refs.length || c.key.length < MIN_FUZZY) continue;
      for (const d of bucket) {
        if (d === c || !d.refs.length || Math.abs(d.key.length - c.key.length) > 1) continue;
        if (nameDistance(c.key, d.key) > 1) continue;
        mergeInto(
          c,
          d,
          `merged ${d.label} into ${c.label}: spellings one edit apart (${d.label} ~ ${c.label})`,
        );
      }
    }
  }
}

/** Cluster ORG, LOC and MISC mentions. */
export function resolvePlaces(refs: MentionRef[]): Cluster[] {
  const byKey = new Map<string, Keyed>();
  const placeKeys = new Set(refs.filter((r) => r.mention.type === 'LOC').map((r) => placeKey(r.variant)));
  // 1–2: one cluster per alias group or per key; a generic institution name per key and
  // document (generic.ts merges those later, by shared context).
  for (const r of refs) {
    const key = placeKey(r.variant);
    if (!key) continue;
    const alias = aliasTable().get(key);
    const generic = !alias && r.mention.type === 'ORG' && isGenericInstitution(r.variant, placeKeys);
    const k = alias ? `alias:${alias.canonical}` : generic ? `${key}@${r.document}` : key;
    let c = byKey.get(k);
    if (!c) {
      c = {
        type: r.mention.type,
        refs: [],
        why: [],
        key,
        label: alias?.canonical ?? r.variant,
        aliasCanonical: alias?.canonical,
        ...(generic ? { scope: { document: r.document, key } } : {}),
      };
      byKey.set(k, c);
    }
    const line = `merged ${r.variant} into ${c.label}: the alias table lists both`;
    if (alias && placeKey(c.label) !== key && !c.why.includes(line)) c.why.push(line);
    c.refs.push(r);
  }
  const scopeOf = (c: Keyed) => c.scope?.document ?? '';
  const clusters = [...byKey.values()].sort(
    (a, b) =>
      b.refs.length - a.refs.length ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) ||
      (scopeOf(a) < scopeOf(b) ? -1 : 1),
  );
  // 3–4: head words and close spellings, into the more mentioned cluster (indexed: a large
  // corpus compares each name with a few others only).
  mergeHeadWords(clusters);
  mergeSpellings(clusters);
  const out = clusters.filter((c) => c.refs.length);
  for (const c of out) {
    const type = majorityType(c, c.aliasCanonical ? aliasTable().get(placeKey(c.aliasCanonical)) : undefined);
    const other = new Set(c.refs.map((r) => r.mention.type).filter((t) => t !== type));
    if (other.size) c.why.push(`typed ${type}: most mentions say so (also tagged ${[...other].join(', ')})`);
    c.type = type;
  }
  return out;
}
