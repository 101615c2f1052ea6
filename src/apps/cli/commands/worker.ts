/**
 * `rasd worker --db postgres://...`: process queued articles until the queue is empty (or keep
 * polling with --follow). Run several at once; each item is processed exactly once.
 */
import type { Command } from 'commander';
import { PostgresStore } from '../../../store/postgres.ts';
import { drainQueue, type WorkerStats } from '../../../store/queue.ts';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, progress } from '../io.ts';

/** One line on what a drain did, e.g. for a run of several workers to compare. */
function summaryLine(s: WorkerStats): string {
  const items = `${s.processed} items (${s.stored} stored, ${s.failed} failed) in ${(s.workMs / 1000).toFixed(1)} s`;
  return `rasd worker: ${items}${s.refreshed ? `; corpus refresh ${(s.refreshMs / 1000).toFixed(1)} s` : ''}`;
}

export function register(program: Command, setExit: (code: number) => void): void {
  program
    .command('worker')
    .description('process queued articles from PostgreSQL (run many in parallel)')
    .requiredOption('--db <url>', 'postgres:// URL (add ?schema=NAME for a schema)')
    .option('--follow', 'keep polling for new items instead of exiting when the queue is empty')
    .option('--poll <ms>', 'poll interval with --follow', '1000')
    .option(
      '--refresh-every <s>',
      'with --follow, recompute stories at most this often (each refresh covers the whole corpus)',
      '30',
    )
    .action(async (opts: { db: string; follow?: boolean; poll: string; refreshEvery: string }) => {
      if (!/^postgres(ql)?:\/\//.test(opts.db)) {
        process.stderr.write(
          'rasd worker: --db must be a postgres:// URL (workers share a PostgreSQL queue)\n',
        );
        setExit(EXIT_USAGE);
        return;
      }
      const store = new PostgresStore(opts.db, 2);
      await store.migrate();
      const bar = progress('worker');
      let failed = 0;
      let lastRefresh = Number.NEGATIVE_INFINITY;
      try {
        do {
          const due = !opts.follow || Date.now() - lastRefresh >= Number(opts.refreshEvery) * 1000;
          const s = await drainQueue(store, (x) => bar.tick(x.processed), { refresh: due });
          if (s.refreshed) lastRefresh = Date.now();
          failed += s.failed;
          if (s.processed || s.refreshed) {
            bar.done();
            process.stderr.write(`${summaryLine(s)}\n`);
          }
          if (opts.follow) await new Promise((r) => setTimeout(r, Number(opts.poll)));
        } while (opts.follow);
      } finally {
        bar.done();
        await store.close();
      }
      setExit(failed ? EXIT_SOME_FAILED : EXIT_OK);
    });
}
