/**
 * The story brief: everything a reader needs about one story (cited summary, timeline,
 * entities, quotes, what each outlet alone reports, contradictions), built from an analysed
 * corpus or from the store's StoryDetail, and rendered by text.ts, markdown.ts, html.ts, json.ts.
 */
import type {
  Article,
  Contradiction,
  Corpus,
  Entity,
  QuoteOut,
  Story,
  TimelineEvent,
} from '../../doc/types.ts';
import type { StoryDetail } from '../../store/store.ts';

/** One document of the story, without its body. */
export interface BriefDocument {
  id: string;
  /** 1-based number used by the citations. */
  n: number;
  outlet: string | null;
  title: string | null;
  published: string | null;
  source: string;
}

/** Everything the renderers show. `bodies` lets them quote the cited spans. */
export interface StoryBrief {
  story: Story;
  documents: BriefDocument[];
  bodies: Map<string, string>;
  timeline: TimelineEvent[];
  entities: Entity[];
  quotes: QuoteOut[];
  contradictions: Contradiction[];
}

function quotesOf(articles: Article[]): QuoteOut[] {
  return articles.flatMap((a) =>
    (a.quotes ?? []).map((q) => ({
      document: a.id,
      start: q.start,
      end: q.end,
      speaker: q.speaker,
      speakerEntity:
        q.speakerMention !== undefined ? (a.mentions?.[q.speakerMention]?.entityId ?? null) : null,
      text: q.text,
      kind: q.kind,
    })),
  );
}

function documentsOf(articles: Article[]): BriefDocument[] {
  return articles.map((a, i) => ({
    id: a.id,
    n: i + 1,
    outlet: a.outlet,
    title: a.title,
    published: a.published,
    source: a.source,
  }));
}

function build(
  story: Story,
  articles: Article[],
  rest: Pick<StoryBrief, 'timeline' | 'entities' | 'contradictions'>,
): StoryBrief {
  const ordered = [...articles].sort((x, y) => (x.published ?? '9').localeCompare(y.published ?? '9'));
  return {
    story,
    documents: documentsOf(ordered),
    bodies: new Map(ordered.map((a) => [a.id, a.body])),
    quotes: quotesOf(ordered),
    ...rest,
  };
}

/** The brief of one story of an analysed corpus, or null when the id is unknown (aliases resolve). */
export function briefFromCorpus(corpus: Corpus, storyId: string): StoryBrief | null {
  const story = corpus.stories.find((s) => s.id === storyId || s.aliases?.includes(storyId));
  if (!story) return null;
  const docs = new Set(story.documents);
  const articles = corpus.articles.filter((a) => docs.has(a.id));
  return build(story, articles, {
    timeline: corpus.timeline.filter((e) => e.storyId === story.id),
    entities: corpus.entities.filter((e) => e.mentions.some((m) => docs.has(m.document))),
    contradictions: corpus.contradictions.filter((c) => c.storyId === story.id),
  });
}

/** The brief of a story read from the store. */
export function briefFromDetail(detail: StoryDetail): StoryBrief {
  const { articles, timeline, entities, contradictions, ...story } = detail;
  return build(story, articles, { timeline, entities, contradictions });
}

/** The text of a cited span, or '' when it does not exist. */
export function spanText(brief: StoryBrief, document: string, start: number, end: number): string {
  const body = brief.bodies.get(document);
  if (!body || start < 0 || end > body.length || start >= end) return '';
  return body.slice(start, end);
}

/** Citation number of a document (0 when unknown). */
export function docNumber(brief: StoryBrief, id: string): number {
  return brief.documents.find((d) => d.id === id)?.n ?? 0;
}

/** "outlet, date" label of a document. */
export function docLabel(brief: StoryBrief, id: string): string {
  const d = brief.documents.find((x) => x.id === id);
  if (!d) return id;
  return [d.outlet ?? d.source, d.published?.slice(0, 10)].filter(Boolean).join('، ');
}

/** Label of an outlet of the comparison: an unknown outlet ("doc:ID") shows as its document. */
export function outletLabel(brief: StoryBrief, outlet: string): string {
  return outlet.startsWith('doc:') ? docLabel(brief, outlet.slice(4)) : outlet;
}

/** Entities ordered by how often the story mentions them. */
export function topEntities(brief: StoryBrief, limit = 20): Array<Entity & { count: number }> {
  const docs = new Set(brief.documents.map((d) => d.id));
  return brief.entities
    .map((e) => ({ ...e, count: e.mentions.filter((m) => docs.has(m.document)).length }))
    .sort((a, b) => b.count - a.count)
    .slice(0, limit);
}

/** Section titles (Arabic), shared by every renderer. */
export const LABELS = {
  summary: 'الملخص',
  sources: 'المصادر',
  timeline: 'التسلسل الزمني',
  entities: 'الأشخاص والجهات والأماكن',
  quotes: 'التصريحات',
  outlets: 'ما انفردت به كل وسيلة',
  contradictions: 'تناقضات بين المصادر',
  scheduled: 'مرتقب',
  none: 'لا شيء',
} as const;

/** Arabic names of entity types and contradiction kinds. */
export const TYPE_LABELS: Record<string, string> = {
  PER: 'شخص',
  ORG: 'جهة',
  LOC: 'مكان',
  MISC: 'أخرى',
  date: 'تاريخ',
  number: 'رقم',
  place: 'مكان',
  speaker: 'قائل',
  quote: 'تصريح',
  fact: 'معلومة',
};
