import { describe, expect, it } from 'vitest';
import type { Article } from '../doc/types.ts';
import { textStage } from './stage.ts';

// A short news-like body written for this test.
const body = 'قال د. سامر إن المعرض افتتح أمس.\nوأضاف أن ٣٠٪ من الزوار جاؤوا من خارج المدينة!';

describe('textStage', () => {
  it('assigns tokens, sentences and paragraphs whose spans slice the body', () => {
    const article = { body } as Article;
    textStage.run(article);
    expect(article.paragraphs?.map((s) => body.slice(s.start, s.end))).toEqual(body.split('\n'));
    expect(article.sentences?.map((s) => body.slice(s.start, s.end))).toEqual(body.split('\n'));
    for (const t of article.tokens ?? []) expect(body.slice(t.start, t.end)).toBe(t.text);
    expect(article.tokens?.find((t) => t.kind === 'number')?.norm).toBe('30%');
  });
});
