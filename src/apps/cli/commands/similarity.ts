/**
 * `rasd similarity --jsonl [FILE]`: same-story similarity of text pairs (the contract filter).
 * Lines `{"id", "text1", "text2", "title1"?, "title2"?}` in, lines `{"id", "score"}` out, score
 * in [0, 1] with 1 = same story, in input order. The whole input is read first because term
 * weights (IDF) are estimated on the batch. A bad line is reported on stderr and skipped.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { type PairInput, scorePairs } from '../../../corpus/similarity/pair.ts';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE } from '../io.ts';

const optionalText = (v: unknown) => v === undefined || v === null || typeof v === 'string';

/** Parse one input line; throws with a message naming the problem. */
export function parsePairLine(line: string): PairInput {
  let item: Record<string, unknown>;
  try {
    item = JSON.parse(line);
  } catch {
    throw new Error('not valid JSON');
  }
  if (typeof item !== 'object' || item === null || Array.isArray(item)) throw new Error('not a JSON object');
  if (typeof item.text1 !== 'string') throw new Error('missing "text1"');
  if (typeof item.text2 !== 'string') throw new Error('missing "text2"');
  if (!optionalText(item.title1) || !optionalText(item.title2))
    throw new Error('"title1"/"title2" must be strings');
  return {
    id: item.id ?? null,
    text1: item.text1,
    text2: item.text2,
    title1: item.title1 as string | undefined,
    title2: item.title2 as string | undefined,
  };
}

async function runJsonl(input: NodeJS.ReadableStream): Promise<number> {
  const pairs: PairInput[] = [];
  let failed = 0;
  let n = 0;
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    n++;
    if (!line.trim()) continue;
    try {
      pairs.push(parsePairLine(line));
    } catch (err) {
      failed++;
      process.stderr.write(`rasd similarity: line ${n}: ${(err as Error).message}\n`);
    }
  }
  const scores = scorePairs(pairs);
  pairs.forEach((p, i) => {
    process.stdout.write(`${JSON.stringify({ id: p.id, score: Number(scores[i].toFixed(6)) })}\n`);
  });
  return failed ? EXIT_SOME_FAILED : EXIT_OK;
}

export function register(program: Command, setExit: (code: number) => void): void {
  program
    .command('similarity')
    .description(
      'same-story similarity: --jsonl lines {"id","text1","text2","title1"?,"title2"?} → {"id","score"}',
    )
    .argument('[file]', 'input file (default: stdin)')
    .option('--jsonl', 'one JSON object per line in and out (the contract filter)')
    .action(async (file: string | undefined, opts: { jsonl?: boolean }) => {
      if (!opts.jsonl) {
        process.stderr.write('rasd similarity: only --jsonl is supported (see rasd similarity --help)\n');
        setExit(EXIT_USAGE);
        return;
      }
      setExit(await runJsonl(file && file !== '-' ? createReadStream(file) : process.stdin));
    });
}
