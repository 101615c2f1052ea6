/**
 * `npm run train:ner`: trains the NER tagger on ANERcorp (minus the fixed dev split: the
 * last 10% of sentences) and the even half of AQMAR, with ANERGazet and known-names gazetteer
 * features and name-swapped copies of the sentences; prints dev F1 per epoch, prunes small
 * weights and writes data/ner/model.txt. Fixed seed and order: reproducible. `--fold k/K`
 * also holds out a block of the training sentences and scores it (cross-validation).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, sharedPath } from '../../util/paths.ts';
import { splitClitics } from './clitics.ts';
import { LABELS, readConll, splitAqmar, splitDev, type TaggedSentence } from './conll.ts';
import { addSentence, chunks, emptyScore, f1 } from './conlleval.ts';
import { type FeatureContext, sentenceFeatures } from './features.ts';
import { addEntry, emptyGazetteer, type Gazetteer, loadGazetteerFile } from './gazetteer.ts';
import { cueWords, roleLexicon } from './lexicon.ts';
import { NerModel, saveModel, viterbi } from './model.ts';
import { type Example, Perceptron, seededRandom } from './perceptron.ts';

/** Training settings (defaults are the shipped model's). */
export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Weights with |w| below this are dropped from the saved model. */
  prune: number;
  /** Features seen fewer times than this in training are not used. */
  minCount: number;
  /** Copies of each sentence with its names swapped for other training names (see swapNames). */
  swaps: number;
  /** Perceptrons trained in different orders whose weights are averaged (see averageOf). */
  bags: number;
  /** Probability of hiding a word-identity feature in a training pass. */
  dropout: number;
  /** Also train on the even-numbered half of the AQMAR articles (the odd half stays for eval). */
  aqmar: boolean;
  /** Cross-validation `[k, K]`: hold out the k-th of K blocks of the training sentences too, and score it (feature work: the dev split alone is too small to tell 1 point from noise). */
  fold?: [number, number];
  out: string;
}

export const DEFAULT_TRAIN: TrainOptions = {
  epochs: 12,
  seed: 7,
  prune: 0.02,
  minCount: 2,
  dropout: 0,
  swaps: 1,
  bags: 3,
  aqmar: true,
  out: join(DATA_DIR, 'ner', 'model.txt'),
};

const L = LABELS.length;

function need(rel: string): string {
  const p = sharedPath(rel);
  if (!p) throw new Error(`train:ner: ${rel} not found under ../shared (set RASD_SHARED)`);
  return p;
}

/** Gazetteer and title triggers for training. */
export function trainingContext(): FeatureContext {
  const gazetteer = emptyGazetteer();
  loadGazetteerFile(gazetteer, need('data/gazetteers/ANERGazet-persons.txt'), 'PER');
  loadGazetteerFile(gazetteer, need('data/gazetteers/ANERGazet-locations.txt'), 'LOC');
  loadGazetteerFile(gazetteer, need('data/gazetteers/ANERGazet-organizations.txt'), 'ORG');
  return { gazetteer, titleHeads: roleLexicon().heads, cues: cueWords() };
}

function featurize(
  raw: string[][][],
  sents: TaggedSentence[],
  dict: Map<string, number>,
  grow: boolean,
): Example[] {
  return sents.map((s, k) => ({
    feats: raw[k].map((fs) => {
      const ids: number[] = [];
      for (const f of fs) {
        let id = dict.get(f);
        if (id === undefined && grow) {
          id = dict.size;
          dict.set(f, id);
        }
        if (id !== undefined) ids.push(id);
      }
      return Int32Array.from(ids);
    }),
    gold: Int8Array.from(s.tags.map((t) => LABELS.indexOf(t as (typeof LABELS)[number]))),
  }));
}

/** Word-identity features, the ones dropout hides so that context and affixes learn too. */
const LEXICAL = /^(w|c|s|ww-|ww\+|p4|z4):/;

/** A copy of `ex` with each lexical feature dropped with probability `rate`. */
function dropLexical(ex: Example, lexical: Uint8Array, rate: number, rand: () => number): Example {
  if (rate <= 0) return ex;
  return { gold: ex.gold, feats: ex.feats.map((ids) => ids.filter((id) => !lexical[id] || rand() >= rate)) };
}

function devF1(p: Perceptron, dev: Example[]): number {
  const { w, start, trans } = p.averaged();
  const score = emptyScore();
  for (const ex of dev) {
    const pred = p.decode(ex, w, start, trans).map((y) => LABELS[y]);
    addSentence(
      score,
      Array.from(ex.gold, (y) => LABELS[y]),
      pred,
    );
  }
  return f1(score);
}

