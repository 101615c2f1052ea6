/**
 * text.*: normalize + tokenize + stem throughput of the text core, one core, on at least 5M
 * tokens of Arabic text (EASC articles and the NER corpora of ../shared/data, repeated as
 * documents), against the same tokenizer with the Snowball Arabic stemmer in place of ours.
 * Also a cold pass (memos emptied) and a memoized Snowball, so the memo's part is visible.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalize } from '../src/text/normalize.ts';
import { snowballStemmer } from '../src/text/snowball.ts';
import type { Stemmer } from '../src/text/stem.ts';
import { clearTextCaches, tokenize } from '../src/text/tokenize.ts';
import { sharedPath } from '../src/util/paths.ts';

const MIN_TOKENS = 5_000_000;
/** Tokens per document built from a token-per-line NER file. */
const DOC_TOKENS = 600;

function nerDocuments(path: string): string[] {
  const docs: string[] = [];
  let words: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const token = line.split(/\s+/)[0];
    if (token) words.push(token);
    if (words.length >= DOC_TOKENS) {
      docs.push(words.join(' '));
      words = [];
    }
  }
  if (words.length) docs.push(words.join(' '));
  return docs;
}

function loadDocuments(): string[] {
  const docs: string[] = [];
  const easc = sharedPath('data/summarization/easc.jsonl');
  if (easc) {
    for (const line of readFileSync(easc, 'utf8').split('\n'))
      if (line.trim()) docs.push(JSON.parse(line).text);
  }
  const aner = sharedPath('data/ner/anercorp-camel-train.txt');
  if (aner) docs.push(...nerDocuments(aner));
  const aqmar = sharedPath('data/ner/aqmar');
  if (aqmar) for (const f of readdirSync(aqmar)) docs.push(...nerDocuments(join(aqmar, f)));
  return docs;
}

/** CPU seconds (user + system) of this process since `start`. */
function cpuSeconds(start: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(start);
  return (u.user + u.system) / 1e6;
}

/**
 * Tokens per second of tokenizing `docs` in order until `minTokens` tokens are done. Seconds
 * are CPU seconds of this single-threaded process (one core), so other jobs sharing the machine
 * do not count against us; wall-clock throughput is reported beside it.
 */
function run(
  docs: string[],
  minTokens: number,
  stemmer?: Stemmer,
): { tokens: number; perSec: number; wallPerSec: number } {
  let tokens = 0;
  const wall = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; tokens < minTokens; i++) tokens += tokenize(docs[i % docs.length], stemmer).length;
  const seconds = cpuSeconds(cpu);
  return { tokens, perSec: tokens / seconds, wallPerSec: tokens / ((performance.now() - wall) / 1000) };
}

function memoized(stemmer: Stemmer): Stemmer {
  const memo = new Map<string, string>();
  return {
    name: `${stemmer.name}+memo`,
    stem(word) {
      let s = memo.get(word);
      if (s === undefined) {
        s = stemmer.stem(word);
        memo.set(word, s);
      }
      return s;
    },
  };
}

export default async function ({ full }: { full?: boolean } = {}): Promise<Record<string, number>> {
  const docs = loadDocuments();
  if (!docs.length) {
    process.stderr.write('bench text: ../shared/data is absent, skipped\n');
    return {};
  }
  const corpusTokens = docs.reduce((n, d) => n + tokenize(d).length, 0);
  const target = full ? MIN_TOKENS * 2 : MIN_TOKENS;
  clearTextCaches();
  const cold = run(docs, corpusTokens); // one pass over the distinct corpus, memos empty
  const ours = run(docs, target);
  const snowball = run(docs, Math.max(corpusTokens, target / 5), snowballStemmer);
  const snowballMemo = run(docs, target, memoized(snowballStemmer));
  const chars = docs.reduce((n, d) => n + d.length, 0);
  const normStarted = process.cpuUsage();
  for (const d of docs) normalize(d, 'search');
  const normSeconds = cpuSeconds(normStarted);
  return {
    'text.corpusTokens': corpusTokens,
    'text.tokens': ours.tokens,
    'text.tokensPerSec': Math.round(ours.perSec),
    'text.wallTokensPerSec': Math.round(ours.wallPerSec),
    'text.coldTokensPerSec': Math.round(cold.perSec),
    'text.snowballTokensPerSec': Math.round(snowball.perSec),
    'text.speedupVsSnowball': Number((ours.perSec / snowball.perSec).toFixed(2)),
    'text.snowballMemoTokensPerSec': Math.round(snowballMemo.perSec),
    'text.speedupVsSnowballMemo': Number((ours.perSec / snowballMemo.perSec).toFixed(2)),
    'text.normalizeCharsPerSec': Math.round(chars / normSeconds),
  };
}
