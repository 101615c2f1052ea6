/**
 * `rasd watch FEED_URL... [--db PATH]`: poll RSS/Atom/RDF feeds (conditional requests, size,
 * time and redirect limits, http and https only) and print each new item as one JSON line, or
 * store it with `--db` and refresh the stories after each round that added something.
 */
import type { Command } from 'commander';
import { cleanRaw } from '../../../clean/index.ts';
import type { RawInput } from '../../../doc/types.ts';
import {
  checkScheme,
  DEFAULT_FEED_MAX_BYTES,
  DEFAULT_FEED_MAX_REDIRECTS,
  DEFAULT_FEED_TIMEOUT_MS,
  type FetchLimits,
} from '../../../ingest/fetch.ts';
import { FeedState, pollFeeds } from '../../../ingest/watch.ts';
import { processArticle } from '../../../pipeline/run.ts';
import { openStore, type Store } from '../../../store/index.ts';
import { refreshCorpus } from '../../../store/refresh.ts';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, reportInputError } from '../io.ts';

interface WatchOptions {
  db?: string;
  interval: string;
  rounds?: string;
  once?: boolean;
  maxBytes: string;
  timeout: string;
  maxRedirects: string;
}

/** One JSON line per new item: what cleaning found, without the pipeline's annotations. */
function itemLine(raw: RawInput): string {
  const c = cleanRaw(raw);
  return JSON.stringify({
    source: raw.source,
    url: raw.url ?? null,
    title: c.title,
    outlet: c.outlet,
    published: c.published,
    body: c.body,
  });
}

async function storeItems(store: Store, items: RawInput[]): Promise<number> {
  let added = 0;
  for (const raw of items) {
    try {
      if ((await store.putArticle(processArticle(raw))) === 'added') added++;
    } catch (err) {
      reportInputError({ source: raw.source, message: (err as Error).message });
    }
  }
  if (added) await refreshCorpus(store);
  return added;
}

/** Sleep that a stop request cuts short. */
function sleep(ms: number, stop: { stopped: boolean; wake?: () => void }): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    stop.wake = () => {
      clearTimeout(t);
      resolve();
    };
  });
}

async function run(urls: string[], opts: WatchOptions): Promise<number> {
  const limits: FetchLimits = {
    maxBytes: Number(opts.maxBytes),
    timeoutMs: Number(opts.timeout) * 1000,
    maxRedirects: Number(opts.maxRedirects),
  };
  const rounds = opts.once ? 1 : opts.rounds ? Number(opts.rounds) : Number.POSITIVE_INFINITY;
  const state = new FeedState();
  const stop: { stopped: boolean; wake?: () => void } = { stopped: false };
  const onSignal = () => {
    stop.stopped = true;
    stop.wake?.();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const store = opts.db ? await openStore(opts.db) : null;
  let failedRounds = 0;
  try {
    for (let round = 0; round < rounds && !stop.stopped; round++) {
      if (round > 0) await sleep(Number(opts.interval) * 1000, stop);
      if (stop.stopped) break;
      const { items, errors } = await pollFeeds(urls, state, limits);
      for (const e of errors) reportInputError(e);
      if (errors.length) failedRounds++;
      if (store) {
        const added = await storeItems(store, items);
        process.stderr.write(`rasd watch: ${items.length} new items, ${added} added to ${opts.db}\n`);
      } else for (const raw of items) process.stdout.write(`${itemLine(raw)}\n`);
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await store?.close();
  }
  return failedRounds ? EXIT_SOME_FAILED : EXIT_OK;
}

export function register(program: Command, setExit: (code: number) => void): void {
  program
    .command('watch')
    .description('poll RSS/Atom feeds and print new items as JSON lines (or store them with --db)')
    .argument('<urls...>', 'feed URLs (http or https)')
    .option('--db <path>', 'add new items to this store (SQLite file or postgres:// URL) instead of printing')
    .option('--interval <seconds>', 'time between polls', '300')
    .option('--once', 'poll each feed once and stop')
    .option('--rounds <n>', 'stop after this many polls')
    .option('--max-bytes <n>', 'largest feed body accepted', String(DEFAULT_FEED_MAX_BYTES))
    .option(
      '--timeout <seconds>',
      'time limit of one fetch, redirects included',
      String(DEFAULT_FEED_TIMEOUT_MS / 1000),
    )
    .option('--max-redirects <n>', 'redirects followed per fetch', String(DEFAULT_FEED_MAX_REDIRECTS))
    .action(async (urls: string[], opts: WatchOptions) => {
      for (const url of urls) {
        try {
          checkScheme(url);
        } catch (err) {
          process.stderr.write(`rasd watch: ${url}: ${(err as Error).message}\n`);
          setExit(EXIT_USAGE);
          return;
        }
      }
      setExit(await run(urls, opts));
    });
}
