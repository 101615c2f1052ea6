/** Compact terminal view of a story, for the demo's list (`rasd story ID` shows the full brief of src/corpus/brief). */
import type { StoryDetail } from '../../store/index.ts';

export function renderStoryText(story: StoryDetail): string {
  const out: string[] = [];
  const outlets = new Map(story.articles.map((a) => [a.id, a.outlet ?? a.id]));
  out.push(`■ ${story.title}   [${story.id}]`);
  out.push(`  ${story.articles.length} articles: ${[...new Set(outlets.values())].join('، ')}`);
  for (const s of story.summary)
    out.push(
      `  • ${s.text}  ‹${[...new Set(s.sources.map((x) => outlets.get(x.document) ?? x.document))].join('، ')}›`,
    );
  for (const e of story.timeline.slice(0, 8)) out.push(`  ${e.date}  ${e.text.slice(0, 100)}`);
  for (const c of story.contradictions)
    out.push(`  ⚠ ${c.about}: ${c.claims.map((x) => `${x.value} ‹${outlets.get(x.document)}›`).join(' ≠ ')}`);
  return `${out.join('\n')}\n`;
}
