/**
 * `rasd ner --conll`: tags CoNLL tokens from stdin with the shipped NER model (loaded once),
 * writing `token<TAB>TAG` lines in IOB2 PER/ORG/LOC/MISC (see ../shared/contract/README.md).
 */
import type { Command } from 'commander';
import { EXIT_OK, EXIT_USAGE } from '../io.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function register(program: Command, setExit: (code: number) => void): void {
  program
    .command('ner')
    .description('tag named entities: CoNLL tokens on stdin → token<TAB>IOB2 tag on stdout')
    .option('--conll', 'CoNLL in and out (the only format so far)')
    .option('--model <path>', 'model file (default data/ner/model.txt)')
    .action(async (opts: { conll?: boolean; model?: string }) => {
      if (!opts.conll) {
        process.stderr.write(
          'rasd ner: give --conll (one token per line on stdin, blank line between sentences)\n',
        );
        setExit(EXIT_USAGE);
        return;
      }
      // Loaded lazily so other commands do not pay for the model.
      const { nerModel } = await import('../../../extract/ner/index.ts');
      const { tagConll } = await import('../../../extract/ner/conllio.ts');
      let model: Awaited<ReturnType<typeof nerModel>>;
      try {
        model = nerModel(opts.model);
      } catch (err) {
        process.stderr.write(`rasd ner: ${(err as Error).message}\n`);
        setExit(EXIT_USAGE);
        return;
      }
      process.stdout.write(tagConll(await readStdin(), model));
      setExit(EXIT_OK);
    });
}
