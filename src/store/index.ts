/** Open a store by location: a file path (SQLite) or a postgres:// URL (PostgreSQL). */
import { SqliteStore } from './sqlite.ts';
import type { Store } from './store.ts';

export type { SearchHit, Store, StoryDetail, StoryFilter, StoryListItem } from './store.ts';

/** The default database file, relative to the working directory. */
export const DEFAULT_DB = './rasd.db';

/** Open and migrate the store at `location` (':memory:' for a throwaway SQLite database). */
export async function openStore(location: string = DEFAULT_DB): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(location)) {
    const { PostgresStore } = await import('./postgres.ts');
    const store = new PostgresStore(location);
    await store.migrate();
    await store.reindexSearchIfStale();
    return store;
  }
  const store = new SqliteStore(location);
  await store.migrate();
  await store.reindexSearchIfStale();
  return store;
}
