/** `rasd ingest PATH... [--db FILE]`: add articles to the store, idempotent by content hash. */
import type { Command } from 'commander';
import type { RawInput } from '../../../doc/types.ts';
import { readInputs } from '../../../ingest/index.ts';
import { PostgresStore } from '../../../store/postgres.ts';
import { enqueue } from '../../../store/queue.ts';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, reportInputError } from '../io.ts';
import { defaultJobs } from '../load.ts';
import { ingestPaths, withStore } from '../store-io.ts';

/** `--queue`: read the inputs and leave their processing to `rasd worker` processes. */
async function enqueuePaths(db: string, paths: string[]): Promise<{ queued: number; failed: number }> {
  const store = new PostgresStore(db);
  await store.migrate();
  let queued = 0;
  let failed = 0;
  let batch: RawInput[] = [];
  try {
    for await (const item of readInputs(paths)) {
      if (!item.ok) {
        failed++;
        reportInputError(item.error);
        continue;
      }
      batch.push(item.input);
      if (batch.length >= 500) {
        queued += await enqueue(store, batch);
        batch = [];
      }
    }
    queued += await enqueue(store, batch);
  } finally {
    await store.close();
  }
  return { queued, failed };
}

export function register(program: Command, setExit: (code: number) => void): void {
  program
    .command('ingest')
    .description('add articles to the database (rerunning adds nothing twice) and update stories')
    .argument('<paths...>', 'files, folders or - (stdin)')
    .option('--db <path>', 'SQLite file or postgres:// URL', undefined)
    .option('--json', 'print the counts as JSON')
    .option('--jobs <n>', 'worker threads (each article has a time limit); 0 = none', String(defaultJobs()))
    .option(
      '--queue',
      'PostgreSQL only: queue the articles for `rasd worker` processes instead of processing them here',
    )
    .action(async (paths: string[], opts: { db?: string; json?: boolean; queue?: boolean; jobs: string }) => {
      if (opts.queue) {
        if (!opts.db || !/^postgres(ql)?:\/\//.test(opts.db)) {
          process.stderr.write('rasd ingest: --queue needs --db postgres://...\n');
          setExit(EXIT_USAGE);
          return;
        }
        const q = await enqueuePaths(opts.db, paths);
        process.stdout.write(
          opts.json ? `${JSON.stringify(q)}\n` : `queued ${q.queued} articles, ${q.failed} failed\n`,
        );
        setExit(q.failed ? EXIT_SOME_FAILED : EXIT_OK);
        return;
      }
      const r = await withStore(opts.db, (store) => ingestPaths(store, paths, Number(opts.jobs)));
      const counts = { added: r.added, existing: r.existing, failed: r.errors.length };
      process.stdout.write(
        opts.json
          ? `${JSON.stringify(counts)}\n`
          : `added ${r.added} articles, ${r.existing} already stored, ${r.errors.length} failed\n`,
      );
      setExit(r.errors.length ? EXIT_SOME_FAILED : EXIT_OK);
    });
}
