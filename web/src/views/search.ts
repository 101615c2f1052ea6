/** Search: articles and entities for a query in any spelling. */
import { api } from '../api.ts';
import { count } from '../digits.ts';
import { h, link, section } from '../dom.ts';
import { empty } from './common.ts';

/** Results for the route's q. */
export async function searchView(q: URLSearchParams): Promise<Node> {
  const query = (q.get('q') ?? '').trim();
  if (!query)
    return h('div', { class: 'search-view' }, h('h1', {}, 'البحث'), empty('اكتب كلمة في خانة البحث.'));
  const r = await api.search(query);
  return h(
    'div',
    { class: 'search-view' },
    h('h1', {}, 'نتائج البحث عن ', h('q', {}, query)),
    h('p', { class: 'meta', id: 'search-count' }, count(r.hits.length, 'مقال', 'مقالات')),
    r.entities.length
      ? section(
          'search-entities',
          'أعلام بكل تهجئاتها',
          h(
            'ul',
            { class: 'entity-list' },
            ...r.entities.map((e) =>
              h(
                'li',
                {},
                link(`/entity/${encodeURIComponent(e.id)}`, e.name),
                h('ul', { class: 'chips variants' }, ...e.variants.map((v) => h('li', { class: 'chip' }, v))),
              ),
            ),
          ),
        )
      : null,
    section(
      'search-hits',
      'المقالات',
      r.hits.length
        ? h(
            'ol',
            { class: 'hits', id: 'search-hits' },
            ...r.hits.map((hit) =>
              h(
                'li',
                { class: 'hit', 'data-id': hit.article },
                h('h3', {}, link(`/article/${encodeURIComponent(hit.article)}`, hit.title ?? hit.article)),
                h(
                  'p',
                  { class: 'meta' },
                  hit.outlet ?? '',
                  hit.storyId ? ' | ' : '',
                  hit.storyId ? link(`/story/${encodeURIComponent(hit.storyId)}`, 'القصة') : null,
                ),
                h('p', { class: 'snippet' }, `${hit.snippet}…`),
              ),
            ),
          )
        : empty('لا نتائج.'),
    ),
  );
}
