/** `rasd search QUERY [--db FILE] [--json]`: Arabic-normalized full-text search. */
import type { Command } from 'commander';
import { withStore } from '../store-io.ts';

export function register(program: Command): void {
  program
    .command('search')
    .description('search articles; any spelling finds every spelling (أوكرانيا / اوكرانيا)')
    .argument('<query...>', 'words to find')
    .option('--db <path>', 'SQLite file or postgres:// URL')
    .option('--limit <n>', 'how many', '20')
    .option('--json', 'print JSON')
    .action(async (query: string[], opts: { db?: string; json?: boolean; limit: string }) => {
      const hits = await withStore(opts.db, (s) => s.search(query.join(' '), Number(opts.limit)));
      process.stdout.write(
        opts.json
          ? `${JSON.stringify(hits)}\n`
          : hits
              .map(
                (h) =>
                  `${h.article}  [${h.outlet ?? '?'}]  ${h.title ?? ''}\n    ${h.snippet.replace(/\s+/g, ' ').slice(0, 140)}\n`,
              )
              .join('') || 'no results\n',
      );
    });
}
