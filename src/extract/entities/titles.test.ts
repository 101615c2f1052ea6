import { describe, expect, it } from 'vitest';
import type { EntityType, Mention } from '../../doc/types.ts';
import { tokenize } from '../../text/index.ts';
import { roleLexicon } from '../ner/lexicon.ts';
import { attachRoles, linkRoles, type Placed } from './titles.ts';

/** Place hand-given names (as whole tokens) over the tokens of `body`. */
function place(
  body: string,
  names: Array<[string, EntityType]>,
): { tokens: ReturnType<typeof tokenize>; placed: Placed[] } {
  const tokens = tokenize(body);
  const placed: Placed[] = [];
  for (const [name, type] of names) {
    const start = body.indexOf(name);
    const from = tokens.findIndex((t) => t.start === start);
    const to = tokens.findIndex((t) => t.end === start + name.length) + 1;
    placed.push({ from, to, mention: { start, end: start + name.length, text: name, type } });
  }
  return { tokens, placed: placed.sort((a, b) => a.from - b.from) };
}

function run(body: string, names: Array<[string, EntityType]>): Mention[] {
  const { tokens, placed } = place(body, names);
  const mentions = attachRoles(body, tokens, placed, roleLexicon()).map((p) => p.mention);
  linkRoles(mentions, roleLexicon());
  return mentions;
}

// [text, names given, person, expected title]
const titled: [string, Array<[string, EntityType]>, string, string][] = [
  ['قال الرئيس الأمريكي جو بايدن إن', [['جو بايدن', 'PER']], 'جو بايدن', 'الرئيس الأمريكي'],
  [
    'وصرّح المتحدث باسم الكرملين ديمتري بيسكوف لوكالة محلية',
    [
      ['الكرملين', 'ORG'],
      ['ديمتري بيسكوف', 'PER'],
    ],
    'ديمتري بيسكوف',
    'المتحدث باسم الكرملين',
  ],
  ['التقى وزير الخارجية التركي هاكان فيدان', [['هاكان فيدان', 'PER']], 'هاكان فيدان', 'وزير الخارجية التركي'],
  [
    'ورحب والرئيس الفرنسي السابق فرانسوا هولاند',
    [['فرانسوا هولاند', 'PER']],
    'فرانسوا هولاند',
    'الرئيس الفرنسي السابق',
  ],
  [
    'وصرح سيرغي لافروف، وزير الخارجية الروسي، بأن',
    [['سيرغي لافروف', 'PER']],
    'سيرغي لافروف',
    'وزير الخارجية الروسي',
  ],
];

describe('attachRoles: titles', () => {
  it.each(titled)('%s', (body, names, person, title) => {
    const m = run(body, names).find((x) => x.text === person);
    expect(m?.titles).toEqual([title]);
    expect(m?.titleSpan && body.slice(m.titleSpan.start, m.titleSpan.end)).toBe(title);
  });
});

// [text, names given, expected role-only mentions]
const roles: [string, Array<[string, EntityType]>, string[]][] = [
  ['وأكد الرئيس الروسي أن بلاده', [], ['الرئيس الروسي']],
  ['واتصل بنظيره الأوكراني هاتفيا', [], ['نظيره الأوكراني']],
  ['وقال المتحدث باسم البيت الأبيض إن', [['البيت الأبيض', 'ORG']], ['المتحدث باسم البيت الأبيض']],
  ['وقال الرئيس إن', [], []], // a bare role says too little
];

describe('attachRoles: role-only mentions', () => {
  it.each(roles)('%s', (body, names, want) => {
    const got = run(body, names).filter((m) => m.roleOnly);
    expect(got.map((m) => m.text)).toEqual(want);
    for (const m of got) expect(body.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('linkRoles', () => {
  it('links a role to the one person the article gives it', () => {
    const body = 'قال الرئيس الروسي فلاديمير بوتين إن الرئيس الأمريكي جو بايدن مخطئ. وأضاف الرئيس الروسي أن';
    const ms = run(body, [
      ['فلاديمير بوتين', 'PER'],
      ['جو بايدن', 'PER'],
    ]);
    const role = ms.find((m) => m.roleOnly);
    expect(role?.text).toBe('الرئيس الروسي');
    expect(ms[role?.refersTo ?? -1]?.text).toBe('فلاديمير بوتين');
  });
  it('links a counterpart by its nationality', () => {
    const body =
      'التقى الرئيس الأوكراني فولوديمير زيلينسكي الرئيس الروسي فلاديمير بوتين. وشكر بوتين نظيره الأوكراني';
    const ms = run(body, [
      ['فولوديمير زيلينسكي', 'PER'],
      ['فلاديمير بوتين', 'PER'],
    ]);
    const role = ms.find((m) => m.roleOnly);
    expect(ms[role?.refersTo ?? -1]?.text).toBe('فولوديمير زيلينسكي');
  });
  it('leaves a role two people share unlinked', () => {
    const body = 'التقى الوزير هاكان فيدان والوزير سيرغي لافروف. وقال الوزير التركي';
    const ms = run(body, [
      ['هاكان فيدان', 'PER'],
      ['سيرغي لافروف', 'PER'],
    ]);
    expect(ms.filter((m) => m.roleOnly).every((m) => m.refersTo === undefined)).toBe(true);
  });
});
