/**
 * The resolve stage: one entity per real person, organisation or place across all
 * documents, each merge explained in `entity.why`.
 * 1. Collect named mentions with their variants (forms.ts).
 * 2. Cluster people (persons.ts) and organisations/places (places.ts); a generic institution
 *    name (وزارة الصحة) joins across articles that share a person or a place (generic.ts).
 * 3. Build entities: canonical = fullest form, stable id from type and canonical key.
 * 4. Link role-only mentions: to the person their article linked them to, else to the one
 *    person in the corpus holding that title.
 */
import type { Corpus, Entity } from '../../doc/types.ts';
import { roleMatches } from '../../extract/entities/titles.ts';
import { roleLexicon } from '../../extract/ner/lexicon.ts';
import type { CorpusStage } from '../../pipeline/stage.ts';
import { type Cluster, canonicalOf, entityId, mergeInto, toEntity } from './cluster.ts';
import { type MentionRef, nameWords, personKey, placeKey, variantOf } from './forms.ts';
import { mergeGenericInstitutions } from './generic.ts';
import { resolvePersons } from './persons.ts';
import { resolvePlaces } from './places.ts';

/** Named and role-only mentions of every article (syndicated copies count: their spans are real). */
function collect(corpus: Corpus): { named: MentionRef[]; roles: MentionRef[] } {
  const named: MentionRef[] = [];
  const roles: MentionRef[] = [];
  for (const a of corpus.articles) {
    (a.mentions ?? []).forEach((mention, index) => {
      const ref = { document: a.id, index, mention, variant: variantOf(mention) };
      (mention.roleOnly ? roles : named).push(ref);
    });
  }
  return { named, roles };
}

/** Ids from type + canonical key; a clash (two people, one full name) gets a numbered suffix. */
function assignIds(clusters: Cluster[]): Entity[] {
  const used = new Map<string, number>();
  return clusters.map((c) => {
    const name = canonicalOf(c);
    const base = entityId(c.type, c.type === 'PER' ? personKey(name) : placeKey(name));
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return toEntity(c, n === 1 ? base : `${base}-${n}`);
  });
}

/** Link role-only mentions; returns the ones linked at corpus level with their reason. */
function linkRoles(corpus: Corpus, roles: MentionRef[], entities: Entity[], byId: Map<string, Entity>): void {
  const lex = roleLexicon();
  const docs = new Map(corpus.articles.map((a) => [a.id, a]));
  for (const r of roles) {
    const m = r.mention;
    let target: Entity | undefined;
    let reason = '';
    const referred = m.refersTo !== undefined ? docs.get(r.document)?.mentions?.[m.refersTo] : undefined;
    if (referred?.entityId) {
      target = byId.get(referred.entityId);
      reason = 'the article gives this role to';
    } else {
      const holders = entities.filter(
        (e) => e.type === 'PER' && (e.titles ?? []).some((t) => roleMatches(m, t, lex)),
      );
      if (holders.length === 1) {
        target = holders[0];
        reason = 'the only person in the corpus with this title is';
      }
    }
    if (!target) continue;
    m.entityId = target.id;
    target.mentions.push({ document: r.document, start: m.start, end: m.end, text: m.text });
    target.why ??= [];
    const line = `role "${m.text}" → ${target.name}: ${reason} ${target.name}`;
    if (!target.why.includes(line)) target.why.push(line);
  }
}

/**
 * A one-word name typed ORG/LOC/MISC that is the surname of a person mentioned more often
 * (بايدن tagged LOC in some articles) joins that person.
 */
