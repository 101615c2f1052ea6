/**
 * stem.*: the light stemmer against the gold stems of the Golden Arabic Corpus
 * (../shared/data/morphology), and the Snowball Arabic stemmer (npm snowball-stemmers) on the
 * same words in the same run. Both our output and the gold stem are match-normalized before
 * comparison (diacritics, alef forms, hamza seats, ى/ي and ة/ه folded): see src/text/README.md.
 */
import { readFileSync } from 'node:fs';
import { normalizeText } from '../src/text/normalize.ts';
import { snowballStemmer } from '../src/text/snowball.ts';
import { lightStemmer, type Stemmer } from '../src/text/stem.ts';
import { sharedPath } from '../src/util/paths.ts';

interface Pair {
  word: string;
  gold: string;
}

function readGold(): Pair[] | null {
  const words = sharedPath('data/morphology/golden-corpus-arabic-words.txt');
  const stems = sharedPath('data/morphology/golden-corpus-arabic-stems.txt');
  if (!words || !stems) return null;
  const w = readFileSync(words, 'utf8').split('\n');
  const s = readFileSync(stems, 'utf8').split('\n');
  const pairs: Pair[] = [];
  for (let i = 0; i < w.length; i++)
    if (w[i].trim() && s[i]?.trim()) pairs.push({ word: w[i].trim(), gold: s[i].trim() });
  return pairs;
}

/** Fraction of words whose stem equals the gold stem, both match-normalized. */
function accuracy(stemmer: Stemmer, pairs: Pair[]): number {
  let ok = 0;
  for (const { word, gold } of pairs) {
    if (normalizeText(stemmer.stem(word), 'match') === normalizeText(gold, 'match')) ok++;
  }
  return ok / pairs.length;
}

/** Names of the issue that must survive whole, and clitic forms that must reduce. */
const SURVIVE = ['فلاديمير', 'بايدن', 'واشنطن', 'بيلاروسيا', 'لوغانسك', 'كييف', 'فيينا'];
const REDUCE: [string, string][] = [
  ['لبوتين', 'بوتين'],
  ['وبايدن', 'بايدن'],
  ['بالناتو', 'ناتو'],
  ['والرئيسين', 'رئيس'],
];

function guardScore(stemmer: Stemmer): number {
  let ok = 0;
  for (const w of SURVIVE) if (normalizeText(stemmer.stem(w), 'match') === normalizeText(w, 'match')) ok++;
  for (const [w, s] of REDUCE)
    if (normalizeText(stemmer.stem(w), 'match') === normalizeText(s, 'match')) ok++;
  return ok / (SURVIVE.length + REDUCE.length);
}

export default async function (): Promise<Record<string, number>> {
  const pairs = readGold();
  if (!pairs) {
    process.stderr.write('eval stem: ../shared/data/morphology is absent, skipped\n');
    return {};
  }
  const ours = accuracy(lightStemmer, pairs);
  const snowball = accuracy(snowballStemmer, pairs);
  return {
    'stem.goldenCorpus.words': pairs.length,
    'stem.goldenCorpus.accuracy': Number(ours.toFixed(4)),
    'stem.snowball.accuracy': Number(snowball.toFixed(4)),
    'stem.goldenCorpus.marginOverSnowball': Number((ours - snowball).toFixed(4)),
    'stem.guard.accuracy': Number(guardScore(lightStemmer).toFixed(4)),
    'stem.snowball.guard.accuracy': Number(guardScore(snowballStemmer).toFixed(4)),
  };
}
