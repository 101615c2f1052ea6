import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/index.ts';
import { floodCorpus } from '../brief/fixtures.ts';
import { storyContradictions } from './index.ts';
import { readNumber } from './numbers.ts';
import { type Pair, scorePair } from './score.ts';
import { markedWords } from './speakers.ts';

// [text, expected amount]
const NUMBERS: Array<[string, number]> = [
  ['12 شخصا', 12],
  ['اثني عشر شخصا', 12],
  ['خمسة وعشرون جنديا', 25],
  ['أربعا وعشرين محطة', 24],
  ['100 ألف جندي', 100000],
  ['3 ملايين و900 ألف طن', 3900000],
  ['نصف مليون لاجئ', 500000],
  ['بعشرين مليار ونصف مليار درهم', 20500000000],
  ['1,500 عامل', 1500],
  ['12.8 في المائة', 12.8],
];

describe('readNumber', () => {
  for (const [text, amount] of NUMBERS) {
    it(text, () => {
      const ts = tokenize(text).filter((t) => t.kind !== 'punct' || t.text === '%');
      expect(readNumber(ts, 0)?.amount).toBe(amount);
    });
  }
});

describe('our pairs (pairs.fixture.jsonl)', () => {
  const pairs = readFileSync(join(import.meta.dirname, 'pairs.fixture.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Pair);
  for (const p of pairs) {
    it(p.id, () => {
      const r = scorePair(p);
      expect(r.falsePositives, JSON.stringify(r.found)).toBe(0);
      expect(r.missed).toBe(0);
    });
  }
});

describe('flood story', () => {
  const corpus = floodCorpus();
  const found = storyContradictions(corpus.articles, 's1');
  const body = new Map(corpus.articles.map((a) => [a.id, a.body]));

  it('finds the death toll and the date of the floods', () => {
    expect(found.map((c) => c.kind).sort()).toEqual(['date', 'number']);
  });

  it('gives claims whose spans hold their values', () => {
    for (const c of found)
      for (const x of c.claims) expect(body.get(x.document)!.slice(x.start, x.end)).toBe(x.value);
  });

  it('does not call the scheduled meeting a disagreement', () => {
    expect(found.some((c) => c.claims.some((x) => x.value.includes('15 مارس')))).toBe(false);
  });
});

describe('sample corpus (samples/truth.json)', () => {
  const truthPath = join(import.meta.dirname, '../../../samples/truth.json');
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as {
    contradictions: Array<{ kind: string; a: string; b: string; valueA: string; valueB: string }>;
  };
  for (const c of truth.contradictions) {
    it(`finds ${c.kind}: ${c.valueA} ≠ ${c.valueB}`, async () => {
      const { readInputs } = await import('../../ingest/index.ts');
      const { processArticle } = await import('../../pipeline/run.ts');
      const dir = join(import.meta.dirname, '../../../samples/corpus');
      const arts = [];
      for await (const it of readInputs([join(dir, c.a), join(dir, c.b)]))
        if (it.ok) arts.push(processArticle(it.input));
      const found = storyContradictions(arts, 'x');
      expect(found.map((f) => f.kind)).toEqual([c.kind]);
      const values = found[0].claims.map((x) => x.value).join(' | ');
      expect(values).toContain(c.valueB.split(' ')[0]);
    });
  }
});

describe('verbatim words of a reported quote', () => {
  it('takes the words inside quotation marks, and nothing from a clause without them', () => {
    expect(markedWords('لاعبيه «قدموا مباراة كبيرة» رغم الغيابات')).toBe('قدموا مباراة كبيرة');
    expect(markedWords('الوزارة "لن تقبل بأي قرض جديد"')).toBe('لن تقبل بأي قرض جديد');
    expect(markedWords('المفاوضات ستستأنف قريبا')).toBe('');
  });
});
