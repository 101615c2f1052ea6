/**
 * The story brief as JSON: the story (summary with citations, what each outlet alone reports),
 * its documents (without bodies), timeline, entities, quotes and contradictions, each citation
 * carrying the text of its span so the file stands alone.
 */
import type { SourceSpan } from '../../doc/types.ts';
import { type StoryBrief, spanText } from './model.ts';

/** The JSON object of one story brief. */
export function briefObject(brief: StoryBrief): Record<string, unknown> {
  const withText = (s: SourceSpan) => ({ ...s, text: spanText(brief, s.document, s.start, s.end) });
  return {
    id: brief.story.id,
    threadId: brief.story.threadId,
    title: brief.story.title,
    documents: brief.documents,
    summary: brief.story.summary.map((s) => ({ text: s.text, sources: s.sources.map(withText) })),
    timeline: brief.timeline,
    entities: brief.entities.map(({ id, type, name, variants, titles }) => ({
      id,
      type,
      name,
      variants,
      titles,
    })),
    quotes: brief.quotes,
    outlets: brief.story.outlets ?? [],
    contradictions: brief.contradictions,
  };
}

/** Render one story brief as pretty-printed JSON. */
export function renderJson(brief: StoryBrief): string {
  return `${JSON.stringify(briefObject(brief), null, 2)}\n`;
}