/**
 * Words seen inside gold names (match-normalized, clitic-free), for span clitic decisions, and
 * the words that were a whole name alone or ended a person's name (for mention clean-up).
 */
function nameWordsOf(sents: TaggedSentence[]): { all: Set<string>; solo: Set<string> } {
  const all = new Set<string>();
  const solo = new Set<string>();
  for (const s of sents) {
    for (const c of chunks(s.tags)) {
      const words = s.tokens.slice(c.start, c.end).map((t) => splitClitics(t).core);
      for (const w of words) all.add(w);
      if (words.length === 1 || c.type === 'PER') solo.add(words[words.length - 1]);
    }
  }
  return { all, solo };
}

/** Blocks of the jackknife: each sentence's name features come from the other blocks. */
const NAME_FOLDS = 5;

/**
 * Names of the training data as a gazetteer: each gold name (first word without its
 * conjunction or preposition) under its most frequent type. A one-word name is left out
 * when the same word more often stands outside names (a common noun tagged once).
 */
export function namesGazetteer(sents: readonly TaggedSentence[]): Gazetteer {
  const types = new Map<string, Map<string, number>>();
  const inName = new Map<string, number>();
  const outside = new Map<string, number>();
  for (const s of sents) {
    const cores = s.tokens.map((t) => splitClitics(t));
    s.tags.forEach((tag, i) => {
      const m = tag === 'O' ? outside : inName;
      m.set(cores[i].core, (m.get(cores[i].core) ?? 0) + 1);
    });
    for (const c of chunks(s.tags)) {
      const words = [cores[c.start].core, ...cores.slice(c.start + 1, c.end).map((x) => x.norm)];
      const key = words.join(' ');
      const byType = types.get(key) ?? new Map<string, number>();
      byType.set(c.type, (byType.get(c.type) ?? 0) + 1);
      types.set(key, byType);
    }
  }
  const gaz = emptyGazetteer();
  for (const [phrase, byType] of types) {
    if (!phrase.includes(' ') && (outside.get(phrase) ?? 0) > (inName.get(phrase) ?? 0)) continue;
    const best = [...byType].sort((a, b) => b[1] - a[1])[0][0];
    addEntry(gaz, phrase, best);
  }
  return gaz;
}

/** Features of the training sentences, each block seeing the names of the other blocks only. */
function jackknifedFeatures(train: TaggedSentence[], ctx: FeatureContext): string[][][] {
  const out: string[][][] = [];
  for (let b = 0; b < NAME_FOLDS; b++) {
    const from = Math.floor((train.length * b) / NAME_FOLDS);
    const to = Math.floor((train.length * (b + 1)) / NAME_FOLDS);
    const names = namesGazetteer([...train.slice(0, from), ...train.slice(to)]);
    for (const s of train.slice(from, to)) out.push(sentenceFeatures(s.tokens, { ...ctx, names }));
  }
  return out;
}

/**
 * Copies of the sentences that hold names, each name replaced by another training name of
 * its type (its words and their tags). The tagger memorizes the names it was trained on; in
 * the copies a name's identity no longer tells its type, so the context and the word shapes
 * must: what an unseen name has to go by. The copies see no known-names gazetteer (as an
 * unseen name would not be in it).
 */
export function swapNames(
  sents: readonly TaggedSentence[],
  copies: number,
  rand: () => number,
): TaggedSentence[] {
  const pool = new Map<string, string[][]>();
  for (const s of sents)
    for (const c of chunks(s.tags)) {
      const list = pool.get(c.type) ?? [];
      list.push(s.tokens.slice(c.start, c.end));
      pool.set(c.type, list);
    }
  const out: TaggedSentence[] = [];
  for (let k = 0; k < copies; k++)
    for (const s of sents) {
      const found = chunks(s.tags);
      if (!found.length) continue;
      const copy: TaggedSentence = { tokens: [], tags: [] };
      let at = 0;
      for (const c of found) {
        copy.tokens.push(...s.tokens.slice(at, c.start));
        copy.tags.push(...s.tags.slice(at, c.start));
        const names = pool.get(c.type) ?? [];
        const name = names[Math.floor(rand() * names.length)];
        copy.tokens.push(...name);
        copy.tags.push(...name.map((_, i) => `${i ? 'I' : 'B'}-${c.type}`));
        at = c.end;
      }
      copy.tokens.push(...s.tokens.slice(at));
      copy.tags.push(...s.tags.slice(at));
      out.push(copy);
    }
  return out;
}

