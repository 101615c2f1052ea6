/**
 * Generic institution names: "رئاسة الحكومة", "وزارة الصحة", "مجلس النواب", "النيابة العامة"
 * name a different body in each country, so the same name in two articles is one entity only
 * when the articles are about the same place or people. Such a name (an institution head and
 * words that name no place and no nationality) starts in a cluster of its own document; two
 * of them with the same key merge when their documents share a person or a place entity.
 * A name with a place or a nisba adjective ("مصرف لبنان", "وزارة الصحة المصرية", "منظمة
 * الصحة العالمية") says which body it is and merges by its key alone, as before.
 */
import { isInstitutionHead } from '../../extract/entities/institutions.ts';
import { type Cluster, canonicalOf, mergeInto } from './cluster.ts';
import { nameWords, placeKey } from './forms.ts';

/** A definite nisba adjective: "المصرية", "الدولية", "العراقي". */
const NISBA = /^ال\S{2,}(?:ي|يه)$/;

/** Whether a name is a generic institution; `placeKeys` are the keys of the corpus's places. */
export function isGenericInstitution(variant: string, placeKeys: ReadonlySet<string>): boolean {
  const words = nameWords(variant);
  if (words.length < 2 || !isInstitutionHead(words[0])) return false;
  return !words.slice(1).some((w) => NISBA.test(w) || placeKeys.has(placeKey(w)));
}

/**
 * Merge the document-scoped clusters of one generic name whose documents share a person or a
 * place cluster. Scoped clusters that merge keep the smallest document id as their scope, so
 * the result does not depend on input order.
 */
export function mergeGenericInstitutions(clusters: Cluster[]): Cluster[] {
  // document → key → the cluster that holds that document's mentions of the name
  const byDoc = new Map<string, Map<string, Cluster>>();
  for (const c of clusters) {
    if (!c.scope) continue;
    const keys = byDoc.get(c.scope.document) ?? new Map<string, Cluster>();
    keys.set(c.scope.key, c);
    byDoc.set(c.scope.document, keys);
  }
  if (!byDoc.size) return clusters;
  const contexts = clusters
    .filter((c) => !c.scope && (c.type === 'PER' || c.type === 'LOC'))
    .sort((a, b) => (canonicalOf(a) < canonicalOf(b) ? -1 : 1));
  for (const ctx of contexts) {
    const docs = [...new Set(ctx.refs.map((r) => r.document))].filter((d) => byDoc.has(d)).sort();
    if (docs.length < 2) continue;
    const first = new Map<string, Cluster>();
    for (const d of docs) {
      for (const [key, c] of byDoc.get(d) ?? []) {
        const into = first.get(key);
        if (!into) first.set(key, c);
        else if (into !== c) absorb(into, c, canonicalOf(ctx), byDoc);
      }
    }
  }
  return clusters.filter((c) => c.refs.length);
}

/** Merge scoped cluster `from` into `into`; every document that pointed at `from` now points at `into`. */
function absorb(
  into: Cluster,
  from: Cluster,
  shared: string,
  byDoc: Map<string, Map<string, Cluster>>,
): void {
  const key = into.scope?.key ?? '';
  const name = canonicalOf(into);
  for (const r of from.refs) byDoc.get(r.document)?.set(key, into);
  mergeInto(into, from, `merged ${name} across articles: a generic name, and the articles share ${shared}`);
}
