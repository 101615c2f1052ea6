import { describe, expect, it } from 'vitest';
import { floodCorpus } from '../brief/fixtures.ts';
import { compareStage } from './index.ts';
import { outletUniques } from './unique.ts';

describe('outletUniques on the flood story', () => {
  const corpus = floodCorpus();
  const uniques = outletUniques(corpus.articles);
  const body = new Map(corpus.articles.map((a) => [a.id, a.body]));
  const of = (outlet: string) => uniques.find((o) => o.outlet === outlet)?.unique ?? [];

  // [outlet, kind, a piece of the text it must list]
  const CASES: Array<[string, string, string]> = [
    ['الوطن', 'quote', 'لم نشهد مثل هذه الأمطار'],
    ['النهار', 'number', '40 مصابا'],
    ['الشروق', 'fact', 'عام 2018'],
    ['الصباح', 'fact', 'الهلال الأحمر'],
  ];
  for (const [outlet, kind, piece] of CASES) {
    it(`${outlet} alone: ${piece}`, () => {
      expect(
        of(outlet).some((u) => u.kind === kind && u.text.includes(piece)),
        JSON.stringify(of(outlet)),
      ).toBe(true);
    });
  }

  it('never lists the rescue fact every outlet tells', () => {
    for (const o of uniques) for (const u of o.unique) expect(u.text.includes('فرق الإنقاذ')).toBe(false);
  });

  it('points every item at its text', () => {
    for (const o of uniques)
      for (const u of o.unique) expect(body.get(u.document)!.slice(u.start, u.end)).toBe(u.text);
  });

  it('fills story.outlets through the stage', () => {
    compareStage.run(corpus);
    expect(corpus.stories[0].outlets?.length).toBe(4);
  });
});
