/** Contradictions across the stories of one thread: counts and dates only, close in time only. */
import { describe, expect, it } from 'vitest';
import type { Article, Corpus } from '../../doc/types.ts';
import { processArticle } from '../../pipeline/run.ts';
import { contradictionsStage } from './index.ts';

function article(id: string, outlet: string, published: string, storyId: string, text: string): Article {
  const a = processArticle({ source: `fixture:${id}`, format: 'text', id, text, outlet, published });
  a.storyId = storyId;
  a.duplicateOf = null;
  return a;
}

const EARLY =
  'ارتفعت حصيلة ضحايا انهيار المبنى السكني في حي الميناء إلى 12 قتيلا، بحسب ما أعلنه الدفاع المدني مساء الأحد.';
const LATER =
  'قال محافظ المدينة إن انهيار المبنى السكني في حي الميناء أودى بحياة 17 قتيلا، وإن التحقيق في أسبابه بدأ.';

function corpusOf(secondPublished: string): Corpus {
  const articles = [
    article('a', 'صحيفة الشمال', '2025-04-06', 's-a', EARLY),
    article('b', 'إذاعة الساحل', secondPublished, 's-b', LATER),
  ];
  return {
    articles,
    stories: [
      { id: 's-a', threadId: 't-1', documents: ['a'], title: 'أ', summary: [] },
      { id: 's-b', threadId: 't-1', documents: ['b'], title: 'ب', summary: [] },
    ],
    threads: [],
    entities: [],
    timeline: [],
    contradictions: [],
  };
}

describe('contradictions across the stories of a thread', () => {
  it('reports a count told differently in two stories of one thread a day apart', () => {
    const corpus = corpusOf('2025-04-07');
    contradictionsStage.run(corpus);
    const found = corpus.contradictions.filter((c) => c.threadId === 't-1');
    expect(found.length).toBeGreaterThan(0);
    expect(found[0].kind).toBe('number');
    expect(new Set(found[0].claims.map((x) => x.document))).toEqual(new Set(['a', 'b']));
  });

  it('leaves out claims a month apart: different events of one topic', () => {
    const corpus = corpusOf('2025-05-09');
    contradictionsStage.run(corpus);
    expect(corpus.contradictions.filter((c) => c.threadId)).toEqual([]);
  });
});
