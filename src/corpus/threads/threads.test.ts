import { describe, expect, it } from 'vitest';
import { buildStories } from '../stories/index.ts';
import { generateStream } from '../stream/generator.ts';
import { buildThreads } from './index.ts';

describe('buildThreads', () => {
  const articles = [...generateStream({ seed: 8, count: 250 })].map((i) => i.article);
  const stories = buildStories(articles);
  const threads = buildThreads(stories, articles);

  it('sets a threadId on every story, listed by exactly one thread', () => {
    const listed = threads.flatMap((t) => t.stories);
    expect(new Set(listed).size).toBe(stories.length);
    for (const s of stories) expect(threads.find((t) => t.id === s.threadId)?.stories).toContain(s.id);
  });

  it('titles a thread after its largest story', () => {
    for (const t of threads) {
      const members = stories.filter((s) => s.threadId === t.id);
      const max = Math.max(...members.map((s) => s.documents.length));
      expect(members.filter((s) => s.documents.length === max).map((s) => s.title)).toContain(t.title);
    }
  });
});
