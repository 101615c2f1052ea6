/** Pieces shared by the views: story cards, outlet chips, citation links, empty states. */
import type { SourceSpan, StoryListItem } from '../api.ts';
import { count, date, num } from '../digits.ts';
import { h, link } from '../dom.ts';

/** The route of an article with a span to highlight. */
export function spanRoute(s: SourceSpan, story?: string): string {
  const q = new URLSearchParams({ s: String(s.start), e: String(s.end) });
  if (story) q.set('story', story);
  return `/article/${encodeURIComponent(s.document)}?${q}`;
}

/** A numbered citation that opens the cited span. */
export function citation(s: SourceSpan, n: number, outlet: string | null, story?: string): HTMLAnchorElement {
  const a = link(spanRoute(s, story), `[${num(n)}]`);
  a.className = 'cite';
  a.title = outlet ? `المصدر: ${outlet}` : 'المصدر';
  a.dataset.document = s.document;
  return a;
}

/** Outlet names as chips. */
export function outletChips(outlets: string[]): HTMLElement {
  return h('ul', { class: 'chips' }, ...outlets.map((o) => h('li', { class: 'chip' }, o)));
}

/** A date range "from – to" (one date when equal). */
export function range(first: string | null, last: string | null): string {
  if (!first) return 'بلا تاريخ';
  const a = date(first.slice(0, 10));
  const b = date((last ?? first).slice(0, 10));
  return a === b ? a : `${a} – ${b}`;
}

/** One story of a list. */
export function storyCard(s: StoryListItem): HTMLElement {
  return h(
    'li',
    { class: 'story-card', 'data-id': s.id },
    h('h3', {}, link(`/story/${encodeURIComponent(s.id)}`, s.title)),
    h(
      'p',
      { class: 'meta' },
      h('span', { class: 'size' }, count(s.size, 'مقال', 'مقالات')),
      ' | ',
      h('span', {}, count(s.outlets.length, 'وسيلة', 'وسائل')),
      ' | ',
      h('time', {}, range(s.first, s.last)),
    ),
    outletChips(s.outlets),
  );
}

/** A muted line for empty sections. */
export function empty(message: string): HTMLElement {
  return h('p', { class: 'muted empty' }, message);
}
