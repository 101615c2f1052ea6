/**
 * The `rasd` command line: thin shells over the library. Each command registers itself from
 * its own file in commands/; this list is the table of contents.
 */
import { Command, CommanderError } from 'commander';
import { register as analyzeCommand } from './commands/analyze.ts';
import { register as demoCommand } from './commands/demo.ts';
import { register as entityCommand } from './commands/entity.ts';
import { register as exportCommand } from './commands/export.ts';
import { register as ingestCommand } from './commands/ingest.ts';
import { register as nerCommand } from './commands/ner.ts';
import { register as searchCommand } from './commands/search.ts';
import { register as serveCommand } from './commands/serve.ts';
import { register as similarityCommand } from './commands/similarity.ts';
import { register as storiesCommand } from './commands/stories.ts';
import { register as storyCommand } from './commands/story.ts';
import { register as summarizeCommand } from './commands/summarize.ts';
import { register as threadCommand } from './commands/thread.ts';
import { register as watchCommand } from './commands/watch.ts';
import { register as workerCommand } from './commands/worker.ts';
import { exitQuietlyOnClosedStdout } from './epipe.ts';
import { EXIT_OK, EXIT_USAGE } from './io.ts';

type Register = (program: Command, setExit: (code: number) => void) => void;

/** Every command, in the order `rasd --help` lists them. */
export const COMMANDS: Register[] = [
  analyzeCommand,
  ingestCommand,
  storiesCommand,
  storyCommand,
  threadCommand,
  entityCommand,
  searchCommand,
  exportCommand,
  summarizeCommand,
  similarityCommand,
  nerCommand,
  watchCommand,
  serveCommand,
  workerCommand,
  demoCommand,
];

/** Run the CLI with `argv` (without node and script); resolves to the exit status. */
export async function main(argv: string[]): Promise<number> {
  let exit = EXIT_OK;
  exitQuietlyOnClosedStdout();
  const program = new Command('rasd')
    .description('rasd (رصد): Arabic news intelligence')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const register of COMMANDS) register(program, (code) => (exit = Math.max(exit, code)));
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
