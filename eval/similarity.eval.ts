/**
 * Pair similarity (`rasd similarity`) on held data:
 * - `similarity.semevalDev.pearson`: Pearson correlation between our score and the SemEval-2022
 *   Task 8 gold `overall`, inverted and rescaled to 1 = very similar: gold' = (4 - overall) / 3
 *   (overall runs from 1, very similar, to 4, very dissimilar);
 * - `similarity.ans.f1`: ANS stance headline pairs, "agree" (paraphrase) against the rest; the
 *   decision threshold is the one that maximizes F1 on the train split, applied to dev.
 * Data sets are read from ../shared at run time; absent files are skipped with a message.
 */
import { readFileSync } from 'node:fs';
import { scorePairs } from '../src/corpus/similarity/pair.ts';
import { sharedPath } from '../src/util/paths.ts';
import { readJsonl } from './jsonl.ts';

function pearson(x: number[], y: number[]): number {
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** Minimal CSV reader (quoted fields with doubled quotes, commas and newlines inside). */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') field += text[i++];
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  row.push(field);
  if (row.some((f) => f !== '')) rows.push(row);
  return rows;
}

function f1At(scores: number[], gold: boolean[], t: number): number {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  scores.forEach((s, i) => {
    if (s >= t && gold[i]) tp++;
    else if (s >= t) fp++;
    else if (gold[i]) fn++;
  });
  return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
}

function ansSplit(path: string): { scores: number[]; gold: boolean[] } {
  const rows = readCsv(readFileSync(path, 'utf8')).slice(1);
  const pairs = rows.map((r, i) => ({ id: i, text1: r[0], text2: r[1] }));
  return { scores: scorePairs(pairs), gold: rows.map((r) => r[2]?.trim() === 'agree') };
}

export default async (): Promise<Record<string, number>> => {
  const out: Record<string, number> = {};
  const semeval = sharedPath('data/similarity/semeval2022-t8-ar-dev.jsonl');
  if (!semeval) process.stderr.write('eval similarity: ../shared SemEval dev file absent, skipped\n');
  else {
    const rows = readJsonl<{ text1: string; text2: string; overall: number }>(semeval);
    const scores = scorePairs(rows.map((r, i) => ({ id: i, text1: r.text1, text2: r.text2 })));
    out['similarity.semevalDev.pearson'] = pearson(
      scores,
      rows.map((r) => (4 - r.overall) / 3),
    );
    out['similarity.semevalDev.pairs'] = rows.length;
  }
  const train = sharedPath('data/similarity/ans/stance-train.csv');
  const dev = sharedPath('data/similarity/ans/stance-dev.csv');
  if (!train || !dev) process.stderr.write('eval similarity: ../shared ANS stance files absent, skipped\n');
  else {
    const tr = ansSplit(train);
    let best = 0.5;
    let bestF1 = -1;
    for (let t = 0; t <= 1.0001; t += 0.01) {
      const f = f1At(tr.scores, tr.gold, t);
      if (f > bestF1) {
        bestF1 = f;
        best = t;
      }
    }
    const dv = ansSplit(dev);
    out['similarity.ans.f1'] = f1At(dv.scores, dv.gold, best);
    out['similarity.ans.threshold'] = Number(best.toFixed(2));
    out['similarity.ans.trainF1'] = bestF1;
  }
  return out;
};
