/**
 * workers.*: throughput of 4 `rasd worker` processes over 1 on one PostgreSQL queue (same
 * articles). On this 2-core machine the ceiling is about 2: see the note in the README.
 */
import { availableParallelism } from 'node:os';
import { postgresUnavailable } from '../src/store/postgres-env.ts';
import { removeFolder, runWorkers, streamFolder } from '../test/robust/workers.ts';

export default async function ({ full }: { full?: boolean } = {}): Promise<Record<string, number>> {
  const skip = await postgresUnavailable().catch((e: Error) => e.message);
  if (skip) {
    process.stderr.write(`bench workers: skipped, ${skip}\n`);
    return {};
  }
  const dir = streamFolder(full ? 5000 : 2000);
  try {
    const one = await runWorkers(dir, 1);
    const four = await runWorkers(dir, 4);
    return {
      'workers.oneArticlesPerSec': Math.round(one.articlesPerSec),
      'workers.fourArticlesPerSec': Math.round(four.articlesPerSec),
      'workers.speedup4': Number((four.articlesPerSec / one.articlesPerSec).toFixed(2)),
      // The parts of the speed-up: processing (parallel) and the corpus refresh (serial, once).
      'workers.processingSpeedup4': Number(
        ((one.seconds - one.refreshSeconds) / (four.seconds - four.refreshSeconds)).toFixed(2),
      ),
      'workers.refreshShare1': Number((one.refreshSeconds / one.seconds).toFixed(2)),
      // Cores the one-worker run keeps busy (the worker, PostgreSQL, GC threads): more workers
      // can at best bring the machine's cores over that, whatever they do.
      ...(one.coresBusy
        ? {
            'workers.oneCoresBusy': Number(one.coresBusy.toFixed(2)),
            'workers.speedupCeiling': Number((availableParallelism() / one.coresBusy).toFixed(2)),
          }
        : {}),
    };
  } finally {
    removeFolder(dir);
  }
}
