/**
 * refresh.*: the corpus refresh after an ingest, over a stored archive of generated news
 * (src/corpus/stream): once over the whole archive, then after 1% more articles arrive, when
 * the stories nothing touched keep their stored results (corpus/reuse). SQLite, one core.
 */

import { generateStream } from '../src/corpus/stream/generator.ts';
import type { Article } from '../src/doc/types.ts';
import { processArticle } from '../src/pipeline/run.ts';
import { refreshCorpus } from '../src/store/refresh.ts';
import { SqliteStore } from '../src/store/sqlite.ts';

const ARCHIVE = 4000;

/** Seconds of one refresh, and how many stories kept their results. */
async function refresh(store: SqliteStore): Promise<{ seconds: number; stories: number; kept: number }> {
  const started = performance.now();
  const corpus = await refreshCorpus(store);
  return {
    seconds: (performance.now() - started) / 1000,
    stories: corpus.stories.length,
    kept: corpus.reuse?.stories.size ?? 0,
  };
}

export default async function ({ full }: { full?: boolean } = {}): Promise<Record<string, number>> {
  const total = full ? ARCHIVE * 5 : ARCHIVE;
  const arrivals = Math.round(total / 100);
  const articles: Article[] = [];
  for (const { article: a } of generateStream({ count: total, seed: 11 }))
    articles.push(
      processArticle({
        id: a.id,
        source: `stream/${a.id}`,
        format: 'text',
        title: a.title ?? undefined,
        outlet: a.outlet ?? undefined,
        published: a.published ?? undefined,
        text: a.body,
      }),
    );
  const store = new SqliteStore(':memory:');
  try {
    await store.migrate();
    for (const a of articles.slice(0, total - arrivals)) await store.putArticle(a);
    const whole = await refresh(store);
    for (const a of articles.slice(total - arrivals)) await store.putArticle(a);
    const after = await refresh(store);
    return {
      'refresh.archiveArticles': total,
      'refresh.fullSeconds': Number(whole.seconds.toFixed(2)),
      'refresh.after1pctSeconds': Number(after.seconds.toFixed(2)),
      'refresh.storiesKeptShare': Number((after.kept / after.stories).toFixed(3)),
    };
  } finally {
    await store.close();
  }
}
