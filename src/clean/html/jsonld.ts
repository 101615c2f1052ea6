/** JSON-LD blocks of a page: every object (graphs and arrays flattened), parse errors ignored. */
import { type Document, type Element, findAll } from './dom.ts';

export type LdObject = Record<string, unknown>;

const ARTICLE_TYPES = /article|posting|report|newsarticle|webpage/i;

function flatten(v: unknown, out: LdObject[]): void {
  if (Array.isArray(v)) for (const x of v) flatten(x, out);
  else if (v && typeof v === 'object') {
    const o = v as LdObject;
    out.push(o);
    if (o['@graph']) flatten(o['@graph'], out);
    if (o.mainEntity && typeof o.mainEntity === 'object') flatten(o.mainEntity, out);
  }
}

/** Every JSON-LD object on the page. */
export function jsonLdObjects(doc: Document): LdObject[] {
  const out: LdObject[] = [];
  for (const el of findAll(doc, new Set(['script'])) as Element[]) {
    if (!/ld\+json/i.test(el.attribs.type ?? '')) continue;
    const text = el.children.map((c) => (c as unknown as { data?: string }).data ?? '').join('');
    try {
      flatten(JSON.parse(text.trim().replace(/^<!--|-->$/g, '')), out);
    } catch {
      // Broken JSON-LD is common on real pages; the other metadata sources still apply.
    }
  }
  return out;
}

/** The JSON-LD objects that describe an article (by @type), best first. */
export function articleObjects(objects: LdObject[]): LdObject[] {
  return objects.filter((o) => {
    const t = o['@type'];
    const types = Array.isArray(t) ? t.join(' ') : String(t ?? '');
    return ARTICLE_TYPES.test(types);
  });
}

/** A string field of an object, following `{name}` / `{'@value'}` wrappers and arrays. */
export function ldString(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return ldString(v[0]);
  if (v && typeof v === 'object') {
    const o = v as LdObject;
    return ldString(o.name ?? o['@value']);
  }
  return undefined;
}
