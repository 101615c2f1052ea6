/**
 * Named-entity recognition for rasd: the shipped model in data/ner/model.txt, loaded once,
 * tagging tokenized sentences with IOB2 PER/ORG/LOC/MISC labels.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../../util/paths.ts';
import { loadModel, type NerModel } from './model.ts';

export { originalPrefixLength, splitClitics } from './clitics.ts';
export { LABELS, mapTag, parseConll, readConll, splitDev, type TaggedSentence } from './conll.ts';
export { loadModel, NerModel, saveModel } from './model.ts';

/** Path of the shipped model. */
export const MODEL_PATH = join(DATA_DIR, 'ner', 'model.txt');

let cached: NerModel | null = null;

/** The shipped model, loaded on first use. Throws with what to do when the file is missing. */
export function nerModel(path = MODEL_PATH): NerModel {
  if (cached && path === MODEL_PATH) return cached;
  if (!existsSync(path)) throw new Error(`NER model ${path} is missing: run "npm run train:ner" to build it`);
  const m = loadModel(path);
  if (path === MODEL_PATH) cached = m;
  return m;
}

/** IOB2 labels for each sentence (tokens as written). */
export function tagSentences(sentences: readonly (readonly string[])[], model = nerModel()): string[][] {
  return sentences.map((s) => model.tag(s));
}
