import { describe, expect, it } from 'vitest';
import type { Article, Corpus, Entity, EntityType, Mention } from '../../doc/types.ts';
import { resolveEntities } from './index.ts';

type Given = [string, EntityType] | [string, EntityType, Partial<Mention>];

/** Articles whose bodies are the given names joined by " و ", with mentions placed on them. */
function corpusOf(docs: Given[][]): Corpus {
  const articles = docs.map((names, i) => {
    let body = '';
    const mentions: Mention[] = names.map(([text, type, extra]) => {
      if (body) body += ' و ';
      const start = body.length;
      body += text;
      return { start, end: body.length, text, type, ...extra };
    });
    return { id: `d${i}`, body, mentions } as unknown as Article;
  });
  return { articles, stories: [], threads: [], entities: [], timeline: [], contradictions: [] };
}

function entityOf(entities: Entity[], variant: string): Entity | undefined {
  return entities.find((e) => e.variants.includes(variant));
}

// [case, documents, spellings that must be one entity]
const merged: [string, Given[][], string[]][] = [
  ['surname-only and full name', [[['جو بايدن', 'PER']], [['بايدن', 'PER']]], ['جو بايدن', 'بايدن']],
  [
    'a Maghrebi بن surname written apart or joined',
    [[['نادية بن سليمان', 'PER']], [['نادية بنسليمان', 'PER']]],
    ['نادية بن سليمان', 'نادية بنسليمان'],
  ],
  [
    'transliterations',
    [[['فولوديمير زيلينسكي', 'PER']], [['زيلنسكي', 'PER']]],
    ['فولوديمير زيلينسكي', 'زيلنسكي'],
  ],
  [
    'a wrong first name with the right surname',
    [
      [
        ['فولوديمير زيلينسكي', 'PER'],
        ['فلاديمير بوتين', 'PER'],
      ],
      [['فلاديمير زيلنسكي', 'PER']],
    ],
    ['فولوديمير زيلينسكي', 'فلاديمير زيلنسكي'],
  ],
  [
    'acronym from the alias table',
    [[['حلف شمال الأطلسي', 'ORG']], [['الناتو', 'ORG']]],
    ['حلف شمال الأطلسي', 'الناتو'],
  ],
  [
    'ministry written short',
    [[['وزارة الخارجية الأميركية', 'ORG']], [['الخارجية الأميركية', 'ORG']]],
    ['وزارة الخارجية الأميركية', 'الخارجية الأميركية'],
  ],
  [
    'the UN by its epithet',
    [[['الأمم المتحدة', 'ORG']], [['المنظمة الدولية', 'ORG']]],
    ['الأمم المتحدة', 'المنظمة الدولية'],
  ],
  ['a head word left out', [[['حركة حماس', 'ORG']], [['حماس', 'ORG']]], ['حركة حماس', 'حماس']],
  [
    'one name typed differently',
    [[['الكرملين', 'ORG']], [['الكرملين', 'LOC']], [['الكرملين', 'ORG']]],
    ['الكرملين'],
  ],
  [
    'trailing words of a full name',
    [[['مولود جاويش أوغلو', 'PER']], [['جاويش أوغلو', 'PER']]],
    ['مولود جاويش أوغلو', 'جاويش أوغلو'],
  ],
  [
    'a generic institution in articles that share a person',
    [
      [
        ['وزارة الصحة', 'ORG'],
        ['سعاد منير', 'PER'],
      ],
      [
        ['منير', 'PER'],
        ['وزارة الصحة', 'ORG'],
      ],
    ],
    ['وزارة الصحة'],
  ],
  [
    'an organisation named with its adjective, then without it',
    [
      [
        ['البنك المركزي المصري', 'ORG'],
        ['البنك المركزي', 'ORG'],
      ],
    ],
    ['البنك المركزي المصري', 'البنك المركزي'],
  ],
  [
    'an institution named with its country, in unrelated articles',
    [[['وزارة الصحة المصرية', 'ORG']], [['وزارة الصحة المصرية', 'ORG']]],
    ['وزارة الصحة المصرية'],
  ],
];

describe('resolveEntities merges', () => {
  it.each(merged)('%s', (_name, docs, spellings) => {
    const entities = resolveEntities(corpusOf(docs));
    const ids = new Set(spellings.map((s) => entityOf(entities, s)?.id));
    expect(ids.size, JSON.stringify(entities.map((e) => [e.name, e.variants]))).toBe(1);
    expect([...ids][0]).toBeDefined();
  });
});

