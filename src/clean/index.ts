/**
 * Clean stage: from a raw input (HTML page, feed item, JSONL record or text dump) to the
 * article body, with every removed piece listed by kind, and the metadata: title, outlet,
 * publication date (from metadata only; dates in the running text are the dates stage's),
 * dateline, wire and photo credits.
 */
import type { Article, RawInput, Removed } from '../doc/types.ts';
import type { ArticleStage } from '../pipeline/stage.ts';
import { phraseKey } from './data.ts';
import { extractHtml } from './html/extract.ts';
import { isoDate, urlDate } from './html/meta.ts';
import { agenciesIn } from './lines/features.ts';
import { TemplateRegistry, textLines } from './lines/templates.ts';
import { hostOf, outletFromUrl } from './meta/outlet.ts';
import { siteNameOf, stripSiteName } from './meta/title.ts';
import { cleanLines } from './text.ts';

export { extractHtml } from './html/extract.ts';
export { learnTemplates, TemplateRegistry } from './lines/templates.ts';

/**
 * The templates the stage consults: none unless a caller gives a registry learned over a batch.
 * The stage used to learn from every article it cleaned, so an article's cleaning depended on
 * the ones cleaned before it in the same thread: `rasd analyze` gave different outlets from one
 * run to the next with two worker threads, and four workers learned four different registries.
 * Learning added nothing measurable (scrapinghub F1 0.9660 with it, 0.9662 without; the sample
 * corpus and the Arabic golden pages unchanged), so cleaning is now a function of the page alone.
 */
let registry = new TemplateRegistry();

/** Use a registry learned over a batch (`learnTemplates(articles)`) for the following articles. */
export function useTemplates(reg: TemplateRegistry): void {
  registry = reg;
}

/** Everything cleaning assigns. */
export interface Cleaned {
  body: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  publishedFrom?: string;
  dateline: string | null;
  credits: string[];
  photoCredits: string[];
  removed: Removed[];
  extractedBy: string;
}

/** Clean one raw input (with the templates of `useTemplates`, if any, for its outlet). */
export function cleanRaw(raw: RawInput): Cleaned {
  const html = raw.html !== undefined;
  let lines: string[];
  let meta: ReturnType<typeof extractHtml>['meta'] = { headings: [] };
  let removed: Removed[] = [];
  let extractedBy = 'text-lines';
  if (html) {
    const ex = extractHtml(raw.html ?? '', raw.url);
    lines = ex.paras.map((p) => p.text);
    meta = ex.meta;
    removed = ex.removed;
    extractedBy = ex.extractedBy;
  } else lines = textLines(raw.text ?? '');
  const siteName = raw.outlet ?? outletFromUrl(meta.url ?? raw.url) ?? meta.siteName ?? null;
  const knownKey = siteName ?? hostOf(meta.url ?? raw.url);
  const titleKnown = !!(raw.title ?? meta.title);
  const options = { titleKnown, fromHtml: html, title: raw.title };
  let res = cleanLines(lines, {
    ...options,
    templates: knownKey ? registry.templatesFor(knownKey) : undefined,
  });
  // A text dump names its outlet only in its own lines (source line, dateline): look again with
  // that outlet's templates.
  if (!knownKey && res.outlet) {
    const templates = registry.templatesFor(res.outlet);
    // The templates may take the line that named the outlet as furniture: the outlet stays known.
    if (templates.size) res = { ...cleanLines(lines, { ...options, templates }), outlet: res.outlet };
  }
  const siteNames = [siteName, meta.siteName, res.outlet, hostOf(meta.url ?? raw.url)].filter(
    (s): s is string => !!s,
  );
  const title =
    raw.title ?? pageTitle(meta, siteNames) ?? (res.title ? stripSiteName(res.title, siteNames) : null);
  const body = dropLeadingTitle(res.body, title, res.removed);
  const dated = publication(raw, meta);
  const photoCredits = [...res.photoCredits];
  for (const r of removed) {
    if (r.kind !== 'caption') continue;
    for (const a of agenciesIn(r.text)) if (!photoCredits.includes(a)) photoCredits.push(a);
  }
  return {
    body: body.join('\n\n'),
    title,
    outlet: siteName ?? res.outlet ?? (meta.title && title ? siteNameOf(meta.title, title) : null),
    ...dated,
    dateline: res.dateline,
    credits: res.credits,
    photoCredits,
    removed: [...removed, ...res.removed],
    extractedBy,
  };
}

/**
 * The page title: a heading the <title> contains (so no site name is left), else the <title>
 * or og:title without its site part, else the first heading.
 */
function pageTitle(meta: ReturnType<typeof extractHtml>['meta'], siteNames: string[]): string | null {
  const t = meta.title ? phraseKey(meta.title) : '';
  const heading = meta.headings.find((h) => h.split(/\s+/).length >= 3 && t.includes(phraseKey(h)));
  if (heading) return heading.trim();
  if (meta.title) return stripSiteName(meta.title, siteNames);
  return meta.headings[0]?.trim() ?? null;
}

/** Paragraphs this near the top may repeat the headline, with a kicker or category above it. */
const TITLE_SEARCH = 4;

/** An HTML body often repeats the headline (and its kicker) in its first paragraphs. */
function dropLeadingTitle(body: string[], title: string | null, removed: Removed[]): string[] {
  if (!title || !body.length) return body;
  const key = phraseKey(title);
  const at = body.slice(0, TITLE_SEARCH).findIndex((p) => phraseKey(p) === key);
  if (at < 0) return body;
  for (let i = 0; i < at; i++) {
    const short = body[i].split(/\s+/).length <= 6 && !/[.!؟]$/.test(body[i]);
    if (!short) return body;
  }
  for (const text of body.slice(0, at)) {
    removed.push({ text, kind: 'navigation', reason: 'kicker or category above the headline' });
  }
  removed.push({ text: body[at], kind: 'title', reason: 'headline repeated in the body' });
  return body.slice(at + 1);
}

/** Publication date from given metadata or the page's own; never from the running text. */
function publication(
  raw: RawInput,
  meta: ReturnType<typeof extractHtml>['meta'],
): { published: string | null; publishedFrom?: string } {
  const given = isoDate(raw.published) ?? (raw.published?.trim() || undefined);
  if (given) return { published: given, publishedFrom: 'input' };
  if (meta.published) return { published: meta.published, publishedFrom: meta.publishedFrom };
  const fromUrl = urlDate(raw.url);
  return fromUrl ? { published: fromUrl, publishedFrom: 'url' } : { published: null };
}

export const cleanStage: ArticleStage = {
  name: 'clean',
  requires: ['raw'],
  assigns: [
    'body',
    'title',
    'outlet',
    'published',
    'publishedFrom',
    'dateline',
    'credits',
    'photoCredits',
    'removed',
    'extractedBy',
  ],
  run(article: Article) {
    const c = cleanRaw(article.raw);
    // An article with no text serves nobody and would sit in every list: refuse it, saying why.
    if (!c.body.trim()) {
      const what = c.removed.length ? `${c.removed.length} pieces removed as boilerplate, ` : '';
      throw new Error(`no article text left after cleaning (${what}nothing else found)`);
    }
    article.body = c.body;
    article.title = c.title;
    article.outlet = c.outlet;
    article.published = c.published;
    if (c.publishedFrom) article.publishedFrom = c.publishedFrom;
    article.dateline = c.dateline;
    article.credits = c.credits;
    article.photoCredits = c.photoCredits;
    article.removed = c.removed;
    article.extractedBy = c.extractedBy;
  },
};
