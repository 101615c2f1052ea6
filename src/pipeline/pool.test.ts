import { afterEach, describe, expect, it } from 'vitest';
import { ArticlePool } from './pool.ts';

const worker = new URL('./fixtures/hang-worker.mjs', import.meta.url);
const raw = (text: string) => ({ source: `${text}.txt`, format: 'text' as const, text });

describe('ArticlePool', () => {
  let pool: ArticlePool;
  afterEach(() => pool?.close());

  it('processes items on workers and keeps going after a hang, a crash and an error', async () => {
    pool = new ArticlePool(2, 500, worker);
    const results = await Promise.allSettled(
      ['a', 'HANG', 'b', 'CRASH', 'THROW', 'c'].map((t) => pool.process(raw(t))),
    );
    const summary = results.map((r) => (r.status === 'fulfilled' ? r.value.id : r.reason.message));
    expect(summary[0]).toBe('a');
    expect(summary[1]).toMatch(/timed out after 0.5 s/);
    expect(summary[2]).toBe('b');
    expect(summary[3]).toMatch(/exited with code 3/);
    expect(summary[4]).toBe('bad input');
    expect(summary[5]).toBe('c');
  });

  it('runs the real pipeline', async () => {
    pool = new ArticlePool(1);
    const a = await pool.process(
      raw('عنوان الخبر\n\nقال المتحدث باسم الوزارة إن الاجتماع انتهى باتفاق على جدول زمني.'),
    );
    expect(a.body).toContain('الاجتماع');
    expect(a.tokens?.length).toBeGreaterThan(3);
  });
});