type Weights = ReturnType<Perceptron['averaged']>;

/** One averaged perceptron over the examples, in an order shuffled from `seed`. */
function runPerceptron(
  trainEx: Example[],
  devEx: Example[],
  lexical: Uint8Array,
  opts: TrainOptions,
  seed: number,
): Weights {
  const p = new Perceptron(lexical.length);
  const rand = seededRandom(seed);
  const order = trainEx.map((_, i) => i);
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let wrong = 0;
    for (const k of order) if (!p.learn(dropLexical(trainEx[k], lexical, opts.dropout, rand))) wrong++;
    process.stderr.write(`epoch ${epoch}: ${wrong} wrong sentences, dev F1 ${devF1(p, devEx).toFixed(4)}\n`);
  }
  return p.averaged();
}

/**
 * Mean of several runs' weights: a perceptron's result depends on its training order by about
 * a point of F1, and averaging runs of different orders removes part of that variance.
 */
function averageOf(runs: Weights[]): Weights {
  if (runs.length === 1) return runs[0];
  const mean = (pick: (w: Weights) => Float64Array) => {
    const out = new Float64Array(pick(runs[0]).length);
    for (const r of runs) {
      const a = pick(r);
      for (let k = 0; k < out.length; k++) out[k] += a[k] / runs.length;
    }
    return out;
  };
  return { w: mean((r) => r.w), start: mean((r) => r.start), trans: mean((r) => r.trans) };
}

/** Train a model; logs progress to stderr. */
export function trainModel(opts: TrainOptions = DEFAULT_TRAIN): NerModel {
  const all = readConll(need('data/ner/anercorp-camel-train.txt'));
  const split = splitDev(all);
  const { dev } = split;
  const { train: aner, held } = holdOut(split.train, opts.fold);
  const aqDir = need('data/ner/aqmar');
  const aqTrain = opts.aqmar
    ? splitAqmar(readdirSync(aqDir).filter((f) => f.endsWith('.txt'))).train.flatMap((f) =>
        readConll(join(aqDir, f)),
      )
    : [];
  const train = [...aner, ...aqTrain];
  const ctx = { ...trainingContext(), names: namesGazetteer(train) };
  // News sentences only: swapping the Wikipedia ones too scored lower on the news dev split.
  const swapped = swapNames(aner, opts.swaps, seededRandom(opts.seed + 1));
  const trainRaw = [
    ...jackknifedFeatures(train, ctx),
    ...swapped.map((s) => sentenceFeatures(s.tokens, { ...ctx, names: emptyGazetteer() })),
  ];
  train.push(...swapped);
  // Features seen fewer than minCount times are left out: rare word identities only memorize.
  // Only the real sentences count: the swapped copies would add name pairs no text has.
  const counts = new Map<string, number>();
  for (const fs of trainRaw.slice(0, train.length - swapped.length).flat())
    for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const dict = new Map<string, number>();
  for (const [f, c] of counts) if (c >= opts.minCount) dict.set(f, dict.size);
  const trainEx = featurize(trainRaw, train, dict, false);
  const devEx = featurize(
    dev.map((s) => sentenceFeatures(s.tokens, ctx)),
    dev,
    dict,
    false,
  );
  process.stderr.write(
    `train:ner: ${train.length} train / ${dev.length} dev sentences, ${dict.size} features\n`,
  );
  const lexical = new Uint8Array(dict.size);
  for (const [f, id] of dict) if (LEXICAL.test(f)) lexical[id] = 1;
  const avg = averageOf(
    Array.from({ length: opts.bags }, (_, b) =>
      runPerceptron(trainEx, devEx, lexical, opts, opts.seed + 100 * b),
    ),
  );
  const index = new Map<string, number>();
  const kept: number[] = [];
  for (const [f, id] of dict) {
    let big = false;
    for (let y = 0; y < L; y++) if (Math.abs(avg.w[id * L + y]) >= opts.prune) big = true;
    if (!big) continue;
    index.set(f, index.size);
    for (let y = 0; y < L; y++) {
      const v = avg.w[id * L + y];
      kept.push(Math.abs(v) >= opts.prune ? v : 0);
    }
  }
  process.stderr.write(`train:ner: kept ${index.size} of ${dict.size} features\n`);
  const header = [
    'rasd NER model: linear-chain averaged structured perceptron, IOB2 PER/ORG/LOC/MISC, Viterbi decoding.',
    `Trained by src/extract/ner/train.ts (npm run train:ner): ${opts.epochs} epochs, seed ${opts.seed}, prune |w| < ${opts.prune}, min count ${opts.minCount}, dropout ${opts.dropout}; weights the mean of ${opts.bags} runs in different orders (seeds ${opts.seed} + 100k); ${opts.swaps} name-swapped copy of each ANERcorp training sentence with names (each name replaced by another training name of its type).`,
    `Training data: ANERcorp (Benajiba et al. 2007), CAMeL-aligned train prefix from ../shared/data/ner, first ${aner.length} sentences; the last ${dev.length} are the dev split and were never trained on.`,
    opts.aqmar
      ? `Also AQMAR (CMU ARK; Wikipedia): the ${aqTrain.length} sentences of the even-numbered articles (sorted names), MIS0-3 as MISC; the odd-numbered half is held out for eval.`
      : 'AQMAR was not trained on.',
    'Gazetteer entries below: ANERGazet (Benajiba et al.), via ITE-5th/arabic-ner; that repository states no license.',
    'Neither ANERcorp nor ANERGazet as redistributed states a license: treat this model as research use; code and title list are written for rasd, MIT.',
    'Title triggers: data/ner/titles.txt (written for rasd, MIT).',
    `Known names ("known" lines): the gold names of the training sentences above, no dev or held-out AQMAR text; in training each sentence saw only the names of the other ${NAME_FOLDS} blocks.`,
  ];
  const names = nameWordsOf(train);
  const model = new NerModel({
    index,
    weights: Float32Array.from(kept),
    start: Float32Array.from(avg.start),
    trans: Float32Array.from(avg.trans),
    ctx,
    nameWords: names.all,
    soloNames: names.solo,
    header,
  });
  model.entityBias = tuneBias(model, dev);
  header.push(
    `Entity bias ${model.entityBias}: the one setting chosen on the dev split (grid ${BIAS_GRID.join(', ')}).`,
  );
  if (held.length) {
    const score = emptyScore();
    for (const s of held) addSentence(score, s.tags, model.tag(s.tokens));
    process.stderr.write(
      `fold ${opts.fold?.join('/')}: held-out F1 ${f1(score).toFixed(4)} on ${held.length} sentences\n`,
    );
  }
  return model;
}

