/**
 * The story brief as one self-contained HTML page (dir="rtl" lang="ar", inline style, no
 * script, no outside resource). Every piece of article text is escaped.
 */
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

/** Escape text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

const STYLE = `body{font-family:"Noto Naskh Arabic","Amiri",Tahoma,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.8;color:#1d1d1d}
h1{font-size:1.6rem}h2{font-size:1.2rem;border-bottom:1px solid #ccc;margin-top:2rem}
sup a{text-decoration:none;color:#0645ad}blockquote{margin:.2rem 1.5rem;color:#555;font-size:.9rem}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top}
.sched{color:#8a5300;font-size:.85rem}.kind{color:#666;font-size:.85rem}.claim{margin:.1rem 0}
.meta{color:#666;font-size:.9rem}`;

/** Render one story brief as an HTML page. */
export function renderHtml(brief: StoryBrief): string {
  const e = escapeHtml;
  const cite = (refs: Array<{ document: string; start?: number; end?: number }>) =>
    [...new Map(refs.map((r) => [r.document, r])).values()]
      .map((r) => {
        const n = docNumber(brief, r.document);
        const t =
          r.start !== undefined && r.end !== undefined ? spanText(brief, r.document, r.start, r.end) : '';
        return `<sup><a href="#doc-${n}" title="${e(t)}">[${n}]</a></sup>`;
      })
      .join('');
  const out: string[] = [];
  out.push('<!DOCTYPE html>', '<html dir="rtl" lang="ar">', '<head>', '<meta charset="utf-8">');
  out.push(`<title>${e(brief.story.title)}</title>`, `<style>${STYLE}</style>`, '</head>', '<body>');
  out.push(
    `<h1>${e(brief.story.title)}</h1>`,
    `<p class="meta">${e(brief.story.id)} · ${brief.documents.length} مقالات</p>`,
  );
  out.push(`<h2>${LABELS.summary}</h2>`, '<ul>');
  for (const s of brief.story.summary) out.push(`<li>${e(s.text)} ${cite(s.sources)}</li>`);
  out.push('</ul>');
  out.push(`<h2>${LABELS.sources}</h2>`, '<ol>');
  for (const d of brief.documents) {
    out.push(`<li id="doc-${d.n}">${e(docLabel(brief, d.id))} — ${e(d.title ?? d.source)}</li>`);
  }
  out.push('</ol>');
  if (brief.timeline.length) {
    out.push(`<h2>${LABELS.timeline}</h2>`, '<table><tr><th>التاريخ</th><th>الحدث</th></tr>');
    for (const ev of brief.timeline) {
      const mark = ev.scheduled ? ` <span class="sched">${LABELS.scheduled}</span>` : '';
      out.push(`<tr><td>${e(ev.date)}${mark}</td><td>${e(ev.text)} ${cite(ev.evidence)}</td></tr>`);
    }
    out.push('</table>');
  }
  const ents = topEntities(brief);
  if (ents.length) {
    out.push(`<h2>${LABELS.entities}</h2>`, '<ul>');
    for (const en of ents)
      out.push(
        `<li><span class="kind">${TYPE_LABELS[en.type] ?? e(en.type)}</span> ${e(en.name)} (${en.count})</li>`,
      );
    out.push('</ul>');
  }
  if (brief.quotes.length) {
    out.push(`<h2>${LABELS.quotes}</h2>`, '<ul>');
    for (const q of brief.quotes) out.push(`<li><b>${e(q.speaker)}</b>: ${e(q.text)} ${cite([q])}</li>`);
    out.push('</ul>');
  }
  const outlets = brief.story.outlets ?? [];
  if (outlets.length) {
    out.push(`<h2>${LABELS.outlets}</h2>`);
    for (const o of outlets) {
      out.push(`<h3>${e(outletLabel(brief, o.outlet))}</h3>`, '<ul>');
      for (const u of o.unique) {
        out.push(
          `<li><span class="kind">${TYPE_LABELS[u.kind ?? 'fact']}</span> ${e(u.text)} ${cite([u])}</li>`,
        );
      }
      out.push('</ul>');
    }
  }
  if (brief.contradictions.length) {
    out.push(`<h2>${LABELS.contradictions}</h2>`);
    for (const c of brief.contradictions) {
      out.push(`<p><span class="kind">${TYPE_LABELS[c.kind ?? ''] ?? ''}</span> <b>${e(c.about)}</b></p>`);
      for (const x of c.claims) {
        out.push(`<p class="claim">≠ «${e(x.value)}» — ${e(docLabel(brief, x.document))} ${cite([x])}</p>`);
        if (x.text) out.push(`<blockquote>${e(x.text)}</blockquote>`);
      }
    }
  }
  out.push('</body>', '</html>');
  return `${out.join('\n')}\n`;
}