function absorbSurnames(clusters: Cluster[]): Cluster[] {
  const bySurname = new Map<string, Cluster>();
  for (const c of clusters) {
    if (c.type !== 'PER') continue;
    for (const r of c.refs) {
      const key = personKey(r.variant).split(' ').pop() ?? '';
      const had = bySurname.get(key);
      if (!had || had.refs.length < c.refs.length) bySurname.set(key, c);
    }
  }
  for (const c of clusters) {
    if (c.type === 'PER' || c.aliasCanonical || !c.refs.length) continue;
    const keys = new Set(c.refs.map((r) => personKey(r.variant)));
    if (keys.size !== 1) continue;
    const [key] = keys;
    const person = bySurname.get(key);
    if (!person || key.includes(' ') || person.refs.length <= c.refs.length) continue;
    mergeInto(
      person,
      c,
      `merged ${c.refs[0].variant} (tagged ${c.type}) into ${canonicalOf(person)}: the surname of a person mentioned more often`,
    );
  }
  return clusters.filter((c) => c.refs.length);
}

/** A definite nisba adjective after an organisation's name: "المصري", "الأوروبية". */
const NISBA = /^ال\S{2,}(?:ي|يه)$/;

/** Keys of an organisation's name without one, two ... of the nisba adjectives that end it. */
function keysWithoutAdjectives(name: string): string[] {
  const words = nameWords(name);
  const keys: string[] = [];
  for (let n = words.length; n > 1 && NISBA.test(words[n - 1]); n--)
    keys.push(placeKey(words.slice(0, n - 1).join(' ')));
  return keys;
}

/**
 * An organisation named in full with its adjective ("البنك المركزي المصري") and then without it
 * ("البنك المركزي") is one entity, when every article of the short name gives the full one or
 * tells the same story as an article that does, and only one full name shortens so: elsewhere,
 * the short name may be another country's bank. `storyOf`: an article's story id.
 */
function absorbShortOrgNames(clusters: Cluster[], storyOf: (doc: string) => string): Cluster[] {
  const docsOf = (c: Cluster) => new Set(c.refs.flatMap((r) => [r.document, `story:${storyOf(r.document)}`]));
  const longer = new Map<string, Cluster[]>();
  for (const c of clusters) {
    if (c.type !== 'ORG' || c.scope) continue;
    for (const key of new Set(c.refs.flatMap((r) => keysWithoutAdjectives(r.variant))))
      longer.set(key, [...(longer.get(key) ?? []), c]);
  }
  for (const c of clusters) {
    if (c.type !== 'ORG' || c.scope || !c.refs.length) continue;
    const keys = new Set(c.refs.map((r) => placeKey(r.variant)));
    const full = keys.size === 1 ? longer.get([...keys][0]) : undefined;
    if (full?.length !== 1 || full[0] === c || !full[0].refs.length) continue;
    const fullDocs = docsOf(full[0]);
    if (!c.refs.every((r) => fullDocs.has(r.document) || fullDocs.has(`story:${storyOf(r.document)}`)))
      continue;
    mergeInto(
      full[0],
      c,
      `merged ${c.refs[0].variant} into ${canonicalOf(full[0])}: the short form of the name in the same articles`,
    );
  }
  return clusters.filter((c) => c.refs.length);
}

/** Resolve the corpus's mentions into entities (also sets each mention's entityId). */
export function resolveEntities(corpus: Corpus): Entity[] {
  const { named, roles } = collect(corpus);
  const storyOf = new Map(corpus.articles.map((a) => [a.id, a.storyId ?? '']));
  const clusters = mergeGenericInstitutions(
    absorbShortOrgNames(
      absorbSurnames([
        ...resolvePersons(named.filter((r) => r.mention.type === 'PER')),
        ...resolvePlaces(named.filter((r) => r.mention.type !== 'PER')),
      ]),
      (doc) => storyOf.get(doc) || `doc:${doc}`,
    ),
  );
  const entities = assignIds(clusters);
  clusters.forEach((c, i) => {
    for (const r of c.refs) r.mention.entityId = entities[i].id;
  });
  const byId = new Map(entities.map((e) => [e.id, e]));
  linkRoles(corpus, roles, entities, byId);
  return entities.sort((a, b) => b.mentions.length - a.mentions.length || (a.id < b.id ? -1 : 1));
}

export const resolveStage: CorpusStage = {
  name: 'resolve',
  requires: ['article.mentions'],
  assigns: ['entities'],
  run(corpus) {
    corpus.entities = resolveEntities(corpus);
  },
};
