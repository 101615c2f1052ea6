/** Over a thousand malformed inputs in one `rasd ingest --jobs 2` run: no crash, no hang, nothing unclear. */
import { beforeAll, describe, expect, it } from 'vitest';
import { recordFigures } from './figures.ts';
import { judge, type MalformedFigures, parseStderr, runMalformed } from './malformed.ts';
import type { MalformedCase } from './malformed-cases.ts';

let f: MalformedFigures;

const D = '/tmp/in';
const one = (file: string, extra: Partial<MalformedCase> = {}): MalformedCase => ({
  file,
  kind: 'k',
  valid: false,
  single: true,
  ...extra,
});

// The judge itself, on made-up outcomes: [case, stored sources, stderr, expected verdict].
const JUDGED: Array<
  [
    string,
    MalformedCase,
    string[],
    string,
    { stored: number; refused: number; unclear: number; validLost: number },
  ]
> = [
  [
    'refused once',
    one('a.html'),
    [],
    `rasd: ${D}/a.html: binary file\n`,
    { stored: 0, refused: 1, unclear: 0, validLost: 0 },
  ],
  ['stored', one('a.html'), [`${D}/a.html`], '', { stored: 1, refused: 0, unclear: 0, validLost: 0 }],
  ['silent', one('a.html'), [], '', { stored: 0, refused: 0, unclear: 1, validLost: 0 }],
  [
    'two lines',
    one('a.html'),
    [],
    `rasd: ${D}/a.html: x\nrasd: ${D}/a.html: y\n`,
    { stored: 0, refused: 1, unclear: 1, validLost: 0 },
  ],
  [
    'stored and refused',
    one('a.txt'),
    [`${D}/a.txt`],
    `rasd: ${D}/a.txt: x\n`,
    { stored: 1, refused: 0, unclear: 1, validLost: 0 },
  ],
  [
    'valid refused',
    one('v.txt', { valid: true }),
    [],
    `rasd: ${D}/v.txt: x\n`,
    { stored: 0, refused: 1, unclear: 0, validLost: 1 },
  ],
  [
    'jsonl line',
    one('m.jsonl', { line: 3 }),
    [`${D}/m.jsonl#2`],
    `rasd: ${D}/m.jsonl:3: invalid JSON\n`,
    { stored: 0, refused: 1, unclear: 0, validLost: 0 },
  ],
  [
    'jsonl item failed in the pool',
    one('m.jsonl', { line: 2 }),
    [],
    `rasd: ${D}/m.jsonl#2: timed out after 30 s\n`,
    { stored: 0, refused: 1, unclear: 0, validLost: 0 },
  ],
  [
    'feed: items stored, one refused',
    one('f.xml', { single: false }),
    [`${D}/f.xml#1`],
    `rasd: ${D}/f.xml#2: stage clean: x\n`,
    { stored: 1, refused: 0, unclear: 0, validLost: 0 },
  ],
  [
    'feed: whole-file error and items',
    one('f.xml', { single: false }),
    [`${D}/f.xml#1`],
    `rasd: ${D}/f.xml: x\n`,
    { stored: 1, refused: 0, unclear: 1, validLost: 0 },
  ],
];

describe('malformed-input judge', () => {
  it.each(JUDGED)('%s', (_name, c, stored, stderr, expected) => {
    const { errors, stray } = parseStderr(stderr, D);
    expect(stray).toEqual([]);
    const { problems: _, ...verdict } = judge([c], stored, errors, D);
    expect(verdict).toEqual(expected);
  });

  it('counts a stack trace and other text as stray lines', () => {
    const { errors, stray } = parseStderr(`rasd: ${D}/a.html: x\nTypeError: boom\n    at f (x.ts:1:1)\n`, D);
    expect(errors).toHaveLength(1);
    expect(stray).toEqual(['TypeError: boom', '    at f (x.ts:1:1)']);
  });
});

describe('malformed input', () => {
  beforeAll(async () => {
    f = await runMalformed({ seed: 20251123, limitMs: 8 * 60_000 });
    recordFigures({
      'robust.malformed.cases': f.cases,
      'robust.malformed.crashes': f.crashes,
      'robust.malformed.hangs': f.hangs,
      'robust.malformed.refused': f.refused,
      'robust.malformed.stored': f.stored,
      'robust.malformed.emptyStored': f.emptyStored,
    });
  }, 10 * 60_000);

  it('has at least 1,000 cases', () => {
    expect(f.cases).toBeGreaterThanOrEqual(1000);
  });

  it('does not crash: exit code 0 or 1, no stack trace, only error lines on stderr', () => {
    expect(
      { crashes: f.crashes, exitCode: f.exitCode, strayLines: f.strayLines },
      f.problems.join('\n'),
    ).toEqual({
      crashes: 0,
      exitCode: 1,
      strayLines: 0,
    });
  });

  it('does not hang: finishes in time, no item hits the per-item time limit', () => {
    expect(f.hangs, f.problems.join('\n')).toBe(0);
  });

  it('ends every case stored or refused with exactly one error line naming it', () => {
    expect(f.unclear, f.problems.join('\n')).toBe(0);
    expect(f.stored + f.refused).toBe(f.cases);
  });

  it('stores every valid article in the batch', () => {
    expect(f.validLost, f.problems.join('\n')).toBe(0);
  });

  // A page whose text is all inside an unclosed comment or script, a markup-only page, a
  // whitespace-only JSONL "text": the clean stage refuses them ("no article text left").
  it('stores no article with an empty body', () => {
    expect(f.emptyStored).toBe(0);
  });
});
