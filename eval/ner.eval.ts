/**
 * NER evaluation: entity-level micro F1 (conlleval style) on the ANERcorp dev split (the last
 * 10% of the train file, never trained on) and on AQMAR (Wikipedia, out of domain): the
 * odd-numbered half of its articles (sorted names), which training never sees (it may use the
 * even half). AQMAR is scored twice: `ner.aqmar.f1` maps its MIS0..MIS3 classes to MISC;
 * `ner.aqmar.noMisc.f1` drops MISC from gold and prediction. Per-type F1 keys follow.
 * NER_MODEL=path scores another model file.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  type MiscPolicy,
  readConll,
  splitAqmar,
  splitDev,
  type TaggedSentence,
} from '../src/extract/ner/conll.ts';
import { addSentence, emptyScore, f1, precisionRecall, type Score } from '../src/extract/ner/conlleval.ts';
import { nerModel } from '../src/extract/ner/index.ts';
import { sharedPath } from '../src/util/paths.ts';

function score(sents: TaggedSentence[], misc: MiscPolicy = 'map'): Score {
  const model = nerModel(process.env.NER_MODEL || undefined);
  const s = emptyScore();
  for (const sent of sents) {
    let pred = model.tag(sent.tokens);
    if (misc === 'ignore') pred = pred.map((t) => (t.endsWith('MISC') ? 'O' : t));
    addSentence(s, sent.tags, pred);
  }
  return s;
}

function figures(prefix: string, s: Score): Record<string, number> {
  const out: Record<string, number> = { [`${prefix}.f1`]: f1(s) };
  const pr = precisionRecall(s);
  out[`${prefix}.precision`] = pr.precision;
  out[`${prefix}.recall`] = pr.recall;
  for (const [t, c] of Object.entries(s.byType).sort()) out[`${prefix}.${t}.f1`] = f1(c);
  if (process.env.NER_EVAL_VERBOSE) {
    process.stderr.write(`${prefix} errors ${JSON.stringify(s.errors)}\n`);
    process.stderr.write(`${prefix} confusion (gold → predicted) ${JSON.stringify(s.confusion)}\n`);
  }
  return out;
}

export default async (): Promise<Record<string, number>> => {
  const out: Record<string, number> = {};
  const aner = sharedPath('data/ner/anercorp-camel-train.txt');
  if (!aner)
    process.stderr.write('eval ner: ../shared/data/ner/anercorp-camel-train.txt absent, skipping dev\n');
  else Object.assign(out, figures('ner.anercorpDev', score(splitDev(readConll(aner)).dev)));
  const aqDir = sharedPath('data/ner/aqmar');
  if (!aqDir) process.stderr.write('eval ner: ../shared/data/ner/aqmar absent, skipping AQMAR\n');
  else {
    const files = splitAqmar(readdirSync(aqDir).filter((f) => f.endsWith('.txt'))).test;
    const load = (misc: MiscPolicy) => files.flatMap((f) => readConll(join(aqDir, f), misc));
    Object.assign(out, figures('ner.aqmar', score(load('map'))));
    Object.assign(out, figures('ner.aqmar.noMisc', score(load('ignore'), 'ignore')));
  }
  return out;
};
