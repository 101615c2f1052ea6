/** The story list: most recent first, with outlets and sizes, optionally filtered. */
import { api } from '../api.ts';
import { h, link } from '../dom.ts';
import { empty, storyCard } from './common.ts';

const PAGE = 30;

/** The filter form: dates and outlet; submitting changes the route. */
function filterForm(query: URLSearchParams): HTMLFormElement {
  const input = (name: string, type: string, label: string) =>
    h('label', {}, label, ' ', h('input', { type, name, value: query.get(name) ?? '', maxlength: 200 }));
  const form = h(
    'form',
    { class: 'filters', id: 'story-filters' },
    input('since', 'date', 'من'),
    input('until', 'date', 'إلى'),
    input('outlet', 'text', 'الوسيلة'),
    h('button', { type: 'submit' }, 'تصفية'),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v.trim()) next.set(k, v.trim());
    if (query.get('entity')) next.set('entity', query.get('entity')!);
    location.hash = `#/?${next}`;
  });
  return form;
}

/** Render the list for the filters in the route's query. */
export async function listView(query: URLSearchParams): Promise<Node> {
  const filters = {
    since: query.get('since') ?? undefined,
    until: query.get('until') ?? undefined,
    outlet: query.get('outlet') ?? undefined,
    entity: query.get('entity') ?? undefined,
  };
  const offset = Number(query.get('offset') ?? 0) || 0;
  const stories = await api.stories({ ...filters, limit: PAGE, offset });
  const active = Object.entries(filters).filter(([, v]) => v);
  const title = active.length ? 'القصص (مصفّاة)' : 'أحدث القصص';
  const next = new URLSearchParams(query);
  next.set('offset', String(offset + PAGE));
  return h(
    'div',
    { class: 'list-view' },
    h('h1', {}, title),
    filterForm(query),
    active.length
      ? h(
          'p',
          { class: 'muted' },
          active.map(([k, v]) => `${k}: ${v}`).join(' | '),
          ' ',
          link('/', 'إزالة التصفية'),
        )
      : null,
    stories.length
      ? h('ol', { class: 'story-list', id: 'story-list' }, ...stories.map(storyCard))
      : empty('لا توجد قصص بعد.'),
    stories.length === PAGE ? h('p', { class: 'more' }, link(`/?${next}`, 'المزيد')) : null,
  );
}
