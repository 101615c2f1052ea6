/**
 * The `rasd` command line: thin shells over the library. Each command registers itself from
 * its own file in commands/; this list is the table of contents.
 */
import { Command, CommanderError } from 'commander';
import { exitQuietlyOnClosedStdout } from './epipe.ts';
import { EXIT_OK, EXIT_USAGE } from './io.ts';

type Register = (program: Command, setExit: (code: number) => void) => void;
type Loader = () => Promise<{ register: Register }>;

/**
 * Every command, in the order `rasd --help` lists them, loaded on demand: a command imports
 * only its own modules, so `rasd worker` (started many times over) does not load the web
 * server, and every command starts faster.
 */
export const COMMANDS: Array<[name: string, load: Loader]> = [
  ['analyze', () => import('./commands/analyze.ts')],
  ['ingest', () => import('./commands/ingest.ts')],
  ['stories', () => import('./commands/stories.ts')],
  ['story', () => import('./commands/story.ts')],
  ['thread', () => import('./commands/thread.ts')],
  ['entity', () => import('./commands/entity.ts')],
  ['search', () => import('./commands/search.ts')],
  ['export', () => import('./commands/export.ts')],
  ['summarize', () => import('./commands/summarize.ts')],
  ['similarity', () => import('./commands/similarity.ts')],
  ['ner', () => import('./commands/ner.ts')],
  ['watch', () => import('./commands/watch.ts')],
  ['serve', () => import('./commands/serve.ts')],
  ['worker', () => import('./commands/worker.ts')],
  ['demo', () => import('./commands/demo.ts')],
];

/** The commands to register for `argv`: the one it names, or all (for help and errors). */
async function commandsFor(argv: string[]): Promise<Register[]> {
  const named = COMMANDS.filter(([name]) => name === argv[0]);
  const chosen = named.length ? named : COMMANDS;
  return Promise.all(chosen.map(async ([, load]) => (await load()).register));
}

/** Run the CLI with `argv` (without node and script); resolves to the exit status. */
export async function main(argv: string[]): Promise<number> {
  let exit = EXIT_OK;
  exitQuietlyOnClosedStdout();
  const program = new Command('rasd')
    .description('rasd (رصد): Arabic news intelligence')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const register of await commandsFor(argv)) register(program, (code) => (exit = Math.max(exit, code)));
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.version')
        return EXIT_OK;
      return EXIT_USAGE;
    }
    process.stderr.write(`rasd: ${(err as Error).message}\n`);
    return EXIT_USAGE;
  }
  return exit;
}
