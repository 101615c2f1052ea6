/**
 * `rasd entity ID|NAME [PATH...] [--why] [--db PATH] [--json]`: one entity, its spellings and,
 * with --why, the evidence that merged them. With PATHs the files are analysed directly;
 * otherwise the entity is read from the store.
 */
import type { Command } from 'commander';
import type { Entity } from '../../../doc/types.ts';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE } from '../io.ts';

async function fromFiles(query: string, paths: string[]): Promise<Entity[]> {
  const { loadArticles } = await import('../load.ts');
  const { analyzeCorpus } = await import('../../../pipeline/run.ts');
  const { entityMatches } = await import('../../../corpus/resolve/show.ts');
  const { articles } = await loadArticles(paths, { jobs: 0 });
  return analyzeCorpus(articles).entities.filter((e) => entityMatches(e, query));
}

async function fromStore(query: string, db: string | undefined): Promise<Entity[]> {
  const { withStore } = await import('../store-io.ts');
  const { entityMatches } = await import('../../../corpus/resolve/show.ts');
  return withStore(db, async (store) => {
    const byId = await store.getEntity(query);
    if (byId) return [byId];
    return (await store.listEntities({ q: query, limit: 50 })).filter((e) => entityMatches(e, query));
  });
}

export function register(program: Command, setExit: (code: number) => void): void {
  program
    .command('entity')
    .description(
      'show an entity (by id or name): variants, titles and, with --why, why spellings were merged',
    )
    .argument('<id>', 'entity id, or a name or spelling')
    .argument('[paths...]', 'analyse these files instead of reading the store')
    .option('--why', 'print the merge reasons')
    .option('--db <path>', 'SQLite file or postgres:// URL (default ./rasd.db)')
    .option('--json', 'print JSON')
    .action(async (id: string, paths: string[], opts: { why?: boolean; db?: string; json?: boolean }) => {
      let found: Entity[];
      try {
        found = paths.length ? await fromFiles(id, paths) : await fromStore(id, opts.db);
      } catch (err) {
        process.stderr.write(`rasd entity: ${(err as Error).message}\n`);
        setExit(EXIT_USAGE);
        return;
      }
      if (!found.length) {
        process.stderr.write(
          `rasd entity: no entity "${id}"${paths.length ? ' in the given files' : ' in the store'}\n`,
        );
        setExit(EXIT_SOME_FAILED);
        return;
      }
      const { renderEntity } = await import('../../../corpus/resolve/show.ts');
      process.stdout.write(
        opts.json ? `${JSON.stringify(found)}\n` : found.map((e) => renderEntity(e, !!opts.why)).join('\n'),
      );
      setExit(EXIT_OK);
    });
}
