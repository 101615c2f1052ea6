import { describe, expect, it } from 'vitest';
import { floodCorpus } from '../brief/fixtures.ts';
import { supports } from './citations-check.ts';
import { summarizeArticles } from './multi.ts';

describe('summarizeArticles on the flood story', () => {
  const corpus = floodCorpus();
  const summary = summarizeArticles(corpus.articles, { sentences: 4 });
  const body = new Map(corpus.articles.map((a) => [a.id, a.body]));

  it('gives the requested number of sentences', () => {
    expect(summary.length).toBe(4);
  });

  it('cites spans that exist and support the sentence', () => {
    for (const s of summary) {
      for (const src of s.sources) {
        const text = body.get(src.document)!.slice(src.start, src.end);
        expect(text.length, `${src.document} ${src.start}-${src.end}`).toBeGreaterThan(0);
        expect(supports(text, s.text), `${text} ⟂ ${s.text}`).toBe(true);
      }
    }
  });

  it('tells the rescue fact once, citing every outlet that has it', () => {
    const rescue = summary.filter((s) => s.text.includes('فرق الإنقاذ'));
    expect(rescue.length).toBe(1);
    expect(new Set(rescue[0].sources.map((x) => x.document))).toEqual(new Set(['a1', 'a2', 'a3']));
  });

  it('starts no sentence with a dangling connective', () => {
    for (const s of summary) expect(s.text.startsWith('ومن جهته')).toBe(false);
  });
});
