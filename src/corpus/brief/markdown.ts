/** The story brief as Markdown: a brief a journalist can paste or send on. */
import {
  docLabel,
  docNumber,
  LABELS,
  outletLabel,
  type StoryBrief,
  spanText,
  TYPE_LABELS,
  topEntities,
} from './model.ts';

/**
 * Make article text inert in Markdown: every piece sits inside a list item or table cell, so
 * only inline syntax (emphasis, links, code, HTML, table pipes) needs a backslash.
 */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/([\\`*_[\]|>~<])/g, '\\$1')
    .trim();
}

/** Render one story brief as Markdown; citations are footnote-style `[n]` to the source list. */
export function renderMarkdown(brief: StoryBrief): string {
  const e = escapeMarkdown;
  const cite = (docs: string[]) =>
    [...new Set(docs.map((d) => docNumber(brief, d)))].map((n) => `[${n}]`).join('');
  const out: string[] = [`# ${e(brief.story.title)}`, ''];
  out.push(`## ${LABELS.summary}`, '');
  for (const s of brief.story.summary) {
    out.push(`- ${e(s.text)} ${cite(s.sources.map((x) => x.document))}`);
    for (const src of s.sources) {
      const t = spanText(brief, src.document, src.start, src.end);
      if (t) out.push(`  > [${docNumber(brief, src.document)}] ${e(t)}`);
    }
  }
  out.push('', `## ${LABELS.sources}`, '');
  for (const d of brief.documents)
    out.push(`${d.n}. ${e(docLabel(brief, d.id))} — ${e(d.title ?? d.source)}`);
  if (brief.timeline.length) {
    out.push('', `## ${LABELS.timeline}`, '', '| التاريخ | الحدث | المصادر |', '|---|---|---|');
    for (const ev of brief.timeline) {
      const mark = ev.scheduled ? ` (${LABELS.scheduled})` : '';
      out.push(`| ${ev.date}${mark} | ${e(ev.text)} | ${cite(ev.evidence.map((x) => x.document))} |`);
    }
  }
  const ents = topEntities(brief);
  if (ents.length) {
    out.push('', `## ${LABELS.entities}`, '');
    for (const en of ents) out.push(`- ${TYPE_LABELS[en.type] ?? en.type}: ${e(en.name)} (${en.count})`);
  }
  if (brief.quotes.length) {
    out.push('', `## ${LABELS.quotes}`, '');
    for (const q of brief.quotes) out.push(`- **${e(q.speaker)}**: ${e(q.text)} ${cite([q.document])}`);
  }
  const outlets = brief.story.outlets ?? [];
  if (outlets.length) {
    out.push('', `## ${LABELS.outlets}`, '');
    for (const o of outlets) {
      out.push(`### ${e(outletLabel(brief, o.outlet))}`, '');
      for (const u of o.unique)
        out.push(`- (${TYPE_LABELS[u.kind ?? 'fact']}) ${e(u.text)} ${cite([u.document])}`);
      out.push('');
    }
  }
  if (brief.contradictions.length) {
    out.push('', `## ${LABELS.contradictions}`, '');
    for (const c of brief.contradictions) {
      out.push(`- **${TYPE_LABELS[c.kind ?? ''] ?? ''}: ${e(c.about)}**`);
      for (const x of c.claims)
        out.push(`  - «${e(x.value)}» — ${e(docLabel(brief, x.document))} ${cite([x.document])}`);
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
