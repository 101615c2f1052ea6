/** The readable terminal report of an analysis. */
import type { Analysis } from '../../doc/types.ts';

/** Stories with their documents and summaries, then entities, quotes and the timeline. */
export function formatReport(a: Analysis): string {
  const out: string[] = [];
  const docs = new Map(a.documents.map((d) => [d.id, d]));
  out.push(`${a.documents.length} articles, ${a.stories.length} stories, ${a.threads.length} threads\n`);
  for (const s of a.stories) {
    out.push(`■ ${s.title}  [${s.id}, ${s.documents.length} articles]`);
    for (const id of s.documents) {
      const d = docs.get(id);
      out.push(`   - ${d?.outlet ?? '?'} ${d?.published ?? ''}  ${d?.title ?? id}`);
    }
    for (const sent of s.summary) {
      out.push(`   • ${sent.text} [${sent.sources.map((x) => x.document).join(', ')}]`);
    }
    out.push('');
  }
  if (a.entities.length) {
    out.push('Entities:');
    for (const e of a.entities.slice(0, 30)) {
      out.push(
        `   ${e.type} ${e.name} (${e.mentions.length}) ${e.variants.length > 1 ? `= ${e.variants.join(' | ')}` : ''}`,
      );
    }
    out.push('');
  }
  if (a.quotes.length) {
    out.push('Quotes:');
    for (const q of a.quotes.slice(0, 20)) out.push(`   ${q.speaker}: ${q.text.slice(0, 120)}`);
    out.push('');
  }
  if (a.timeline.length) {
    out.push('Timeline:');
    for (const t of a.timeline) out.push(`   ${t.date}  ${t.text.slice(0, 120)}`);
    out.push('');
  }
  if (a.contradictions.length) {
    out.push('Contradictions:');
    for (const c of a.contradictions)
      out.push(`   ${c.about}: ${c.claims.map((x) => `${x.value} (${x.document})`).join(' ≠ ')}`);
  }
  return `${out.join('\n')}\n`;
}
