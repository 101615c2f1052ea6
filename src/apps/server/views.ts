/**
 * What the API returns for articles, stories and entities: the store's objects trimmed to what
 * a reader needs, with every annotation as a `[start, end)` span into the article body.
 */
import type { Article, Entity } from '../../doc/types.ts';
import type { StoryDetail } from '../../store/store.ts';

/** A span the page highlights in an article body. */
export interface HighlightSpan {
  start: number;
  end: number;
  kind: 'mention' | 'quote' | 'date';
  /** What the span is: entity type, speaker, or resolved date. */
  label: string;
  entityId?: string;
}

/** An article as listed inside a story (no body). */
export interface ArticleRef {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  duplicateOf: string | null;
  length: number;
}

/** A URL the page may link to: only http(s); anything else (javascript:, data:) is dropped. */
export function safeUrl(value: string | undefined | null): string | null {
  if (!value) return null;
  try {
    const u = new URL(value);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function inBody(body: string, s: { start: number; end: number }): boolean {
  return (
    Number.isInteger(s.start) &&
    Number.isInteger(s.end) &&
    s.start >= 0 &&
    s.start < s.end &&
    s.end <= body.length
  );
}

/** Every highlightable span of an article, in body order (invalid spans are left out). */
export function highlightSpans(a: Article): HighlightSpan[] {
  const spans: HighlightSpan[] = [
    ...(a.mentions ?? []).map((m) => ({
      start: m.start,
      end: m.end,
      kind: 'mention' as const,
      label: m.type,
      ...(m.entityId ? { entityId: m.entityId } : {}),
    })),
    ...(a.quotes ?? []).map((q) => ({
      start: q.start,
      end: q.end,
      kind: 'quote' as const,
      label: q.speaker,
    })),
    ...(a.dates ?? []).map((d) => ({ start: d.start, end: d.end, kind: 'date' as const, label: d.date })),
  ];
  return spans.filter((s) => inBody(a.body, s)).sort((x, y) => x.start - y.start || y.end - x.end);
}

/** The article page: body, metadata and spans. */
export function articleView(a: Article) {
  return {
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    published: a.published,
    dateline: a.dateline,
    credits: a.credits,
    // A local path says where the server's files are: show only the file name.
    source: safeUrl(a.source) ? a.source : (a.source.split(/[\\/]/).pop() ?? a.source),
    url: safeUrl(a.raw?.url) ?? safeUrl(a.source),
    storyId: a.storyId ?? null,
    duplicateOf: a.duplicateOf ?? null,
    body: a.body,
    removed: a.removed.map((r) => ({ kind: r.kind, text: r.text })),
    spans: highlightSpans(a),
  };
}

/** An article as a line of a story. */
export function articleRef(a: Article): ArticleRef {
  return {
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    published: a.published,
    duplicateOf: a.duplicateOf ?? null,
    length: a.body.length,
  };
}

/** An entity inside a story: its spellings and how often this story mentions it. */
function storyEntity(e: Entity, docs: Set<string>, counts: Map<string, number>) {
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    variants: e.variants,
    titles: e.titles ?? [],
    mentions: counts.get(e.id) ?? e.mentions.filter((m) => docs.has(m.document)).length,
  };
}

/** The story page: the store's detail with article bodies left out (the article endpoint has them). */
export function storyView(s: StoryDetail & { quotes?: unknown[] }) {
  const docs = new Set(s.articles.map((a) => a.id));
  const counts = new Map<string, number>();
  for (const a of s.articles)
    for (const m of a.mentions ?? [])
      if (m.entityId) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  return {
    id: s.id,
    threadId: s.threadId,
    title: s.title,
    aliases: s.aliases ?? [],
    summary: s.summary,
    outlets: s.outlets ?? [],
    articles: s.articles.map(articleRef),
    timeline: s.timeline,
    entities: s.entities
      .map((e) => storyEntity(e, docs, counts))
      .sort((x, y) => y.mentions - x.mentions || x.name.localeCompare(y.name)),
    quotes: s.quotes ?? [],
    contradictions: s.contradictions,
  };
}

/** The entity page: spellings, and mentions up to `limit` with the total. */
export function entityView(e: Entity, limit: number) {
  const byVariant = new Map<string, number>();
  for (const m of e.mentions) if (m.text) byVariant.set(m.text, (byVariant.get(m.text) ?? 0) + 1);
  return {
    id: e.id,
    type: e.type,
    name: e.name,
    variants: e.variants.map((v) => ({ text: v, mentions: byVariant.get(v) ?? 0 })),
    titles: e.titles ?? [],
    why: e.why ?? [],
    mentionCount: e.mentions.length,
    mentions: e.mentions.slice(0, limit),
  };
}
