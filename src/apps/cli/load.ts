/** Read inputs and run the per-article stages, collecting errors without stopping the batch. */

import { availableParallelism } from 'node:os';
import type { Article, InputError, RawInput } from '../../doc/types.ts';
import { readInputs } from '../../ingest/index.ts';
import { ArticlePool } from '../../pipeline/pool.ts';
import { contentHashOf, processArticle } from '../../pipeline/run.ts';
import { progress, reportInputError } from './io.ts';

/** Worker threads used by default: one per core (RASD_JOBS overrides). */
export function defaultJobs(): number {
  return Number(process.env.RASD_JOBS ?? availableParallelism());
}

export interface Loaded {
  articles: Article[];
  errors: InputError[];
  /** Inputs skipped because `known` said they are stored already. */
  skipped: number;
}

export interface LoadOptions {
  /** Worker threads for the per-article stages (each item with a time limit); 0 = in this thread. */
  jobs?: number;
  /** Called with each new article, in input order (e.g. to store it). */
  onArticle?: (a: Article) => Promise<void>;
  /** Inputs whose content hash this returns true for are skipped before any processing. */
  known?: (contentHash: string) => Promise<boolean>;
}

/** Read and process every input under `paths`; each failure is reported once and counted. */
export async function loadArticles(
  paths: string[],
  opts: LoadOptions | ((a: Article) => Promise<void>) = {},
): Promise<Loaded> {
  const { jobs = 0, onArticle, known } = typeof opts === 'function' ? { onArticle: opts } : opts;
  let skipped = 0;
  const articles: Article[] = [];
  const errors: InputError[] = [];
  const seen = new Set<string>();
  const bar = progress('reading');
  const fail = (error: InputError) => {
    errors.push(error);
    reportInputError(error);
  };
  const accept = async (article: Article) => {
    if (seen.has(article.id)) return; // the same content twice is one article
    seen.add(article.id);
    // With a callback the caller keeps what it needs; holding every Article here would grow
    // without bound on a large ingest.
    if (onArticle) await onArticle(article);
    else articles.push(article);
    bar.tick(seen.size);
  };
  const pool = jobs > 0 ? new ArticlePool(jobs) : null;
  // In-flight results are awaited in input order, at most 4 per worker, so memory stays bounded.
  const inflight: Array<{ raw: RawInput; result: Promise<Article> }> = [];
  const settle = async () => {
    const { raw, result } = inflight.shift()!;
    try {
      await accept(await result);
    } catch (err) {
      fail({ source: raw.source, message: (err as Error).message });
    }
  };
  try {
    for await (const item of readInputs(paths)) {
      if (!item.ok) {
        fail(item.error);
        continue;
      }
      if (known && (await known(contentHashOf(item.input)))) {
        skipped++;
        continue;
      }
      if (!pool) {
        try {
          await accept(processArticle(item.input));
        } catch (err) {
          fail({ source: item.input.source, message: (err as Error).message });
        }
        continue;
      }
      const result = pool.process(item.input);
      result.catch(() => {}); // handled in settle, in order
      inflight.push({ raw: item.input, result });
      if (inflight.length >= jobs * 4) await settle();
    }
    while (inflight.length) await settle();
  } finally {
    await pool?.close();
    bar.done();
  }
  return { articles, errors, skipped };
}
