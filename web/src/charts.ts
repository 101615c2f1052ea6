/**
 * The pictures of the page, drawn as SVG: a timeline of events, story volume per outlet over
 * time, and a thread's stories over weeks. Time runs from right to left, as the page reads.
 */
import { date, num, shortDate } from './digits.ts';
import { clean, svg } from './dom.ts';

const DAY = 86_400_000;

function dayOf(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return Date.UTC(y, (m || 1) - 1, d || 1) / DAY;
}

function isoOf(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Maps a day to x, latest on the left, earliest on the right. */
function scale(first: number, last: number, left: number, right: number) {
  const span = Math.max(1, last - first);
  return (day: number) => right - ((day - first) / span) * (right - left);
}

function frame(width: number, height: number, label: string) {
  return svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    width: '100%',
    role: 'img',
    'aria-label': label,
    class: 'chart',
    preserveAspectRatio: 'xMidYMid meet',
  });
}

function label(x: number, y: number, s: string, cls = 'chart-label', anchor = 'middle') {
  return svg('text', { x, y, class: cls, 'text-anchor': anchor }, clean(s));
}

/** Events as dots on a line; scheduled events hollow. */
export function timelineChart(
  events: Array<{ date: string; text: string; scheduled?: boolean }>,
): SVGSVGElement {
  const width = 900;
  const height = 170;
  const chart = frame(width, height, 'الخط الزمني');
  if (!events.length) return chart;
  const days = events.map((e) => dayOf(e.date));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const x = scale(first, last, 130, width - 130); // room for labels centred on the end dots
  chart.append(svg('line', { x1: 100, x2: width - 100, y1: 90, y2: 90, class: 'axis' }));
  events.forEach((e, i) => {
    const cx = x(dayOf(e.date));
    const up = i % 2 === 0;
    const g = svg('g', { class: e.scheduled ? 'event scheduled' : 'event' });
    g.append(
      svg('title', {}, `${date(e.date)}: ${clean(e.text)}`),
      svg('line', { x1: cx, x2: cx, y1: 90, y2: up ? 60 : 120, class: 'tick' }),
      svg('circle', { cx, cy: 90, r: 7 }),
      label(cx, up ? 52 : 136, e.text.length > 28 ? `${e.text.slice(0, 27)}…` : e.text),
      label(cx, up ? 30 : 158, date(e.date), 'chart-date'),
    );
    chart.append(g);
  });
  return chart;
}

/** Articles per outlet per day (per week past 60 days), as dots sized by count. */
export function volumeChart(
  articles: Array<{ outlet: string | null; published: string | null }>,
): SVGSVGElement {
  const dated = articles.filter((a) => a.published);
  const outlets = [...new Set(dated.map((a) => a.outlet ?? '—'))].sort();
  const rowH = 34;
  const width = 900;
  const labelW = 200;
  const height = 40 + outlets.length * rowH + 30;
  const chart = frame(width, height, 'حجم التغطية لكل وسيلة عبر الزمن');
  if (!dated.length) return chart;
  const days = dated.map((a) => dayOf(a.published!));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const step = last - first > 60 ? 7 : 1;
  const buckets = new Map<string, number>();
  for (const a of dated) {
    const b = first + Math.floor((dayOf(a.published!) - first) / step) * step;
    const key = `${a.outlet ?? '—'}|${b}`;
    buckets.set(key, (buckets.get(key) ?? 0) + 1);
  }
  const max = Math.max(...buckets.values());
  const x = scale(first, Math.max(first + step, last), 40, width - labelW - 30);
  outlets.forEach((o, i) => {
    const y = 40 + i * rowH + rowH / 2;
    chart.append(
      label(width - 10, y + 5, o, 'chart-label', 'start'),
      svg('line', { x1: 30, x2: width - labelW - 20, y1: y, y2: y, class: 'grid' }),
    );
  });
  for (const [key, n] of buckets) {
    const [outlet, b] = key.split('|');
    const y = 40 + outlets.indexOf(outlet) * rowH + rowH / 2;
    const r = 4 + 10 * Math.sqrt(n / max);
    chart.append(
      svg(
        'circle',
        { cx: x(Number(b)), cy: y, r, class: 'volume' },
        svg('title', {}, `${clean(outlet)}: ${num(n)} — ${date(isoOf(Number(b)))}`),
      ),
    );
  }
  chart.append(
    label(x(first), height - 8, shortDate(isoOf(first)), 'chart-date'),
    label(x(last), height - 8, shortDate(isoOf(last)), 'chart-date'),
  );
  return chart;
}

/** A thread's stories as bars over ISO weeks. */
export function weeksChart(
  stories: Array<{ title: string; first: string | null; last: string | null }>,
): SVGSVGElement {
  const dated = stories.filter((s) => s.first);
  const rowH = 28;
  const width = 900;
  const height = 50 + dated.length * rowH;
  const chart = frame(width, height, 'قصص الخيط عبر الأسابيع');
  if (!dated.length) return chart;
  const week = (d: number) => d - ((d + 3) % 7); // Monday of the week (day 0 was a Thursday)
  const first = week(Math.min(...dated.map((s) => dayOf(s.first!))));
  const last = week(Math.max(...dated.map((s) => dayOf(s.last ?? s.first!)))) + 7;
  const x = scale(first, last, 20, width - 20);
  for (let w = first; w <= last; w += 7) {
    chart.append(svg('line', { x1: x(w), x2: x(w), y1: 20, y2: height - 5, class: 'grid' }));
    if (w < last) chart.append(label((x(w) + x(w + 7)) / 2, 15, shortDate(isoOf(w)), 'chart-date'));
  }
  dated.forEach((s, i) => {
    const a = x(dayOf(s.first!));
    const b = x(dayOf(s.last ?? s.first!) + 1);
    const y = 30 + i * rowH;
    const [lo, hi] = [Math.min(a, b), Math.max(a, b, Math.min(a, b) + 6)];
    const short = s.title.length > 40 ? `${s.title.slice(0, 39)}…` : s.title;
    // The title goes beside the bar, on whichever side has more room.
    const room = lo - 20 > width - 20 - hi;
    chart.append(
      svg(
        'rect',
        { x: lo, y, width: hi - lo, height: rowH - 10, rx: 4, class: 'bar' },
        svg('title', {}, `${clean(s.title)}: ${date(s.first)} – ${date(s.last)}`),
      ),
      svg(
        'text',
        {
          x: room ? lo - 8 : hi + 8,
          y: y + rowH / 2,
          class: 'chart-label',
          'text-anchor': room ? 'end' : 'start',
          direction: 'ltr',
        },
        clean(short),
      ),
    );
  });
  return chart;
}
