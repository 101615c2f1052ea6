import { describe, expect, it } from 'vitest';
import type { Article } from '../../doc/types.ts';
import { generateStream } from '../stream/generator.ts';
import { adjustedRand, bcubed, buildStories, StoryIndex } from './index.ts';
import { firstSentenceTitle } from './title.ts';

const items = [...generateStream({ seed: 5, count: 300 })];
const gold = new Map(items.map((i) => [i.article.id, i.truth.story]));
const clone = (a: Article): Article => ({ ...a, mentions: a.mentions?.slice() });

describe('StoryIndex', () => {
  it('groups a planted stream close to its truth', () => {
    const index = new StoryIndex();
    for (const { article } of items) index.add(article);
    const ids = items.map((i) => i.article.id);
    const f1 = bcubed(
      ids.map((id) => index.storyOf(id)!),
      ids.map((id) => gold.get(id)!),
    ).f1;
    expect(f1).toBeGreaterThan(0.85);
  });

  it('names a story after its first article and keeps the id as articles join', () => {
    const index = new StoryIndex();
    const first = items[0].article;
    const id = index.add(first);
    expect(id).toBe(`s-${first.id}`);
    for (const { article } of items.slice(1, 100)) index.add(article);
    expect(index.storyOf(first.id)).toBe(id);
  });

  it('re-adding an article is a no-op', () => {
    const index = new StoryIndex();
    const a = items[0].article;
    const id = index.add(a);
    expect(index.add(a)).toBe(id);
    expect(index.articleCount).toBe(1);
  });

  it('round-trips through toJSON/fromJSON', () => {
    const index = new StoryIndex();
    for (const { article } of items.slice(0, 150)) index.add(article);
    const copy = StoryIndex.fromJSON(JSON.parse(JSON.stringify(index.toJSON())));
    for (const { article } of items.slice(150)) {
      expect([article.id, copy.add(clone(article))]).toEqual([article.id, index.add(article)]);
    }
  });

  it('fromJSON rejects bad input with a clear error', () => {
    expect(() => StoryIndex.fromJSON({} as never)).toThrow(/StoryIndex.fromJSON/);
  });
});

describe('buildStories', () => {
  it('is independent of input order', () => {
    const a = items.map((i) => clone(i.article));
    const b = a.map(clone).reverse();
    buildStories(a);
    buildStories(b);
    const byId = new Map(b.map((x) => [x.id, x.storyId]));
    expect(a.map((x) => x.storyId)).toEqual(a.map((x) => byId.get(x.id)));
  });

  it('titles every story and lists its documents', () => {
    const a = items.slice(0, 80).map((i) => clone(i.article));
    const stories = buildStories(a);
    for (const s of stories) {
      expect(s.title.length).toBeGreaterThan(0);
      for (const d of s.documents) expect(a.find((x) => x.id === d)?.storyId).toBe(s.id);
    }
  });
});

describe('metrics', () => {
  const cases: Array<[string, string[], string[], number, number]> = [
    ['identical', ['a', 'a', 'b'], ['x', 'x', 'y'], 1, 1],
    ['all merged', ['a', 'a', 'a', 'a'], ['x', 'x', 'y', 'y'], 2 / 3, 0],
  ];
  it.each(cases)('%s', (_n, p, g, f1, ari) => {
    expect(bcubed(p, g).f1).toBeCloseTo(f1, 6);
    expect(adjustedRand(p, g)).toBeCloseTo(ari, 6);
  });
});

describe('firstSentenceTitle', () => {
  const cases: Array<[string, string]> = [
    ['جملة أولى قصيرة. وجملة ثانية.', 'جملة أولى قصيرة.'],
    ['', ''],
  ];
  it.each(cases)('%s', (body, expected) => expect(firstSentenceTitle(body)).toBe(expected));
});
