/**
 * Renderers of a story brief: terminal text (for `rasd story ID`), Markdown, HTML and JSON
 * (for `rasd export`), over one StoryBrief built from a corpus or the store.
 */
import { renderHtml } from './html.ts';
import { renderJson } from './json.ts';
import { renderMarkdown } from './markdown.ts';
import type { StoryBrief } from './model.ts';
import { renderText } from './text.ts';

export { escapeHtml, renderHtml } from './html.ts';
export { briefObject, renderJson } from './json.ts';
export { escapeMarkdown, renderMarkdown } from './markdown.ts';
export { briefFromCorpus, briefFromDetail, type StoryBrief } from './model.ts';
export { renderText, type TextOptions } from './text.ts';

/** Export formats. */
export type BriefFormat = 'md' | 'html' | 'json' | 'text';

export const BRIEF_FORMATS: BriefFormat[] = ['md', 'html', 'json', 'text'];

/** Render a brief in one format. */
export function renderBrief(brief: StoryBrief, format: BriefFormat): string {
  switch (format) {
    case 'md':
      return renderMarkdown(brief);
    case 'html':
      return renderHtml(brief);
    case 'json':
      return renderJson(brief);
    case 'text':
      return renderText(brief);
  }
}
