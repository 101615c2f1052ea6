/** `rasd stories [--db FILE] [--since D] [--outlet O] [--entity ID] [--json]`: the story list. */
import type { Command } from 'commander';
import type { StoryListItem } from '../../../store/index.ts';
import { withStore } from '../store-io.ts';

/** One line per story: id, size, dates, outlets, title. */
export function formatStoryList(items: StoryListItem[]): string {
  if (!items.length) return 'no stories (run `rasd ingest PATH...` first)\n';
  return `${items
    .map(
      (s) =>
        `${s.id}  ${String(s.size).padStart(3)} articles  ${s.first ?? '?'}..${s.last ?? '?'}  ${s.title}\n    ${s.outlets.join('، ')}`,
    )
    .join('\n')}\n`;
}

export function register(program: Command): void {
  program
    .command('stories')
    .description('list stories, most recent first')
    .option('--db <path>', 'SQLite file or postgres:// URL')
    .option('--since <date>', 'only stories with articles on or after this ISO date')
    .option('--until <date>', 'only stories with articles on or before this ISO date')
    .option('--outlet <name>', 'only stories this outlet reported')
    .option('--entity <id>', 'only stories that mention this entity')
    .option('--limit <n>', 'how many', '50')
    .option('--json', 'print JSON')
    .action(async (opts) => {
      const items = await withStore(opts.db, (s) =>
        s.listStories({
          since: opts.since,
          until: opts.until,
          outlet: opts.outlet,
          entity: opts.entity,
          limit: Number(opts.limit),
        }),
      );
      process.stdout.write(opts.json ? `${JSON.stringify(items)}\n` : formatStoryList(items));
    });
}
