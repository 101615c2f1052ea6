/** kill -9 during ingest, at least 5 times, for SQLite and for PostgreSQL workers. */
import { describe, expect, it } from 'vitest';
import { postgresUnavailable } from '../../src/store/postgres-env.ts';
import { crashPostgres, crashSqlite } from './crash.ts';
import { recordFigures } from './figures.ts';

const pgSkip = await postgresUnavailable();

describe('crash safety', () => {
  it('SQLite: 10,000 articles, 5 kills, then every article exactly once, intact, no orphans', async () => {
    const f = await crashSqlite(10_000, 5);
    recordFigures({
      'robust.crashes.sqlite.runs': f.runs,
      'robust.crashes.sqlite.killed': f.killed,
      'robust.crashes.sqlite.lost': f.lost,
    });
    expect(f.integrity).toBe('ok');
    expect(f.killed).toBeGreaterThanOrEqual(5);
    expect(f.lost).toBe(0);
    expect(f.duplicates).toBe(0);
    expect(f.orphans).toBe(0);
    expect(f.unassigned).toBe(0);
  });

  it.skipIf(!!pgSkip)(
    `PostgreSQL: 4 workers killed 5 times, then every article exactly once${pgSkip ? ` (skipped: ${pgSkip})` : ''}`,
    async () => {
      const f = await crashPostgres(4000, 5);
      recordFigures({
        'robust.crashes.postgres.runs': f.runs,
        'robust.crashes.postgres.killed': f.killed,
        'robust.crashes.postgres.lost': f.lost,
      });
      expect(f.killed).toBeGreaterThanOrEqual(5);
      expect(f.lost).toBe(0);
      expect(f.duplicates).toBe(0);
      expect(f.orphans).toBe(0);
      expect(f.unassigned).toBe(0);
    },
  );
});
