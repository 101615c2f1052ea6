/**
 * Where the tests find PostgreSQL: RASD_PG_URL or 127.0.0.1:5432/test (trust auth). Tests skip
 * with a clear reason when it is unreachable, and fail instead under CI=true.
 */
import pg from 'pg';

export const TEST_PG_URL = process.env.RASD_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** null when PostgreSQL answers; otherwise the reason to skip (throws under CI, where it must exist). */
export async function postgresUnavailable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (err) {
    const reason = `PostgreSQL not reachable at ${TEST_PG_URL}: ${(err as Error).message}`;
    if (process.env.CI === 'true') throw new Error(`${reason} (required under CI)`);
    return reason;
  } finally {
    await client.end().catch(() => {});
  }
}

/** A URL with a fresh, unique schema for one test run. */
export function freshSchemaUrl(prefix = 'rasd_test'): string {
  const u = new URL(TEST_PG_URL);
  u.searchParams.set(
    'schema',
    `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`,
  );
  return u.toString();
}

/** Drop a test schema created by freshSchemaUrl. */
export async function dropSchema(url: string): Promise<void> {
  const schema = new URL(url).searchParams.get('schema');
  if (!schema) return;
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
}
