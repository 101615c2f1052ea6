/**
 * The story page: cited summary, timeline, volume per outlet, entities with their spellings,
 * quotes grouped by speaker, outlet comparison, contradictions, and the articles.
 */
import { api, type Quote, type Story } from '../api.ts';
import { timelineChart, volumeChart } from '../charts.ts';
import { count, date, num } from '../digits.ts';
import { h, link, section } from '../dom.ts';
import { citation, empty, outletChips, range, spanRoute } from './common.ts';

function outletOf(story: Story): (doc: string) => string | null {
  const m = new Map(story.articles.map((a) => [a.id, a.outlet]));
  return (doc) => m.get(doc) ?? null;
}

function summary(story: Story): HTMLElement {
  const outlet = outletOf(story);
  let n = 0;
  const items = story.summary.map((s) =>
    h(
      'li',
      { class: 'summary-sentence' },
      s.text,
      ' ',
      ...s.sources.map((src) => citation(src, ++n, outlet(src.document), story.id)),
    ),
  );
  return section(
    'summary',
    'الملخص',
    items.length ? h('ol', { class: 'summary' }, ...items) : empty('لا ملخص لهذه القصة.'),
  );
}

function timeline(story: Story): HTMLElement {
  if (!story.timeline.length) return section('timeline', 'الخط الزمني', empty('لا أحداث مؤرخة.'));
  const rows = story.timeline.map((e) =>
    h(
      'li',
      { class: e.scheduled ? 'scheduled' : undefined },
      h('time', {}, date(e.date)),
      ' — ',
      e.text,
      e.scheduled ? h('span', { class: 'tag' }, 'مرتقب') : null,
      ' ',
      ...e.evidence.map((ev, i) =>
        link(spanRoute(ev, story.id), `«${ev.expression}»${i < e.evidence.length - 1 ? '، ' : ''}`),
      ),
    ),
  );
  return section(
    'timeline',
    'الخط الزمني',
    timelineChart(story.timeline),
    h('ul', { class: 'events' }, ...rows),
  );
}

function volume(story: Story): HTMLElement {
  return section('volume', 'التغطية حسب الوسيلة عبر الزمن', volumeChart(story.articles));
}

function entities(story: Story): HTMLElement {
  if (!story.entities.length) return section('entities', 'الأعلام', empty('لا أعلام.'));
  const rows = story.entities.map((e) =>
    h(
      'tr',
      {},
      h('td', {}, link(`/entity/${encodeURIComponent(e.id)}`, e.name)),
      h('td', {}, TYPE_NAMES[e.type] ?? e.type),
      h(
        'td',
        {},
        h('ul', { class: 'chips variants' }, ...e.variants.map((v) => h('li', { class: 'chip' }, v))),
      ),
      h('td', { class: 'num' }, num(e.mentions)),
    ),
  );
  return section(
    'entities',
    'الأعلام وتهجئاتها',
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', {}, 'الاسم'),
          h('th', {}, 'النوع'),
          h('th', {}, 'التهجئات'),
          h('th', {}, 'الذكر'),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
  );
}

/** Entity types in Arabic. */
export const TYPE_NAMES: Record<string, string> = { PER: 'شخص', ORG: 'مؤسسة', LOC: 'مكان', MISC: 'أخرى' };

/** Quotes of one speaker with the same words (copies, wire texts) shown once, citing every outlet. */
function sameWords(qs: Quote[]): Quote[][] {
  const byText = new Map<string, Quote[]>();
  for (const q of qs) {
    const key = q.text.replace(/\s+/g, ' ').trim();
    byText.set(key, [...(byText.get(key) ?? []), q]);
  }
  return [...byText.values()];
}

