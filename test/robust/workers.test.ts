/** 4 workers on 2,000 articles (kept small so CI stays under 15 minutes; bench/workers.bench.ts measures more): the same stories as one process, no article lost, none twice. */
import { afterAll, describe, expect, it } from 'vitest';
import { postgresUnavailable } from '../../src/store/postgres-env.ts';
import { recordFigures } from './figures.ts';
import { removeFolder, runWorkers, synthFolder } from './workers.ts';

const skip = await postgresUnavailable();
const N = 2000;

describe.skipIf(!!skip)(`PostgreSQL workers${skip ? ` (skipped: ${skip})` : ''}`, () => {
  const dir = skip ? '' : synthFolder(N);
  afterAll(() => dir && removeFolder(dir));

  it('4 workers store every article once and form the same stories as 1 worker', async () => {
    const four = await runWorkers(dir, 4);
    const one = await runWorkers(dir, 1);
    recordFigures({
      'robust.workers.fourArticlesPerSec': four.articlesPerSec,
      'robust.workers.oneArticlesPerSec': one.articlesPerSec,
    });
    expect(four.stored).toBe(N);
    expect(four.distinct).toBe(N);
    expect(four.queueLeft).toBe(0);
    expect(one.stored).toBe(N);
    expect(four.partition).toEqual(one.partition);
  });
});
