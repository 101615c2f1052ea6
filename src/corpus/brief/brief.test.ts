import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../doc/types.ts';
import { compareStage } from '../compare/index.ts';
import { contradictionsStage } from '../contradictions/index.ts';
import { summaryStage } from '../summary/index.ts';
import { timelineStage } from '../timeline/index.ts';
import { FLOOD_STORY, makeArticle, makeCorpus } from './fixtures.ts';
import { briefFromCorpus, renderHtml, renderJson, renderMarkdown, renderText } from './index.ts';

function analysed(extra = ''): Corpus {
  const hand = FLOOD_STORY.map((h, i) => (i === 0 ? { ...h, body: `${h.body}\n${extra}`.trim() } : h));
  const corpus = makeCorpus(hand.map(makeArticle));
  for (const stage of [timelineStage, summaryStage, compareStage, contradictionsStage]) stage.run(corpus);
  return corpus;
}

describe('story brief renderers', () => {
  const hostile = 'وقال الوزير إن <script>alert("x")</script> & «كل شيء» تحت السيطرة [رابط](http://x).';
  const corpus = analysed(hostile);
  const brief = briefFromCorpus(corpus, 's1')!;

  it('builds the brief of a known story and null for an unknown one', () => {
    expect(brief.documents.length).toBe(4);
    expect(briefFromCorpus(corpus, 'nope')).toBeNull();
  });

  // [format, render, what must appear]
  const CASES: Array<[string, () => string, string[]]> = [
    ['text', () => renderText(brief), ['الملخص', 'التسلسل الزمني', 'تناقضات بين المصادر', '[1]']],
    ['md', () => renderMarkdown(brief), ['# ', '## الملخص', '| التاريخ |', '## ما انفردت به كل وسيلة']],
    [
      'html',
      () => renderHtml(brief),
      ['<html dir="rtl" lang="ar">', '<meta charset="utf-8">', '<h2>الملخص</h2>'],
    ],
  ];
  for (const [name, render, pieces] of CASES) {
    it(`${name} has every section`, () => {
      const out = render();
      for (const p of pieces) expect(out, p).toContain(p);
    });
  }

  it('escapes article text in HTML', () => {
    const html = renderHtml(brief);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toMatch(/src=|href="http/);
  });

  it('makes article text inert in Markdown', () => {
    const md = renderMarkdown(brief);
    expect(md).not.toContain('[رابط](http');
  });

  it('gives in JSON the text of every cited span', () => {
    const obj = JSON.parse(renderJson(brief));
    expect(obj.summary.length).toBeGreaterThan(0);
    for (const s of obj.summary) for (const src of s.sources) expect(src.text.length).toBeGreaterThan(0);
    expect(obj.contradictions.length).toBe(2);
  });
});

describe('odd inputs never break the corpus stages or the renderers', () => {
  // [name, body]
  const BODIES: Array<[string, string]> = [
    ['empty body', ''],
    ['punctuation only', '... !!! ؟؟ ،،'],
    ['numbers only', '12 15 2025 ٣٤٥'],
    ['one long line without a full stop', 'كلمة '.repeat(3000)],
    ['unbalanced quotes and dashes', '«قال - إن “ 5 آلاف ( ألف - - في العاصمة'],
  ];
  for (const [name, body] of BODIES) {
    it(name, () => {
      const odd = makeArticle({ id: 'odd', outlet: 'غريبة', published: '2025-03-12', body: body || ' ' });
      odd.body = body;
      const corpus = makeCorpus([odd, ...FLOOD_STORY.slice(0, 2).map(makeArticle)]);
      for (const stage of [timelineStage, summaryStage, compareStage, contradictionsStage]) stage.run(corpus);
      const brief = briefFromCorpus(corpus, 's1')!;
      expect(() => [
        renderText(brief),
        renderMarkdown(brief),
        renderHtml(brief),
        renderJson(brief),
      ]).not.toThrow();
    });
  }
});
