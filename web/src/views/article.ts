/**
 * The article page: the body as text, with mentions, quotes and dates marked and the cited
 * span (from the route's s and e) highlighted and scrolled into view.
 */
import { type Article, api, type HighlightSpan } from '../api.ts';
import { date } from '../digits.ts';
import { clean, h, link, outsideLink } from '../dom.ts';
import { TYPE_NAMES } from './story.ts';

interface Mark {
  start: number;
  end: number;
  cls: string;
  title?: string;
}

/** The cited span from the route, when it fits the body. */
function citedSpan(q: URLSearchParams, body: string): Mark | null {
  const s = Number(q.get('s'));
  const e = Number(q.get('e'));
  if (!q.has('s') || !Number.isInteger(s) || !Number.isInteger(e) || s < 0 || e <= s || e > body.length)
    return null;
  return { start: s, end: e, cls: 'cited' };
}

function markOf(s: HighlightSpan): Mark {
  const title =
    s.kind === 'mention'
      ? (TYPE_NAMES[s.label] ?? s.label)
      : s.kind === 'date'
        ? date(s.label)
        : `قول: ${s.label}`;
  return { start: s.start, end: s.end, cls: s.kind, title };
}

/** Text of `body[a, b)` as nodes, with `marks` (clipped to the range) as spans. */
function segments(body: string, a: number, b: number, marks: Mark[]): Node[] {
  const inside = marks.filter((m) => m.end > a && m.start < b);
  const cuts = new Set([a, b]);
  for (const m of inside) cuts.add(Math.max(a, m.start)).add(Math.min(b, m.end));
  const points = [...cuts].sort((x, y) => x - y);
  const out: Node[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = clean(body.slice(from, to));
    const on = inside.filter((m) => m.start <= from && m.end >= to);
    if (!on.length) {
      out.push(document.createTextNode(piece));
      continue;
    }
    const el = h('span', { class: on.map((m) => m.cls).join(' ') });
    el.textContent = piece;
    const titles = on.map((m) => m.title).filter(Boolean);
    if (titles.length) el.title = titles.join(' | ');
    out.push(el);
  }
  return out;
}

/**
 * The body as text nodes and spans; the cited span is one <mark id="cited"> around its own
 * marked pieces, so it reads as one highlight however many mentions it holds.
 */
export function renderBody(body: string, marks: Mark[], cited: Mark | null): HTMLElement {
  const out = h('div', { class: 'body', id: 'article-body' });
  if (!cited) {
    out.append(...segments(body, 0, body.length, marks));
    return out;
  }
  const mark = h('mark', { class: 'cited', id: 'cited' });
  mark.append(...segments(body, cited.start, cited.end, marks));
  out.append(
    ...segments(body, 0, cited.start, marks),
    mark,
    ...segments(body, cited.end, body.length, marks),
  );
  return out;
}

function header(a: Article, story: string | null): HTMLElement {
  return h(
    'header',
    {},
    h('h1', { id: 'article-title', dir: 'auto' }, a.title ?? 'بلا عنوان'),
    h(
      'p',
      { class: 'meta' },
      a.outlet ? h('strong', {}, a.outlet) : null,
      a.outlet ? ' | ' : null,
      h('time', {}, date(a.published)),
      a.dateline ? ` | ${clean(a.dateline)}` : null,
    ),
    h(
      'p',
      { class: 'meta source' },
      'المصدر: ',
      a.url
        ? h('bdi', { dir: 'ltr' }, outsideLink(a.url, a.url))
        : h('bdi', { class: 'plain-source', dir: 'ltr' }, a.source),
    ),
    story ? h('p', {}, link(`/story/${encodeURIComponent(story)}`, '← العودة إلى القصة')) : null,
  );
}

function legend(): HTMLElement {
  return h(
    'p',
    { class: 'legend' },
    h('span', { class: 'mention' }, 'علم'),
    ' ',
    h('span', { class: 'quote' }, 'اقتباس'),
    ' ',
    h('span', { class: 'date' }, 'تاريخ'),
    ' ',
    h('mark', { class: 'cited' }, 'المقطع المستشهد به'),
  );
}

/** Render one article; the cited span scrolls into view once shown. */
export async function articleView(id: string, q: URLSearchParams): Promise<Node> {
  const a = await api.article(id);
  document.title = `${clean(a.title ?? a.id)} — رصد`;
  const cited = citedSpan(q, a.body);
  const marks = a.spans.map(markOf);
  const view = h(
    'article',
    { class: 'article-view', 'data-id': a.id },
    header(a, q.get('story') ?? a.storyId),
    legend(),
    renderBody(a.body, marks, cited),
  );
  if (cited)
    queueMicrotask(() =>
      requestAnimationFrame(() => document.getElementById('cited')?.scrollIntoView({ block: 'center' })),
    );
  return view;
}
