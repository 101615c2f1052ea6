import { describe, expect, it } from 'vitest';
import { FLOOD_STORY, floodCorpus, makeArticle, makeCorpus } from '../brief/fixtures.ts';
import { buildTimeline, threadTimeline } from './index.ts';

describe('buildTimeline on the flood story', () => {
  const corpus = floodCorpus();
  const timeline = buildTimeline(corpus.articles);
  const body = new Map(corpus.articles.map((a) => [a.id, a.body]));

  it('sorts oldest first', () => {
    const dates = timeline.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });

  // [date, expected documents in the evidence, scheduled]
  const CASES: Array<[string, string[], boolean]> = [
    ['2018', ['a3'], false],
    ['2025-03-10', ['a4'], false],
    ['2025-03-11', ['a1', 'a3'], false],
    ['2025-03-15', ['a1', 'a2'], true],
  ];
  for (const [date, docs, scheduled] of CASES) {
    it(`merges the happening of ${date}`, () => {
      const events = timeline.filter((e) => e.date === date);
      expect(events.length, JSON.stringify(events)).toBe(1);
      expect(events[0].evidence.map((x) => x.document).sort()).toEqual(docs);
      expect(!!events[0].scheduled).toBe(scheduled);
      expect(events[0].storyId).toBe('s1');
    });
  }

  it('points every piece of evidence at a clause that holds its expression', () => {
    for (const e of timeline) {
      for (const x of e.evidence) expect(body.get(x.document)!.slice(x.start, x.end)).toContain(x.expression);
    }
  });

  it('gives a short text with no dangling connective', () => {
    for (const e of timeline) {
      expect(e.text.length).toBeGreaterThan(10);
      expect(e.text.startsWith('و')).toBe(false);
    }
  });
});

describe('threadTimeline', () => {
  it('merges one happening told by two stories of a thread', () => {
    const articles = FLOOD_STORY.map((h, i) => makeArticle({ ...h, storyId: i < 2 ? 's1' : 's2' }));
    const corpus = makeCorpus(articles);
    const events = threadTimeline(corpus, 't1').filter((e) => e.date === '2025-03-11');
    expect(events.length).toBe(1);
    expect(events[0].evidence.map((x) => x.document).sort()).toEqual(['a1', 'a3']);
    expect(threadTimeline(corpus, 'nope')).toEqual([]);
  });
});
