/**
 * NER speed on one core: sentences per second tagging text the tagger has not seen (ANERcorp's
 * dev split and the AQMAR articles, one pass each), after warming up on 1,000 training
 * sentences so that the stemmer's lexicons and the per-word caches are loaded as they would be
 * in a running service. Throughput is per CPU second of this process (one core; GC threads
 * count against us), since wall time on a shared machine measures the neighbours too; the
 * wall-clock figure is given beside it. Also the model load time. No npm library does Arabic NER, so there is
 * no peer ratio; `ner.tokensPerSec` compares with the tokenizer's figures.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readConll, splitDev } from '../src/extract/ner/conll.ts';
import { MODEL_PATH } from '../src/extract/ner/index.ts';
import { loadModel } from '../src/extract/ner/model.ts';
import { sharedPath } from '../src/util/paths.ts';

export default async ({ full }: { full: boolean }): Promise<Record<string, number>> => {
  const t0 = performance.now();
  const model = loadModel(MODEL_PATH);
  const loadMs = performance.now() - t0;
  const path = sharedPath('data/ner/anercorp-camel-train.txt');
  if (!path) {
    process.stderr.write('bench ner: ../shared/data/ner/anercorp-camel-train.txt absent, skipping\n');
    return { 'ner.modelLoadMs': Math.round(loadMs) };
  }
  const { train, dev } = splitDev(readConll(path));
  const aqDir = sharedPath('data/ner/aqmar');
  const aqmar = aqDir
    ? readdirSync(aqDir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .flatMap((f) => readConll(join(aqDir, f)))
    : [];
  for (const s of train.slice(0, full ? 3000 : 1000)) model.tag(s.tokens);
  const timed = [...dev, ...aqmar].map((s) => s.tokens);
  let tokens = 0;
  const wall0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (const s of timed) {
    model.tag(s);
    tokens += s.length;
  }
  const cpu = process.cpuUsage(cpu0);
  // CPU seconds of this process: on a shared machine wall time measures the neighbours.
  const secs = (cpu.user + cpu.system) / 1e6;
  const wallSecs = (performance.now() - wall0) / 1000;
  return {
    'ner.sentencesPerSec': Math.round(timed.length / secs),
    'ner.tokensPerSec': Math.round(tokens / secs),
    'ner.sentencesPerWallSec': Math.round(timed.length / wallSecs),
    'ner.modelLoadMs': Math.round(loadMs),
  };
};
