/**
 * The NER model: a linear-chain tagger (structured perceptron weights) over IOB2 labels,
 * decoded with Viterbi under IOB2 constraints. Loads from and saves to one text file with a
 * `#` header stating provenance and license.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { LABELS } from './conll.ts';
import {
  FEATURE_VERSION,
  type FeatureContext,
  infoOf,
  OFFSETS,
  PAD,
  PAIR_TEMPLATES,
  pairFeatures,
  pairWords,
  REACH,
  viewOf,
  wordFeatures,
} from './features.ts';
import { textCoreFingerprint } from './fingerprint.ts';
import { addEntry, emptyGazetteer, type Gazetteer } from './gazetteer.ts';

const L = LABELS.length;

/** Whether label `b` may follow label `a` in IOB2 (`a` = -1 is the sentence start). */
export function allowed(a: number, b: number): boolean {
  const lb = LABELS[b];
  if (!lb.startsWith('I-')) return true;
  if (a < 0) return false;
  return LABELS[a].slice(2) === lb.slice(2);
}

/** A trained tagger: feature weights, transitions and its feature context. */
export class NerModel {
  /** feature → row; weights[row * L + label]. */
  readonly index: Map<string, number>;
  readonly weights: Float32Array;
  /** start[label] and trans[prev * L + label]. */
  readonly start: Float32Array;
  readonly trans: Float32Array;
  readonly ctx: FeatureContext;
  /** Normalized words seen inside names (clitic decisions: strip ل of لبوتين, not of لبنان). */
  readonly nameWords: Set<string>;
  /** Words that made a whole name alone in training (روسيا, حماس) or ended a person's name. */
  readonly soloNames: Set<string>;
  readonly header: string[];
  /** Added to every entity label's score: trades precision for recall (tuned on dev). */
  entityBias = 0;
  /** Text-core fingerprint at training time (see fingerprint.ts); '' when unknown. */
  textCore = '';

  constructor(opts: {
    index: Map<string, number>;
    weights: Float32Array;
    start: Float32Array;
    trans: Float32Array;
    ctx: FeatureContext;
    nameWords: Set<string>;
    soloNames?: Set<string>;
    header: string[];
  }) {
    this.index = opts.index;
    this.weights = opts.weights;
    this.start = opts.start;
    this.trans = opts.trans;
    this.ctx = opts.ctx;
    this.nameWords = opts.nameWords;
    this.soloNames = opts.soloNames ?? new Set();
    this.header = opts.header;
  }

  /** Word → its summed word-feature weights at every offset (OFFSETS.length * L, slot-major). */
  private readonly wordCache = new Map<string, Float32Array>();
  private padVector: Float32Array | null = null;

  /** Pair features as template → first word → second word → row (no strings built while tagging). */
  private pairIndex: Array<Map<string, Map<string, number>>> | null = null;

  private pairs(): Array<Map<string, Map<string, number>>> {
    if (this.pairIndex) return this.pairIndex;
    const maps = PAIR_TEMPLATES.map(() => new Map<string, Map<string, number>>());
    for (const [f, row] of this.index) {
      const k = PAIR_TEMPLATES.findIndex((t) => f.startsWith(t) && f[t.length] === ':');
      if (k < 0) continue;
      const body = f.slice(PAIR_TEMPLATES[k].length + 1);
      const bar = body.indexOf('|');
      const a = body.slice(0, bar);
      const inner = maps[k].get(a) ?? new Map<string, number>();
      inner.set(body.slice(bar + 1), row);
      maps[k].set(a, inner);
    }
    this.pairIndex = maps;
    return maps;
  }

  private addRow(out: Float64Array, at: number, row: number | undefined): void {
    if (row === undefined) return;
    const base = row * L;
    for (let y = 0; y < L; y++) out[at + y] += this.weights[base + y];
  }

  private addRows(out: Float64Array, at: number, feats: string[]): void {
    for (const f of feats) {
      const row = this.index.get(f);
      if (row === undefined) continue;
      const base = row * L;
      for (let y = 0; y < L; y++) out[at + y] += this.weights[base + y];
    }
  }

