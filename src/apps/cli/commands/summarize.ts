/**
 * `rasd summarize [--jsonl] [--sentences N] [FILE]`: extractive summary of one text per input.
 * With --jsonl (the contract filter): lines `{"id", "text", "sentences"?}` in, lines
 * `{"id", "summary": [sentence, ...]}` out, sentences extracted verbatim, in source order.
 * Without it: the whole input is one text and the summary is printed one sentence a line.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { defaultSentenceCount, summarizeText } from '../../../corpus/summary/single.ts';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE } from '../io.ts';

interface Options {
  jsonl?: boolean;
  sentences?: string;
}

/** The summary sentences of `text` (count given, or proportional to the text). */
export function summarySentences(text: string, count?: number): string[] {
  const n = count ?? defaultSentenceCount(text);
  return summarizeText(text, { budget: { sentences: n } }).map((s) => text.slice(s.start, s.end));
}

function parseCount(v: unknown, what: string): number | undefined {
  if (v === undefined || v === null) return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${what}: "sentences" must be a positive integer, got ${JSON.stringify(v)}`);
  return n;
}

/** Handle one JSONL line; returns the output line or throws with a message naming the problem. */
export function summarizeLine(line: string, fallback?: number): string {
  let item: { id?: unknown; text?: unknown; sentences?: unknown };
  try {
    item = JSON.parse(line);
  } catch {
    throw new Error('not valid JSON');
  }
  if (typeof item !== 'object' || item === null || typeof item.text !== 'string')
    throw new Error('missing "text"');
  const count = parseCount(item.sentences, 'input') ?? fallback;
  return JSON.stringify({ id: item.id ?? null, summary: summarySentences(item.text, count) });
}

async function runJsonl(input: NodeJS.ReadableStream, fallback: number | undefined): Promise<number> {
  let failed = 0;
  let n = 0;
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    n++;
    if (!line.trim()) continue;
    try {
      process.stdout.write(`${summarizeLine(line, fallback)}\n`);
    } catch (err) {
      failed++;
      process.stderr.write(`rasd summarize: line ${n}: ${(err as Error).message}\n`);
    }
  }
  return failed ? EXIT_SOME_FAILED : EXIT_OK;
}

export function register(program: Command, setExit: (code: number) => void): void {
  program
    .command('summarize')
    .description('extractive summary: --jsonl lines {"id","text","sentences"?} → {"id","summary":[...]}')
    .argument('[file]', 'input file (default: stdin)')
    .option('--jsonl', 'one JSON object per line in and out (the contract filter)')
    .option(
      '--sentences <n>',
      'sentences per summary (default: n^0.7 of a text of n sentences, 5 of 10, 13 of 40)',
    )
    .action(async (file: string | undefined, opts: Options) => {
      let fallback: number | undefined;
      try {
        fallback = parseCount(opts.sentences, '--sentences');
      } catch (err) {
        process.stderr.write(`rasd summarize: ${(err as Error).message}\n`);
        setExit(EXIT_USAGE);
        return;
      }
      if (opts.jsonl) {
        const { createReadStream } = await import('node:fs');
        setExit(await runJsonl(file && file !== '-' ? createReadStream(file) : process.stdin, fallback));
        return;
      }
      let text: string;
      try {
        text = readFileSync(file && file !== '-' ? file : 0, 'utf8');
      } catch (err) {
        process.stderr.write(`rasd summarize: ${file ?? 'stdin'}: ${(err as Error).message}\n`);
        setExit(EXIT_SOME_FAILED);
        return;
      }
      for (const s of summarySentences(text, fallback)) process.stdout.write(`${s}\n`);
      setExit(EXIT_OK);
    });
}
