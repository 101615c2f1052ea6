/**
 * Page metadata from the HTML head and markup (before pruning): title, site name, canonical
 * URL and publication date with where it came from (meta, jsonld, time, url).
 */
import { type Document, type Element, findAll, textOf } from './dom.ts';
import { articleObjects, type LdObject, ldString } from './jsonld.ts';

/** What the markup says about the page. */
export interface PageMeta {
  title?: string;
  h1?: string;
  /** First h1 and h2 texts (a title split on a separator is matched against them). */
  headings: string[];
  siteName?: string;
  url?: string;
  published?: string;
  publishedFrom?: 'meta' | 'jsonld' | 'time' | 'url';
  author?: string;
}

const DATE_META = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'original-publish-date',
];

/** An ISO date (YYYY-MM-DD or a full datetime) from a date string, or undefined. */
export function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  const m =
    /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?/.exec(
      v,
    );
  if (m) {
    const [, y, mo, d, h, mi, s, tz] = m;
    const date = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
    if (!h) return date;
    const parsed = new Date(
      `${date}T${h.padStart(2, '0')}:${mi}:${s ?? '00'}${tz ? tz.replace(/(\d{2})(\d{2})$/, '$1:$2') : 'Z'}`,
    );
    return Number.isNaN(parsed.getTime()) ? date : parsed.toISOString();
  }
  if (/^\d{4}-\d{2}$/.test(v)) return undefined;
  const parsed = new Date(v);
  return Number.isNaN(parsed.getTime()) || !/[a-z]{3}/i.test(v) ? undefined : parsed.toISOString();
}

/** A date in a URL path: /2022/01/04/ or /2022-01-04-. */
export function urlDate(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m = /[/_-]((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(url);
  if (!m) return undefined;
  return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
}

function metaMap(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const el of findAll(doc, new Set(['meta', 'link', 'title', 'time', 'h1', 'h2']))) {
    const a = el.attribs;
    if (el.name === 'meta') {
      const key = (a.property ?? a.name ?? a.itemprop ?? '').toLowerCase();
      if (key && a.content && !map.has(key)) map.set(key, a.content.trim());
    } else if (el.name === 'link' && /canonical/i.test(a.rel ?? '') && a.href) map.set('canonical', a.href);
    else if (el.name === 'title' && !map.has('<title>')) map.set('<title>', textOf(el));
    else if ((el.name === 'h1' || el.name === 'h2') && !map.has(`<${el.name}>`))
      map.set(`<${el.name}>`, textOf(el));
    else if (el.name === 'time' && !map.has('<time>')) {
      const v = a.datetime ?? (a.itemprop === 'datePublished' ? textOf(el) : undefined);
      if (v) map.set('<time>', v);
    }
  }
  return map;
}

function itempropDate(doc: Document): string | undefined {
  for (const el of findAll(doc, new Set(['time', 'span', 'div', 'p'])) as Element[]) {
    if (el.attribs.itemprop === 'datePublished')
      return el.attribs.datetime ?? el.attribs.content ?? textOf(el);
  }
  return undefined;
}

/** Read the page metadata; `ld` are the page's JSON-LD objects, `givenUrl` the input's URL. */
export function pageMeta(doc: Document, ld: LdObject[], givenUrl?: string): PageMeta {
  const m = metaMap(doc);
  const art = articleObjects(ld);
  const meta: PageMeta = { headings: [m.get('<h1>'), m.get('<h2>')].filter((h): h is string => !!h) };
  meta.title = m.get('og:title') ?? m.get('twitter:title') ?? ldString(art[0]?.headline) ?? m.get('<title>');
  meta.h1 = m.get('<h1>');
  const publisher = art.map((o) => ldString(o.publisher)).find(Boolean);
  meta.siteName = m.get('og:site_name') ?? m.get('application-name') ?? publisher;
  meta.url = givenUrl ?? m.get('og:url') ?? m.get('canonical');
  meta.author = m.get('author') ?? art.map((o) => ldString(o.author)).find(Boolean);
  const fromMeta = DATE_META.map((k) => isoDate(m.get(k))).find(Boolean) ?? isoDate(itempropDate(doc));
  const fromLd = art.map((o) => isoDate(ldString(o.datePublished) ?? ldString(o.dateCreated))).find(Boolean);
  const fromTime = isoDate(m.get('<time>'));
  const fromUrl = urlDate(meta.url);
  const pick: Array<[string | undefined, PageMeta['publishedFrom']]> = [
    [fromMeta, 'meta'],
    [fromLd, 'jsonld'],
    [fromTime, 'time'],
    [fromUrl, 'url'],
  ];
  const found = pick.find(([d]) => d);
  if (found) {
    meta.published = found[0];
    meta.publishedFrom = found[1];
  }
  return meta;
}
