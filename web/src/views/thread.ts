/** Threads: the list, and one thread's stories over weeks. */
import { api } from '../api.ts';
import { weeksChart } from '../charts.ts';
import { count } from '../digits.ts';
import { h, link, section } from '../dom.ts';
import { empty, storyCard } from './common.ts';

/** All threads. */
export async function threadsView(): Promise<Node> {
  const threads = await api.threads();
  return h(
    'div',
    { class: 'threads-view' },
    h('h1', {}, 'الخيوط'),
    threads.length
      ? h(
          'ul',
          { class: 'thread-list' },
          ...threads.map((t) =>
            h(
              'li',
              {},
              link(`/thread/${encodeURIComponent(t.id)}`, t.title),
              ' ',
              h('span', { class: 'muted' }, count(t.stories.length, 'قصة', 'قصص')),
            ),
          ),
        )
      : empty('لا خيوط بعد.'),
  );
}

/** One thread: a week chart and its stories, earliest first. */
export async function threadView(id: string): Promise<Node> {
  const t = await api.thread(id);
  document.title = `${t.title} — رصد`;
  return h(
    'div',
    { class: 'thread-view', 'data-id': t.id },
    h('h1', {}, t.title),
    h('p', { class: 'meta' }, count(t.storyItems.length, 'قصة', 'قصص')),
    section('weeks', 'القصص عبر الأسابيع', weeksChart(t.storyItems)),
    section('thread-stories', 'القصص', h('ol', { class: 'story-list' }, ...t.storyItems.map(storyCard))),
  );
}
