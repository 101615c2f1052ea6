import { describe, expect, it } from 'vitest';
import type { Token } from '../doc/types.ts';
import { isStopword } from './stopwords.ts';
import { parseNumber, scanTokens, tokenize, words } from './tokenize.ts';

type Kind = Token['kind'];
// [name, input, expected [text, kind] list]
const cases: [string, string, [string, Kind][]][] = [
  [
    'Arabic words with diacritics',
    'قالَ الرئيسُ',
    [
      ['قالَ', 'word'],
      ['الرئيسُ', 'word'],
    ],
  ],
  [
    'punctuation glued to words',
    '(بوتين)، «نعم»؟',
    [
      ['(', 'punct'],
      ['بوتين', 'word'],
      [')', 'punct'],
      ['،', 'punct'],
      ['«', 'punct'],
      ['نعم', 'word'],
      ['»', 'punct'],
      ['؟', 'punct'],
    ],
  ],
  [
    'Arabic decimal sign',
    'بلغ ١٢٫٥',
    [
      ['بلغ', 'word'],
      ['١٢٫٥', 'number'],
    ],
  ],
  [
    'Arabic thousands sign',
    '١٬٢٥٠ دولار',
    [
      ['١٬٢٥٠', 'number'],
      ['دولار', 'word'],
    ],
  ],
  ['ASCII decimals and thousands', '1,250.75', [['1,250.75', 'number']]],
  [
    'year letter',
    'عام 2022م',
    [
      ['عام', 'word'],
      ['2022م', 'number'],
    ],
  ],
  ['Hijri year with tatweel', '1445هـ', [['1445هـ', 'number']]],
  [
    'number then a word is two tokens',
    '5كيلومترات',
    [
      ['5', 'number'],
      ['كيلومترات', 'word'],
    ],
  ],
  ['Arabic percent', '٣٠٪', [['٣٠٪', 'number']]],
  ['ASCII percent', '30%', [['30%', 'number']]],
  [
    'date and time',
    '2022/03/01 10:30',
    [
      ['2022/03/01', 'number'],
      ['10:30', 'number'],
    ],
  ],
  [
    'number ends a sentence',
    'بلغ 30.',
    [
      ['بلغ', 'word'],
      ['30', 'number'],
      ['.', 'punct'],
    ],
  ],
  [
    'conjunction glued to a number',
    'و15',
    [
      ['و', 'word'],
      ['15', 'number'],
    ],
  ],
  [
    'URL without trailing punctuation',
    'انظر https://example.com/a?b=1.',
    [
      ['انظر', 'word'],
      ['https://example.com/a?b=1', 'url'],
      ['.', 'punct'],
    ],
  ],
  [
    'www URL',
    'www.example.org،',
    [
      ['www.example.org', 'url'],
      ['،', 'punct'],
    ],
  ],
  ['hashtag', '#سوريا_اليوم', [['#سوريا_اليوم', 'hashtag']]],
  [
    'mention',
    '@rasd_news:',
    [
      ['@rasd_news', 'mention'],
      [':', 'punct'],
    ],
  ],
  [
    'lone hash is a symbol',
    '# 5',
    [
      ['#', 'punct'],
      ['5', 'number'],
    ],
  ],
  [
    'Latin word with digits',
    'F16 وNATO',
    [
      ['F16', 'latin'],
      ['و', 'word'],
      ['NATO', 'latin'],
    ],
  ],
  [
    'ellipsis stays one token',
    'ثم...',
    [
      ['ثم', 'word'],
      ['...', 'punct'],
    ],
  ],
  [
    'tatweel after article',
    'الـ20',
    [
      ['الـ', 'word'],
      ['20', 'number'],
    ],
  ],
  [
    'bidi marks are skipped',
    'قال\u200F \u202Bنعم\u202C',
    [
      ['قال', 'word'],
      ['نعم', 'word'],
    ],
  ],
  [
    'symbols and emoji',
    '$ 😀',
    [
      ['$', 'symbol'],
      ['😀', 'symbol'],
    ],
  ],
  ['presentation forms', 'ﻻ', [['ﻻ', 'word']]],
];

describe('tokenize', () => {
  it.each(cases)('%s: %s', (_name, input, expected) => {
    const tokens = tokenize(input);
    expect(tokens.map((t) => [t.text, t.kind])).toEqual(expected);
    for (const t of tokens) expect(input.slice(t.start, t.end)).toBe(t.text);
  });

  it('gives match-normalized forms and stems', () => {
    const [t] = tokenize('والمدرسةُ');
    expect(t.norm).toBe('والمدرسه');
    expect(t.stem).toBe('مدرس');
    expect(tokenize('٣٠٪')[0].norm).toBe('30%');
  });

  it('scanTokens visits the same spans without building tokens', () => {
    const text = 'قال الرئيس: «١٢٫٥٪» في 2022م #وسم';
    const spans: string[] = [];
    scanTokens(text, (_k, s, e) => spans.push(text.slice(s, e)));
    expect(spans).toEqual(tokenize(text).map((t) => t.text));
  });

  it('throws a clear error on a non-string', () => {
    expect(() => tokenize(null as unknown as string)).toThrow(/expected a string/);
  });
});

// [input, value]
const numbers: [string, number][] = [
  ['١٢٫٥', 12.5],
  ['1,250,000', 1250000],
  ['3,5', 3.5],
  ['٣٠٪', 30],
  ['2022م', 2022],
  ['10:30', Number.NaN],
];

describe('parseNumber', () => {
  it.each(numbers)('%s', (input, value) => expect(parseNumber(input)).toBe(value));
});

// [word (match-normalized), stop word?]
const stops: [string, boolean][] = [
  ['في', true],
  ['التي', true],
  ['وهو', true],
  ['فقد', true],
  ['لا', false],
  ['لم', false],
  ['ليس', false],
  ['غير', false],
  ['ثلاثه', false],
  ['مليون', false],
  ['يناير', false],
  ['امس', false],
  ['دولار', false],
  ['رييس', false],
];

describe('isStopword', () => {
  it.each(stops)('%s', (word, expected) => expect(isStopword(word)).toBe(expected));
});

describe('words', () => {
  it('keeps content-word stems and drops stop words', () => {
    expect(words('قال الرئيس إنه لن يزور واشنطن في يناير')).toEqual([
      'رييس',
      'لن',
      'يزور',
      'واشنطن',
      'يناير',
    ]);
  });
});
