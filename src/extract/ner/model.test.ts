import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABELS } from './conll.ts';
import { tagConll } from './conllio.ts';
import { emptyGazetteer } from './gazetteer.ts';
import { allowed, loadModel, NerModel, saveModel, viterbi } from './model.ts';

const L = LABELS.length;
const I_PER = LABELS.indexOf('I-PER');
const B_PER = LABELS.indexOf('B-PER');

/** A model whose only weight says "a word after قال is a person". */
function tinyModel(): NerModel {
  const weights = new Float32Array(L);
  weights[B_PER] = 5;
  return new NerModel({
    index: new Map([['w-1:قال', 0]]),
    weights,
    start: new Float32Array(L),
    trans: new Float32Array(L * L),
    ctx: { gazetteer: emptyGazetteer(), titleHeads: new Set() },
    nameWords: new Set(['بوتين']),
    header: ['test model'],
  });
}

describe('viterbi', () => {
  it('opens a chunk before an I- the emissions prefer', () => {
    const em = new Float64Array(2 * L);
    em[L + I_PER] = 10;
    const path = viterbi(em, 2, new Float32Array(L), new Float32Array(L * L));
    expect(path.map((y) => LABELS[y])).toEqual(['B-PER', 'I-PER']);
  });
  it('never starts a sentence with I-', () => {
    const em = new Float64Array(L);
    em[I_PER] = 10;
    expect(LABELS[viterbi(em, 1, new Float32Array(L), new Float32Array(L * L))[0]]).not.toBe('I-PER');
  });
  it.each([
    ['O', 'I-PER', false],
    ['B-ORG', 'I-PER', false],
    ['B-PER', 'I-PER', true],
    ['I-LOC', 'B-PER', true],
  ] as const)('%s → %s allowed: %s', (a, b, want) =>
    expect(allowed(LABELS.indexOf(a), LABELS.indexOf(b))).toBe(want),
  );
});

describe('NerModel', () => {
  it('tags from its features', () => expect(tinyModel().tag(['قال', 'بوتين'])).toEqual(['O', 'B-PER']));
  it('survives a save and load', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rasd-ner-')), 'm.txt');
    saveModel(path, tinyModel());
    const m = loadModel(path);
    expect(m.header).toEqual(['test model']);
    expect(m.tag(['قال', 'بوتين'])).toEqual(['O', 'B-PER']);
    expect(m.nameWords.has('بوتين')).toBe(true);
  });
  it('names the file and line of a malformed model', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rasd-ner-')), 'bad.txt');
    saveModel(path, tinyModel());
    appendFileSync(path, 'junk\tx\n');
    expect(() => loadModel(path)).toThrow(/bad\.txt:\d+: unknown line kind "junk"/);
  });
});

describe('loadModel', () => {
  /** A saved tiny model with `extra` appended as written. */
  function savedWith(extra: string): string {
    const path = join(mkdtempSync(join(tmpdir(), 'rasd-ner-')), 'm.txt');
    saveModel(path, tinyModel());
    appendFileSync(path, extra);
    return path;
  }

  it('reads each weight as Float32(Number(cell)), in any form a cell takes', () => {
    // The hand parser covers plain decimals; exponents, long digit runs and odd forms go to Number.
    const cells = ['1.634', '-0.4889', '0.07627', '-0', '1e-7', '-2.5e+30', '1234567890123456789', '7', '.5'];
    const path = savedWith(`f\tw0:x\t${cells.map((c, y) => `${y}:${c}`).join(' ')}`); // no final newline
    const m = loadModel(path);
    const row = m.index.get('w0:x') ?? -1;
    const got = m.weights.slice(row * L, row * L + L);
    const want = Float32Array.from(cells.map(Number));
    expect(Buffer.from(got.buffer).equals(Buffer.from(want.buffer))).toBe(true);
    expect(m.weights.length).toBe(m.index.size * L);
  });
  it.each([
    ['no cells', 'f\tw0:x\n'],
    ['a label past the last', 'f\tw0:x\t9:1\n'],
    ['a cell without a label', 'f\tw0:x\t0:1 :2\n'],
  ])('names the file and line of a feature line with %s', (_, line) => {
    expect(() => loadModel(savedWith(line))).toThrow(/m\.txt:\d+: malformed feature line/);
  });
});

describe('tagConll', () => {
  it('keeps tokens, blank lines and line count; ignores other columns', () => {
    const out = tagConll('قال\tO\tx\nبوتين\tO\n\nقال\nبوتين\n', tinyModel());
    expect(out).toBe('قال\tO\nبوتين\tB-PER\n\nقال\tO\nبوتين\tB-PER\n');
  });
  it('gives nothing for empty input', () => expect(tagConll('', tinyModel())).toBe(''));
});
