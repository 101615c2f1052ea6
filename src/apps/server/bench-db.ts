/**
 * The database the API benchmark runs on: synthetic articles from the corpus stream generator
 * (src/corpus/stream), stored through the real Store (FTS rows, mentions, quotes), with stories,
 * threads, entities, summaries and timeline built from the generator's planted truth instead of
 * the corpus stages, so 100k articles take minutes, not hours. Built once and cached.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateStream } from '../../corpus/stream/generator.ts';
import type { Article, Corpus, Entity, Story, Thread, TimelineEvent } from '../../doc/types.ts';
import { openStore } from '../../store/index.ts';
import { SQLITE_MIGRATIONS } from '../../store/migrations/sqlite.ts';
import { indexTerms } from '../../store/search-terms.ts';
import type { Store } from '../../store/store.ts';
import { nameKey } from '../../text/index.ts';

function entityIdOf(type: string, text: string): string {
  return `e-${type}-${nameKey(text)}`;
}

function firstSentence(a: Article): { start: number; end: number } {
  const end = a.body.search(/[.!؟?]\s|\n/);
  return { start: 0, end: end > 0 ? end : Math.min(a.body.length, 200) };
}

/** Stories, threads, entities and timeline from the articles' planted story and thread. */
export function corpusFromTruth(articles: Article[], threadOf: Map<string, string>): Corpus {
  const stories = new Map<string, Story>();
  const threads = new Map<string, Thread>();
  const entities = new Map<string, Entity>();
  const timeline: TimelineEvent[] = [];
  for (const a of articles) {
    const sid = a.storyId!;
    let s = stories.get(sid);
    if (!s) {
      const tid = threadOf.get(sid)!;
      const span = firstSentence(a);
      s = { id: sid, threadId: tid, documents: [], title: a.title ?? sid, summary: [] };
      s.summary.push({ text: a.body.slice(span.start, span.end), sources: [{ document: a.id, ...span }] });
      stories.set(sid, s);
      const t = threads.get(tid) ?? { id: tid, stories: [], title: a.title ?? tid };
      t.stories.push(sid);
      threads.set(tid, t);
      const day = (a.published ?? '').slice(0, 10);
      if (day)
        timeline.push({
          date: day,
          precision: 'day',
          text: s.summary[0].text.slice(0, 80),
          storyId: sid,
          evidence: [{ document: a.id, ...span, expression: day }],
        });
    }
    s.documents.push(a.id);
    for (const m of a.mentions ?? []) {
      const e = entities.get(m.entityId!) ?? {
        id: m.entityId!,
        type: m.type,
        name: m.text,
        variants: [],
        mentions: [],
      };
      if (!e.variants.includes(m.text)) e.variants.push(m.text);
      e.mentions.push({ document: a.id, start: m.start, end: m.end, text: m.text });
      entities.set(e.id, e);
    }
  }
  return {
    articles,
    stories: [...stories.values()],
    threads: [...threads.values()],
    entities: [...entities.values()],
    timeline,
    contradictions: [],
  };
}

/** Fill `store` with `count` synthetic articles and their corpus. */
export async function fillSynthetic(
  store: Store,
  count: number,
  onProgress?: (n: number) => void,
): Promise<void> {
  const articles: Article[] = [];
  const threadOf = new Map<string, string>();
  for (const { article, truth } of generateStream({ count, seed: 7 })) {
    article.storyId = truth.story;
    article.duplicateOf = truth.copyOf;
    for (const m of article.mentions ?? []) m.entityId = entityIdOf(m.type, m.text);
    threadOf.set(truth.story, truth.thread);
    await store.putArticle(article);
    articles.push(article);
    if (onProgress && articles.length % 5000 === 0) onProgress(articles.length);
  }
  await store.saveCorpus(corpusFromTruth(articles, threadOf));
}

/**
 * Where the cached database of `count` articles lives. The name carries a fingerprint of the
 * search terms the text core gives today and the schema version: when stemming or normalization
 * change, the stored FTS rows would no longer match new queries, and a migration leaves new
 * columns empty, so a new database is built (older ones deleted).
 */
export function benchDatabasePath(dir: string, count: number): string {
  const probe = 'ضرب زلزال في بيروت مساء الاثنين وأعلنت القاهرة أن زيلينسكي التقى وزيرة الصحة';
  const print = createHash('sha1')
    .update(`${indexTerms(probe)}|schema ${SQLITE_MIGRATIONS.length}`)
    .digest('hex')
    .slice(0, 8);
  const name = `api-bench-${count}-${print}.db`;
  if (existsSync(dir))
    for (const f of readdirSync(dir))
      if (f.startsWith(`api-bench-${count}-`) && !f.startsWith(name)) rmSync(join(dir, f), { force: true });
  return join(dir, name);
}

/** Path of a cached synthetic database of `count` articles, built when missing. */
export async function benchDatabase(
  path: string,
  count: number,
  log = (s: string) => process.stderr.write(s),
) {
  if (existsSync(path)) return path;
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.building`;
  for (const s of ['', '-wal', '-shm']) rmSync(tmp + s, { force: true });
  const started = Date.now();
  const store = await openStore(tmp);
  try {
    await fillSynthetic(store, count, (n) => log(`\rapi bench: building ${count} articles: ${n}`));
  } finally {
    await store.close();
  }
  renameSync(tmp, path);
  for (const s of ['-wal', '-shm']) rmSync(tmp + s, { force: true });
  log(`\napi bench: built ${path} in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  return path;
}