  /** Summed weights of the word features of `raw` (null: padding) at every offset, cached. */
  private wordVector(raw: string | null): Float32Array {
    if (raw === null && this.padVector) return this.padVector;
    let vec = raw === null ? undefined : this.wordCache.get(raw);
    if (vec) return vec;
    const info = raw === null ? PAD : infoOf(raw);
    const acc = new Float64Array(OFFSETS.length * L);
    for (let slot = 0; slot < OFFSETS.length; slot++)
      this.addRows(acc, slot * L, wordFeatures(info, OFFSETS[slot]));
    vec = Float32Array.from(acc);
    if (raw === null) this.padVector = vec;
    else {
      if (this.wordCache.size > 200_000) this.wordCache.clear();
      this.wordCache.set(raw, vec);
    }
    return vec;
  }

  /** Emission scores of a sentence: Float64Array(n * L). */
  emissions(tokens: readonly string[]): Float64Array {
    const n = tokens.length;
    const out = new Float64Array(n * L);
    const view = viewOf(tokens, this.ctx);
    const pairs = this.pairs();
    for (let i = 0; i < n; i++) {
      this.addRows(out, i * L, pairFeatures(view, i));
      const words = pairWords(view, i);
      for (let k = 0; k < words.length; k++)
        this.addRow(out, i * L, pairs[k].get(words[k][0])?.get(words[k][1]));
    }
    // Each word adds its slot-k weights to the token k places before it; padding fills the edges.
    for (let j = -REACH; j < n + REACH; j++) {
      const vec = this.wordVector(j >= 0 && j < n ? tokens[j] : null);
      for (let slot = 0; slot < OFFSETS.length; slot++) {
        const i = j - OFFSETS[slot];
        if (i < 0 || i >= n) continue;
        for (let y = 0; y < L; y++) out[i * L + y] += vec[slot * L + y];
      }
    }
    return out;
  }

  /** IOB2 labels of one sentence of tokens as written. */
  tag(tokens: readonly string[]): string[] {
    if (!tokens.length) return [];
    const em = this.emissions(tokens);
    if (this.entityBias) for (let k = 0; k < em.length; k++) if (k % L !== 0) em[k] += this.entityBias;
    const path = viterbi(em, tokens.length, this.start, this.trans);
    return path.map((y) => LABELS[y]);
  }
}

/** allowed(p, y) as a table (row L is the sentence start): Viterbi asks it L*L times a token. */
const ALLOWED: boolean[] = Array.from({ length: (L + 1) * L }, (_, k) => {
  const p = Math.floor(k / L);
  return allowed(p === L ? -1 : p, k % L);
});

/** Best label path under IOB2 constraints. `em` is n*L emission scores. */
export function viterbi(
  em: Float64Array,
  n: number,
  start: ArrayLike<number>,
  trans: ArrayLike<number>,
): number[] {
  const score = new Float64Array(n * L);
  const back = new Int8Array(n * L);
  for (let y = 0; y < L; y++) score[y] = ALLOWED[L * L + y] ? start[y] + em[y] : Number.NEGATIVE_INFINITY;
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < L; y++) {
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED[p * L + y]) continue;
        const s = score[(i - 1) * L + p] + trans[p * L + y];
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + y] = best + em[i * L + y];
      back[i * L + y] = arg;
    }
  }
  let y = 0;
  for (let k = 1; k < L; k++) if (score[(n - 1) * L + k] > score[(n - 1) * L + y]) y = k;
  const path = new Array<number>(n);
  for (let i = n - 1; i >= 0; i--) {
    path[i] = y;
    y = back[i * L + y];
  }
  return path;
}

const num = (x: number) => (Math.abs(x) < 1e-9 ? '0' : Number(x.toPrecision(4)).toString());

