/** Entities: the list (by type or name in any spelling) and one entity with spellings and mentions. */
import { api } from '../api.ts';
import { count, num } from '../digits.ts';
import { h, link, section } from '../dom.ts';
import { empty, spanRoute } from './common.ts';
import { TYPE_NAMES } from './story.ts';

/** The entity list. */
export async function entitiesView(q: URLSearchParams): Promise<Node> {
  const list = await api.entities({ type: q.get('type') ?? undefined, q: q.get('q') ?? undefined });
  const types = ['', 'PER', 'ORG', 'LOC', 'MISC'];
  return h(
    'div',
    { class: 'entities-view' },
    h('h1', {}, 'الأعلام'),
    h(
      'p',
      { class: 'filters' },
      ...types.map((t) => link(t ? `/entities?type=${t}` : '/entities', t ? TYPE_NAMES[t] : 'الكل')),
    ),
    list.length
      ? h(
          'ul',
          { class: 'entity-list' },
          ...list.map((e) =>
            h(
              'li',
              {},
              link(`/entity/${encodeURIComponent(e.id)}`, e.name),
              ' ',
              h(
                'span',
                { class: 'muted' },
                `${TYPE_NAMES[e.type] ?? e.type} | ${count(e.mentions, 'ذكر', 'مرات ذكر')}`,
              ),
              h('ul', { class: 'chips variants' }, ...e.variants.map((v) => h('li', { class: 'chip' }, v))),
            ),
          ),
        )
      : empty('لا أعلام.'),
  );
}

/** One entity. */
export async function entityView(id: string): Promise<Node> {
  const e = await api.entity(id);
  document.title = `${e.name} — رصد`;
  return h(
    'div',
    { class: 'entity-view', 'data-id': e.id },
    h('h1', {}, e.name),
    h(
      'p',
      { class: 'meta' },
      TYPE_NAMES[e.type] ?? e.type,
      ' | ',
      count(e.mentionCount, 'ذكر', 'مرات ذكر'),
      ' | ',
      link(`/?entity=${encodeURIComponent(e.id)}`, 'قصصه'),
    ),
    section(
      'variants',
      'التهجئات',
      h(
        'ul',
        { class: 'chips variants' },
        ...e.variants.map((v) =>
          h('li', { class: 'chip' }, v.text, ' ', h('span', { class: 'muted' }, num(v.mentions))),
        ),
      ),
    ),
    e.titles.length ? section('titles', 'الألقاب', h('p', {}, e.titles.join('، '))) : null,
    e.why.length
      ? section('why', 'لماذا دُمجت التهجئات', h('ul', {}, ...e.why.map((w) => h('li', {}, w))))
      : null,
    section(
      'mentions',
      'مواضع الذكر',
      e.mentions.length
        ? h(
            'ol',
            {},
            ...e.mentions.map((m) =>
              h(
                'li',
                {},
                link(spanRoute(m), m.text ?? m.document),
                ' ',
                h('bdi', { class: 'muted', dir: 'ltr' }, m.document),
              ),
            ),
          )
        : empty('لا مواضع.'),
    ),
  );
}