function quotes(story: Story): HTMLElement {
  const bySpeaker = new Map<string, Quote[]>();
  for (const q of story.quotes) bySpeaker.set(q.speaker, [...(bySpeaker.get(q.speaker) ?? []), q]);
  if (!bySpeaker.size) return section('quotes', 'الاقتباسات', empty('لا اقتباسات.'));
  const outlet = outletOf(story);
  const groups = [...bySpeaker]
    .map(([speaker, qs]) => [speaker, sameWords(qs)] as const)
    .sort((a, b) => b[1].length - a[1].length)
    .map(([speaker, sets]) =>
      h(
        'div',
        { class: 'speaker' },
        h('h3', {}, speaker, ' ', h('span', { class: 'muted' }, `(${num(sets.length)})`)),
        ...sets.map((same) =>
          h(
            'blockquote',
            { class: same[0].kind },
            h('p', {}, same[0].text),
            h(
              'footer',
              {},
              ...same.flatMap((q, i) => [
                ...(i ? ['، '] : []),
                link(spanRoute(q, story.id), outlet(q.document) ?? 'المصدر'),
              ]),
            ),
          ),
        ),
      ),
    );
  return section('quotes', 'الاقتباسات حسب المتحدث', ...groups);
}

function outlets(story: Story): HTMLElement {
  const byOutlet = new Map<string, typeof story.articles>();
  for (const a of story.articles)
    byOutlet.set(a.outlet ?? '—', [...(byOutlet.get(a.outlet ?? '—') ?? []), a]);
  const unique = new Map(story.outlets.map((o) => [o.outlet, o.unique]));
  const cards = [...byOutlet].map(([o, arts]) =>
    h(
      'div',
      { class: 'outlet' },
      h('h3', {}, o),
      h(
        'p',
        { class: 'meta' },
        count(arts.length, 'مقال', 'مقالات'),
        ' | ',
        range(arts[0].published, arts[arts.length - 1].published),
      ),
      h(
        'ul',
        {},
        ...arts.map((a) =>
          h(
            'li',
            {},
            link(
              `/article/${encodeURIComponent(a.id)}?story=${encodeURIComponent(story.id)}`,
              a.title ?? a.id,
            ),
          ),
        ),
      ),
      (unique.get(o) ?? []).length
        ? h(
            'div',
            { class: 'unique' },
            h('h4', {}, 'انفردت بذكر'),
            h(
              'ul',
              {},
              ...(unique.get(o) ?? []).map((u) => h('li', {}, link(spanRoute(u, story.id), u.text))),
            ),
          )
        : null,
    ),
  );
  return section('outlets', 'مقارنة الوسائل', h('div', { class: 'outlets' }, ...cards));
}

function contradictions(story: Story): HTMLElement {
  if (!story.contradictions.length)
    return section('contradictions', 'التناقضات', empty('لم يُرصد تناقض بين المصادر.'));
  const outlet = outletOf(story);
  return section(
    'contradictions',
    'التناقضات',
    ...story.contradictions.map((c) =>
      h(
        'div',
        { class: 'contradiction' },
        h('h3', {}, c.about),
        h(
          'ul',
          {},
          ...c.claims.map((cl) =>
            h(
              'li',
              {},
              h('strong', {}, outlet(cl.document) ?? 'مصدر'),
              ': ',
              link(spanRoute(cl, story.id), cl.text ?? cl.value),
            ),
          ),
        ),
      ),
    ),
  );
}

/** Render one story. */
export async function storyView(id: string): Promise<Node> {
  const story = await api.story(id);
  document.title = `${story.title} — رصد`;
  const outletNames = [...new Set(story.articles.map((a) => a.outlet).filter((o): o is string => !!o))];
  const dates = story.articles
    .map((a) => a.published)
    .filter((d): d is string => !!d)
    .sort();
  return h(
    'article',
    { class: 'story-view', 'data-id': story.id },
    h('h1', {}, story.title),
    h(
      'p',
      { class: 'meta' },
      count(story.articles.length, 'مقال', 'مقالات'),
      ' | ',
      range(dates[0] ?? null, dates[dates.length - 1] ?? null),
      ' | ',
      link(`/thread/${encodeURIComponent(story.threadId)}`, 'الخيط'),
    ),
    outletChips(outletNames),
    summary(story),
    timeline(story),
    volume(story),
    entities(story),
    quotes(story),
    outlets(story),
    contradictions(story),
  );
}
