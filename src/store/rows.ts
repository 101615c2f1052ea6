/** Row helpers shared by the SQLite and PostgreSQL stores. */
import type { Article, Entity, Story } from '../doc/types.ts';
import { nameKey } from '../text/index.ts';
import type { StoryDetail } from './store.ts';

/** Size, first and last publication date and outlets of a story, from its articles. */
export function storyRow(story: Story, byId: Map<string, Article>) {
  const docs = story.documents.map((id) => byId.get(id)).filter((a): a is Article => !!a);
  const dates = docs
    .map((a) => a.published)
    .filter((d): d is string => !!d)
    .sort();
  const outlets = [...new Set(docs.map((a) => a.outlet).filter((o): o is string => !!o))].sort();
  return { size: docs.length, first: dates[0] ?? null, last: dates[dates.length - 1] ?? null, outlets };
}

/** Searchable key of an entity: name keys of its name and variants, space-joined. */
export function entityKey(e: Pick<Entity, 'name' | 'variants'>): string {
  return [...new Set([e.name, ...e.variants].map((v) => nameKey(v)))].join(' | ');
}

/** A story detail with the quotes of its articles gathered (the page shows them by speaker). */
export function summarizeStory(
  detail: StoryDetail,
): StoryDetail & { quotes: Array<Record<string, unknown>> } {
  const quotes = detail.articles.flatMap((a) =>
    (a.quotes ?? []).map((q) => ({
      document: a.id,
      outlet: a.outlet,
      ...q,
      speakerEntity:
        q.speakerMention !== undefined ? (a.mentions?.[q.speakerMention]?.entityId ?? null) : null,
    })),
  );
  return { ...detail, quotes };
}