/** Write a model as text: header, labels, transitions, gazetteer, name words, features. */
export function saveModel(path: string, m: NerModel): void {
  const lines = [...m.header.map((h) => `# ${h}`)];
  lines.push(`labels\t${LABELS.join(' ')}`);
  lines.push(`features\t${FEATURE_VERSION}`);
  lines.push(`bias\t${num(m.entityBias)}`);
  lines.push(`textcore\t${m.textCore || textCoreFingerprint()}`);
  lines.push(`start\t${Array.from(m.start, num).join(' ')}`);
  lines.push(`trans\t${Array.from(m.trans, num).join(' ')}`);
  for (const h of [...m.ctx.titleHeads].sort()) lines.push(`title\t${h}`);
  for (const [w, t] of [...(m.ctx.cues ?? [])].sort(([a], [b]) => (a < b ? -1 : 1)))
    lines.push(`cue\t${t}\t${w}`);
  for (const [phrase, types] of [...m.ctx.gazetteer.entries].sort(([a], [b]) => (a < b ? -1 : 1)))
    lines.push(`gaz\t${types.join(',')}\t${phrase}`);
  for (const [phrase, types] of [...(m.ctx.names?.entries ?? [])].sort(([a], [b]) => (a < b ? -1 : 1)))
    lines.push(`known\t${types.join(',')}\t${phrase}`);
  for (const w of [...m.nameWords].sort()) lines.push(`name\t${w}`);
  for (const w of [...m.soloNames].sort()) lines.push(`solo\t${w}`);
  const rows = [...m.index].sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [f, row] of rows) {
    const cells: string[] = [];
    for (let y = 0; y < L; y++) {
      const v = m.weights[row * L + y];
      if (v !== 0) cells.push(`${y}:${num(v)}`);
    }
    if (cells.length) lines.push(`f\t${f}\t${cells.join(' ')}`);
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/** 10^k for k ≤ 15, built by exact products (each fits a double's 53-bit mantissa). */
const POW10: number[] = [1];
for (let k = 1; k <= 15; k++) POW10.push(POW10[k - 1] * 10);

/**
 * Number() of the ASCII bytes b[from, to) without making a string, for the plain decimals
 * saveModel writes ("-0.4889"). Up to 15 digits make an exact integer and 10^scale is exact,
 * so the one division rounds to the same double Number() gives; anything else (an exponent,
 * more digits, stray bytes) goes through Number() itself.
 */
function readDecimal(b: Buffer, from: number, to: number): number {
  let i = from;
  const neg = b[i] === 45; // '-'
  if (neg) i++;
  let mant = 0;
  let digits = 0;
  let scale = -1; // digits after the point; -1 before it
  for (; i < to; i++) {
    const c = b[i];
    if (c >= 48 && c <= 57) {
      mant = mant * 10 + (c - 48);
      digits++;
      if (scale >= 0) scale++;
    } else if (c === 46 && scale < 0) scale = 0;
    else return Number(b.toString('utf8', from, to));
  }
  if (digits === 0 || digits > 15) return Number(b.toString('utf8', from, to));
  const v = scale > 0 ? mant / POW10[scale] : mant;
  return neg ? -v : v;
}

/** Parse the bytes "y:w y:w ..." in b[from, to) into out[base + y]; false when a cell is malformed. */
function readCells(b: Buffer, from: number, to: number, out: Float32Array, base: number): boolean {
  let i = from;
  while (i < to) {
    let y = 0;
    let j = i;
    for (; j < to && b[j] !== 58; j++) {
      const d = b[j] - 48;
      if (d < 0 || d > 9) return false;
      y = y * 10 + d;
    }
    if (j === i || j === to || y >= L) return false;
    let end = j + 1;
    while (end < to && b[end] !== 32) end++;
    out[base + y] = readDecimal(b, j + 1, end);
    i = end + 1;
  }
  return true;
}

/** What a model file holds, filled line by line. */
interface ModelParts {
  header: string[];
  index: Map<string, number>;
  weights: Float32Array;
  gazetteer: Gazetteer;
  names: Gazetteer;
  titleHeads: Set<string>;
  cues: Map<string, string>;
  nameWords: Set<string>;
  soloNames: Set<string>;
  start: Float32Array;
  trans: Float32Array;
  bias: number;
  textCore: string;
}

/** Nothing read yet; room for 2^17 / L weight rows before the first doubling. */
function emptyParts(): ModelParts {
  return {
    header: [],
    index: new Map(),
    weights: new Float32Array(1 << 17),
    gazetteer: emptyGazetteer(),
    names: emptyGazetteer(),
    titleHeads: new Set(),
    cues: new Map(),
    nameWords: new Set(),
    soloNames: new Set(),
    start: new Float32Array(L),
    trans: new Float32Array(L * L),
    bias: 0,
    textCore: '',
  };
}

/**
 * One "f\t<feature>\t<cells>" line, read in place from the file's bytes: only the feature name
 * becomes a string. The feature lines are ~135k of the model's ~150k lines, and decoding the
 * whole file, slicing each line and splitting its cells made most of the load time.
 * `from` is just after "f\t", `to` the line's end. False when malformed.
 */
function readFeature(b: Buffer, from: number, to: number, parts: ModelParts): boolean {
  let tab = from;
  while (tab < to && b[tab] !== 9) tab++;
  if (tab === to) return false;
  const base = parts.index.size * L;
  if (base + L > parts.weights.length) parts.weights = grown(parts.weights);
  parts.index.set(b.toString('utf8', from, tab), parts.index.size);
  return readCells(b, tab + 1, to, parts.weights, base);
}

/** `a` copied into one twice its size: ~135k rows arrive in a dozen doublings and copies. */
function grown(a: Float32Array): Float32Array {
  const out = new Float32Array(a.length * 2);
  out.set(a);
  return out;
}

/** Any line but a feature line. Throws naming the file and line when it is unknown. */
function readOtherLine(parts: ModelParts, line: string, path: string, ln: number): void {
  if (line.startsWith('#')) {
    parts.header.push(line.replace(/^# ?/, ''));
    return;
  }
  const tab = line.indexOf('\t');
  const kind = line.slice(0, tab);
  const rest = line.slice(tab + 1);
  if (kind === 'name') parts.nameWords.add(rest);
  else if (kind === 'solo') parts.soloNames.add(rest);
  else if (kind === 'gaz') {
    const [types, phrase] = rest.split('\t');
    for (const t of types.split(',')) addEntry(parts.gazetteer, phrase, t);
  } else if (kind === 'title') parts.titleHeads.add(rest);
  else if (kind === 'cue') {
    const [type, word] = rest.split('\t');
    parts.cues.set(word, type);
  } else if (kind === 'known') {
    const [types, phrase] = rest.split('\t');
    for (const t of types.split(',')) addEntry(parts.names, phrase, t);
  } else if (kind === 'start') parts.start = Float32Array.from(rest.split(' ').map(Number));
  else if (kind === 'bias') parts.bias = Number(rest);
  else if (kind === 'textcore') parts.textCore = rest;
  else if (kind === 'trans') parts.trans = Float32Array.from(rest.split(' ').map(Number));
  else if (kind === 'features') {
    if (Number(rest) !== FEATURE_VERSION)
      throw new Error(
        `${path}: trained with feature version ${rest}, this code has ${FEATURE_VERSION}: run "npm run train:ner"`,
      );
  } else if (kind === 'labels') {
    if (rest !== LABELS.join(' ')) throw new Error(`${path}:${ln}: unexpected label set "${rest}"`);
  } else throw new Error(`${path}:${ln}: unknown line kind "${kind}"`);
}

/** Read a model file written by `saveModel`. Throws naming the file and line when malformed. */
export function loadModel(path: string): NerModel {
  const bytes = readFileSync(path);
  // Weights go straight into a Float32Array that doubles as rows arrive, trimmed at the end: a
  // plain array made loading slow, and counting the feature lines first cost a pass over 7 MB.
  const parts = emptyParts();
  let ln = 0;
  for (let at = 0; at < bytes.length; ) {
    let end = bytes.indexOf(10, at);
    if (end === -1) end = bytes.length;
    ln++;
    if (bytes[at] === 102 && bytes[at + 1] === 9) {
      if (!readFeature(bytes, at + 2, end, parts)) throw new Error(`${path}:${ln}: malformed feature line`);
    } else if (end > at) readOtherLine(parts, bytes.toString('utf8', at, end), path, ln);
    at = end + 1;
  }
  const { start, trans } = parts;
  if (start.length !== L || trans.length !== L * L) throw new Error(`${path}: malformed transitions`);
  const model = new NerModel({
    index: parts.index,
    weights: parts.weights.slice(0, parts.index.size * L),
    start,
    trans,
    ctx: { gazetteer: parts.gazetteer, titleHeads: parts.titleHeads, cues: parts.cues, names: parts.names },
    nameWords: parts.nameWords,
    soloNames: parts.soloNames,
    header: parts.header,
  });
  model.entityBias = parts.bias;
  model.textCore = parts.textCore;
  if (parts.textCore && parts.textCore !== textCoreFingerprint())
    process.stderr.write(
      `rasd: NER model ${path} was trained on another version of the text core (stemmer/normalizer): run "npm run train:ner"\n`,
    );
  return model;
}
