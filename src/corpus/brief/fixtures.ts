/**
 * Test fixtures for the story brief: a small story told by four outlets, written for rasd
 * (invented events, MIT). Articles go through `createArticle` and the text stage; dates,
 * quotes and the story grouping are filled in by hand, as the extract and corpus stages would.
 */
import type { Article, Corpus, DateExpr, DatePrecision, Quote } from '../../doc/types.ts';
import { createArticle } from '../../pipeline/run.ts';
import { textStage } from '../../text/stage.ts';

/** A date expression to place by hand: found by its text, its event is its sentence. */
export interface HandDate {
  expression: string;
  date: string;
  precision?: DatePrecision;
  relative?: boolean;
  scheduled?: boolean;
  /** Which occurrence of the expression (default 0). */
  nth?: number;
}

/** A quote to place by hand, found by its text. */
export interface HandQuote {
  text: string;
  speaker: string;
  kind?: 'direct' | 'indirect';
}

export interface HandArticle {
  id: string;
  outlet: string;
  published: string;
  title?: string;
  body: string;
  dates?: HandDate[];
  quotes?: HandQuote[];
  storyId?: string;
}

function nthIndex(body: string, needle: string, nth: number): number {
  let at = -1;
  for (let k = 0; k <= nth; k++) {
    at = body.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: "${needle}" not found (occurrence ${nth})`);
  }
  return at;
}

/** Build one article as the per-article stages would leave it. */
export function makeArticle(h: HandArticle): Article {
  const a = createArticle({ source: `fixture:${h.id}`, format: 'text', id: h.id, text: h.body });
  a.body = h.body;
  a.title = h.title ?? h.body.slice(0, 40);
  a.outlet = h.outlet;
  a.published = h.published;
  textStage.run(a);
  a.mentions = [];
  a.dates = (h.dates ?? []).map((d): DateExpr => {
    const start = nthIndex(h.body, d.expression, d.nth ?? 0);
    const sentence = a.sentences!.find((s) => s.start <= start && start < s.end)!;
    return {
      start,
      end: start + d.expression.length,
      expression: d.expression,
      date: d.date,
      precision: d.precision ?? 'day',
      relative: d.relative ?? false,
      ...(d.scheduled ? { scheduled: true } : {}),
      event: { start: sentence.start, end: sentence.end },
    };
  });
  a.quotes = (h.quotes ?? []).map((q): Quote => {
    const start = nthIndex(h.body, q.text, 0);
    return {
      start,
      end: start + q.text.length,
      text: q.text,
      kind: q.kind ?? 'indirect',
      speaker: q.speaker,
    };
  });
  a.duplicateOf = null;
  a.storyId = h.storyId ?? 's1';
  return a;
}

/** A corpus of one story and one thread over `articles`. */
export function makeCorpus(articles: Article[]): Corpus {
  const storyIds = [...new Set(articles.map((a) => a.storyId ?? 's1'))];
  return {
    articles,
    stories: storyIds.map((id) => ({
      id,
      threadId: 't1',
      documents: articles.filter((a) => a.storyId === id).map((a) => a.id),
      title: articles.find((a) => a.storyId === id)?.title ?? id,
      summary: [],
    })),
    threads: [{ id: 't1', stories: storyIds, title: 'thread' }],
    entities: [],
    timeline: [],
    contradictions: [],
  };
}

/** Four outlets on floods in an invented province; planted: a death toll and a date that disagree. */
export const FLOOD_STORY: HandArticle[] = [
  {
    id: 'a1',
    outlet: 'الصباح',
    published: '2025-03-12',
    title: 'الفيضانات تضرب محافظة الساحل',
    body: [
      'أعلنت وزارة الداخلية أن الفيضانات التي ضربت محافظة الساحل يوم الثلاثاء أودت بحياة 12 شخصا.',
      'وقال وزير الداخلية سامي الخطيب إن فرق الإنقاذ تواصل البحث عن المفقودين في القرى المنكوبة.',
      'وأضاف أن الحكومة ستعقد اجتماعا طارئا يوم 15 مارس لتقييم الأضرار.',
      'ومن جهته، دعا الهلال الأحمر المواطنين إلى التبرع بالدم للمصابين.',
    ].join('\n'),
    dates: [
      { expression: 'يوم الثلاثاء', date: '2025-03-11', relative: true },
      { expression: 'يوم 15 مارس', date: '2025-03-15', scheduled: true },
    ],
    quotes: [{ text: 'فرق الإنقاذ تواصل البحث عن المفقودين في القرى المنكوبة', speaker: 'سامي الخطيب' }],
  },
  {
    id: 'a2',
    outlet: 'النهار',
    published: '2025-03-12',
    title: 'قتلى في فيضانات الساحل',
    body: [
      'قالت وزارة الداخلية إن الفيضانات التي ضربت محافظة الساحل أودت بحياة 15 شخصا.',
      'وأوضح وزير الداخلية سامي الخطيب أن فرق الإنقاذ ما زالت تبحث عن المفقودين في القرى المنكوبة.',
      'وذكر مصدر طبي أن 40 مصابا نقلوا إلى مستشفيات المحافظة.',
      'ومن المقرر أن تجتمع الحكومة في 15 مارس لتقييم الأضرار.',
    ].join('\n'),
    dates: [{ expression: 'في 15 مارس', date: '2025-03-15', scheduled: true }],
  },
  {
    id: 'a3',
    outlet: 'الشروق',
    published: '2025-03-13',
    title: 'حصيلة الفيضانات',
    body: [
      'أودت الفيضانات التي اجتاحت محافظة الساحل الثلاثاء الماضي بحياة اثني عشر شخصا، بحسب وزارة الداخلية.',
      'وقال الوزير سامي الخطيب إن فرق الإنقاذ تواصل البحث عن المفقودين.',
      'وكانت المحافظة قد شهدت فيضانات مماثلة عام 2018 خلفت خسائر كبيرة في المحاصيل.',
    ].join('\n'),
    dates: [
      { expression: 'الثلاثاء الماضي', date: '2025-03-11', relative: true },
      { expression: 'عام 2018', date: '2018', precision: 'year' },
    ],
  },
  {
    id: 'a4',
    outlet: 'الوطن',
    published: '2025-03-12',
    title: 'أمطار غير مسبوقة',
    body: [
      'ضربت الفيضانات محافظة الساحل يوم الاثنين 10 مارس بعد أمطار غزيرة استمرت ساعات.',
      'وقال المتحدث باسم الدفاع المدني كريم العلي: «لم نشهد مثل هذه الأمطار منذ عقود».',
      'وأعلنت وزارة الداخلية أن الفيضانات أودت بحياة 12 شخصا.',
    ].join('\n'),
    dates: [{ expression: 'يوم الاثنين 10 مارس', date: '2025-03-10' }],
    quotes: [{ text: '«لم نشهد مثل هذه الأمطار منذ عقود»', speaker: 'كريم العلي', kind: 'direct' }],
  },
];

/** The flood story as a processed corpus (summary, timeline... not yet run). */
export function floodCorpus(): Corpus {
  return makeCorpus(FLOOD_STORY.map(makeArticle));
}
