/** `rasd story ID [--db FILE] [--json]`: one story's brief in the terminal. */
import type { Command } from 'commander';
import { briefFromDetail, renderText } from '../../../corpus/brief/index.ts';
import { EXIT_SOME_FAILED } from '../io.ts';
import { withStore } from '../store-io.ts';

export function register(program: Command, setExit: (code: number) => void): void {
  program
    .command('story')
    .description('show a story: summary with citations, timeline, entities, quotes, outlets, contradictions')
    .argument('<id>', 'story id (or an alias of a merged story)')
    .option('--db <path>', 'SQLite file or postgres:// URL')
    .option('--json', 'print JSON')
    .action(async (id: string, opts: { db?: string; json?: boolean }) => {
      const story = await withStore(opts.db, (s) => s.getStory(id));
      if (!story) {
        process.stderr.write(`rasd story: no story with id "${id}" (see \`rasd stories\`)\n`);
        setExit(EXIT_SOME_FAILED);
        return;
      }
      process.stdout.write(
        opts.json
          ? `${JSON.stringify(story)}\n`
          : renderText(briefFromDetail(story), { color: process.stdout.isTTY === true }),
      );
    });
}
