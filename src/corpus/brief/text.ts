/** The story brief as terminal text (used by `rasd story ID`). */
import {
  docLabel,
  docNumber,
  LABELS,
  outletLabel,
  type StoryBrief,
  TYPE_LABELS,
  topEntities,
} from './model.ts';

/** Options of the terminal rendering. */
export interface TextOptions {
  /** ANSI bold for headings (off when output is not a terminal). */
  color?: boolean;
  /** Characters of a quote or claim shown before "…". */
  width?: number;
}

function cut(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

/** Render one story brief for the terminal. */
export function renderText(brief: StoryBrief, opts: TextOptions = {}): string {
  const width = opts.width ?? 160;
  const h = (s: string) => (opts.color ? `\x1b[1m${s}\x1b[0m` : s);
  const cite = (docs: string[]) =>
    [...new Set(docs.map((d) => docNumber(brief, d)))].map((n) => `[${n}]`).join('');
  const out: string[] = [];
  out.push(h(`■ ${brief.story.title}`), `  ${brief.story.id} · ${brief.documents.length} مقالات`, '');
  out.push(h(LABELS.summary));
  for (const s of brief.story.summary) out.push(`  • ${s.text} ${cite(s.sources.map((x) => x.document))}`);
  if (!brief.story.summary.length) out.push(`  ${LABELS.none}`);
  out.push('', h(LABELS.sources));
  for (const d of brief.documents) out.push(`  [${d.n}] ${docLabel(brief, d.id)} — ${d.title ?? d.source}`);
  if (brief.timeline.length) {
    out.push('', h(LABELS.timeline));
    for (const e of brief.timeline) {
      const mark = e.scheduled ? ` (${LABELS.scheduled})` : '';
      out.push(`  ${e.date}${mark}  ${cut(e.text, width)} ${cite(e.evidence.map((x) => x.document))}`);
    }
  }
  const ents = topEntities(brief);
  if (ents.length) {
    out.push('', h(LABELS.entities));
    for (const e of ents) out.push(`  ${TYPE_LABELS[e.type] ?? e.type}: ${e.name} (${e.count})`);
  }
  if (brief.quotes.length) {
    out.push('', h(LABELS.quotes));
    for (const q of brief.quotes.slice(0, 20))
      out.push(`  ${q.speaker}: ${cut(q.text, width)} ${cite([q.document])}`);
  }
  const outlets = brief.story.outlets ?? [];
  if (outlets.length) {
    out.push('', h(LABELS.outlets));
    for (const o of outlets) {
      out.push(`  ${outletLabel(brief, o.outlet)}:`);
      for (const u of o.unique)
        out.push(`    - (${TYPE_LABELS[u.kind ?? 'fact']}) ${cut(u.text, width)} ${cite([u.document])}`);
    }
  }
  if (brief.contradictions.length) {
    out.push('', h(LABELS.contradictions));
    for (const c of brief.contradictions) {
      out.push(`  ${TYPE_LABELS[c.kind ?? ''] ?? ''} ${c.about}:`);
      for (const x of c.claims)
        out.push(`    ≠ «${x.value}» — ${docLabel(brief, x.document)} ${cite([x.document])}`);
    }
  }
  return `${out.join('\n')}\n`;
}
