/** `rasd thread [ID] [--db FILE] [--json]`: threads, or one thread's stories over time. */
import type { Command } from 'commander';
import { EXIT_SOME_FAILED } from '../io.ts';
import { withStore } from '../store-io.ts';
import { formatStoryList } from './stories.ts';

export function register(program: Command, setExit: (code: number) => void): void {
  program
    .command('thread')
    .description('list threads, or show one thread with its stories in time order')
    .argument('[id]', 'thread id')
    .option('--db <path>', 'SQLite file or postgres:// URL')
    .option('--json', 'print JSON')
    .action(async (id: string | undefined, opts: { db?: string; json?: boolean }) => {
      await withStore(opts.db, async (store) => {
        if (!id) {
          const threads = await store.listThreads();
          process.stdout.write(
            opts.json
              ? `${JSON.stringify(threads)}\n`
              : threads.map((t) => `${t.id}  ${t.stories.length} stories  ${t.title}\n`).join(''),
          );
          return;
        }
        const thread = await store.getThread(id);
        if (!thread) {
          process.stderr.write(`rasd thread: no thread with id "${id}"\n`);
          setExit(EXIT_SOME_FAILED);
          return;
        }
        process.stdout.write(
          opts.json
            ? `${JSON.stringify(thread)}\n`
            : `${thread.title}\n${formatStoryList(thread.storyItems)}`,
        );
      });
    });
}
