/** `rasd demo`: analyse the shipped sample corpus into a fresh SQLite file and print the stories. */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { SAMPLES_DIR } from '../../../util/paths.ts';
import { defaultJobs } from '../load.ts';
import { ingestPaths, withStore } from '../store-io.ts';
import { renderStoryText } from '../story-text.ts';

export function register(program: Command): void {
  program
    .command('demo')
    .description('analyse the sample corpus into a fresh SQLite file and print its stories')
    .option('--db <path>', 'SQLite file to create', 'rasd-demo.db')
    .action(async (opts: { db: string }) => {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${opts.db}${suffix}`, { force: true });
      const started = Date.now();
      await withStore(opts.db, async (store) => {
        const r = await ingestPaths(store, [resolve(SAMPLES_DIR, 'corpus')], defaultJobs());
        const stories = await store.listStories({ limit: 1000 });
        const multi = stories.filter((s) => s.size > 1);
        process.stdout.write(
          `rasd demo: ${r.added} articles → ${stories.length} stories (${multi.length} reported by several outlets), ` +
            `${(await store.listThreads()).length} threads, in ${((Date.now() - started) / 1000).toFixed(1)} s; database: ${opts.db}\n\n`,
        );
        for (const item of multi.length ? multi : stories.slice(0, 5)) {
          const story = await store.getStory(item.id);
          if (story) process.stdout.write(`${renderStoryText(story)}\n`);
        }
        process.stdout.write(
          `Next: npx rasd stories --db ${opts.db} · npx rasd story ID --db ${opts.db} · npx rasd serve --db ${opts.db}\n`,
        );
      });
    });
}