/** The k-th of K contiguous blocks of `sents` held out (none without a fold). */
function holdOut<T>(sents: T[], fold?: [number, number]): { train: T[]; held: T[] } {
  if (!fold) return { train: sents, held: [] };
  const [k, K] = fold;
  const a = Math.floor((sents.length * k) / K);
  const b = Math.floor((sents.length * (k + 1)) / K);
  return { train: [...sents.slice(0, a), ...sents.slice(b)], held: sents.slice(a, b) };
}

/** Candidate entity biases; the dev split picks one (its only use besides reporting). */
const BIAS_GRID = [0, 1, 2, 3, 4, 6, 8];

function tuneBias(model: NerModel, dev: TaggedSentence[]): number {
  let best = 0;
  let bestF1 = -1;
  for (const b of BIAS_GRID) {
    model.entityBias = b;
    const score = emptyScore();
    for (const s of dev) addSentence(score, s.tags, model.tag(s.tokens));
    process.stderr.write(`entity bias ${b}: dev F1 ${f1(score).toFixed(4)}\n`);
    if (f1(score) > bestF1) {
      bestF1 = f1(score);
      best = b;
    }
  }
  return best;
}

function parseArgs(argv: string[]): TrainOptions {
  const opts = { ...DEFAULT_TRAIN };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--epochs') opts.epochs = Number(argv[++i]);
    else if (argv[i] === '--seed') opts.seed = Number(argv[++i]);
    else if (argv[i] === '--prune') opts.prune = Number(argv[++i]);
    else if (argv[i] === '--min-count') opts.minCount = Number(argv[++i]);
    else if (argv[i] === '--aqmar') opts.aqmar = true;
    else if (argv[i] === '--no-aqmar') opts.aqmar = false;
    else if (argv[i] === '--dropout') opts.dropout = Number(argv[++i]);
    else if (argv[i] === '--out') opts.out = argv[++i];
    else if (argv[i] === '--swaps') opts.swaps = Number(argv[++i]);
    else if (argv[i] === '--bags') opts.bags = Number(argv[++i]);
    else if (argv[i] === '--fold') opts.fold = argv[++i].split('/').map(Number) as [number, number];
  }
  return opts;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, '/'))) {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const model = trainModel(opts);
  saveModel(opts.out, model);
  process.stderr.write(`train:ner: wrote ${opts.out} in ${((Date.now() - started) / 1000).toFixed(0)}s\n`);
}

// viterbi is re-exported for tests that decode with raw weights.
export { viterbi };