// [case, documents, spellings that must stay apart]
const apart: [string, Given[][], string[]][] = [
  [
    'people sharing a first name',
    [[['فلاديمير بوتين', 'PER']], [['فلاديمير زيلينسكي', 'PER']]],
    ['فلاديمير بوتين', 'فلاديمير زيلينسكي'],
  ],
  [
    'people sharing a surname, different first names',
    [[['جو بايدن', 'PER']], [['هانتر بايدن', 'PER']]],
    ['جو بايدن', 'هانتر بايدن'],
  ],
  [
    'a short organisation name in an article that does not give the full one',
    [[['البنك المركزي المصري', 'ORG']], [['البنك المركزي', 'ORG']]],
    ['البنك المركزي المصري', 'البنك المركزي'],
  ],
  [
    'a short organisation name two full names shorten to',
    [
      [
        ['البنك المركزي المصري', 'ORG'],
        ['البنك المركزي الأوروبي', 'ORG'],
        ['البنك المركزي', 'ORG'],
      ],
    ],
    ['البنك المركزي المصري', 'البنك المركزي الأوروبي', 'البنك المركزي'],
  ],
  [
    'a capital and its country',
    [[['واشنطن', 'LOC']], [['الولايات المتحدة', 'LOC']]],
    ['واشنطن', 'الولايات المتحدة'],
  ],
];

describe('resolveEntities keeps apart', () => {
  it.each(apart)('%s', (_name, docs, spellings) => {
    const entities = resolveEntities(corpusOf(docs));
    const ids = new Set(spellings.map((s) => entityOf(entities, s)?.id));
    expect(ids.size).toBe(spellings.length);
  });
});

// "رئاسة الحكومة" of one country is not that of another: a name made of a head noun and
// generic words merges across articles only when they share a person or a place.
describe('resolveEntities keeps a generic institution apart', () => {
  it('in articles with nothing else in common', () => {
    const docs: Given[][] = [
      [
        ['رئاسة الحكومة', 'ORG'],
        ['بيروت', 'LOC'],
      ],
      [
        ['رئاسة الحكومة', 'ORG'],
        ['الرباط', 'LOC'],
      ],
    ];
    const entities = resolveEntities(corpusOf(docs));
    expect(entities.filter((e) => e.variants.includes('رئاسة الحكومة')).length).toBe(2);
  });
  it('with ids that do not depend on input order', () => {
    const docs: Given[][] = [[['مجلس النواب', 'ORG']], [['مجلس النواب', 'ORG']], [['مجلس النواب', 'ORG']]];
    const ids = (reverse: boolean) => {
      const corpus = corpusOf(docs);
      if (reverse) corpus.articles.reverse();
      return resolveEntities(corpus)
        .map((e) => `${e.id}:${e.mentions.map((m) => m.document)}`)
        .sort();
    };
    expect(ids(true)).toEqual(ids(false));
  });
});

describe('resolveEntities records', () => {
  const docs: Given[][] = [
    [
      ['فولوديمير زيلينسكي', 'PER', { titles: ['الرئيس الأوكراني'] }],
      ['فلاديمير بوتين', 'PER'],
    ],
    [
      ['زيلنسكي', 'PER'],
      ['الرئيس الأوكراني', 'PER', { roleOnly: true, titles: ['الرئيس الأوكراني'] }],
    ],
  ];
  it('a why-line for each merge, the fullest name, titles and role links', () => {
    const corpus = corpusOf(docs);
    const z = entityOf(resolveEntities(corpus), 'زيلنسكي');
    expect(z?.name).toBe('فولوديمير زيلينسكي');
    expect(z?.titles).toEqual(['الرئيس الأوكراني']);
    expect(z?.why?.some((w) => w.includes('زيلنسكي') && w.includes('surname'))).toBe(true);
    expect(corpus.articles[1].mentions?.[1].entityId).toBe(z?.id);
    expect(z?.mentions.length).toBe(3);
  });
  it('ids that do not depend on input order', () => {
    const a = resolveEntities(corpusOf(docs))
      .map((e) => e.id)
      .sort();
    const b = resolveEntities(corpusOf([...docs].reverse()))
      .map((e) => e.id)
      .sort();
    expect(a).toEqual(b);
  });
  it('sets each mention its entity id', () => {
    const corpus = corpusOf(docs);
    resolveEntities(corpus);
    for (const a of corpus.articles) for (const m of a.mentions ?? []) expect(m.entityId).toMatch(/^per-/);
  });
});
