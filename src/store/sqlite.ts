/**
 * The embedded store: one SQLite file (better-sqlite3, WAL). Every write is one transaction,
 * so a crash leaves either the whole article or nothing.
 */
import Database from 'better-sqlite3';
import { type PriorResults, priorFrom } from '../corpus/reuse/index.ts';
import type { Article, Corpus, Entity, Thread } from '../doc/types.ts';
import { SQLITE_MIGRATIONS } from './migrations/sqlite.ts';
import { entityKey, storyRow, summarizeStory } from './rows.ts';
import { articleTerms, ftsQuery, searchTermsVersion } from './search-terms.ts';
import {
  ARTICLE_COLUMNS,
  type ArticleRow,
  articleFromRow,
  changedLinks,
  markSaved,
  serializeArticle,
} from './serialize.ts';
import {
  type EntitySummary,
  entitySummary,
  type SearchHit,
  type Store,
  type StoryDetail,
  type StoryFilter,
  type StoryListItem,
} from './store.ts';

type Row = Record<string, unknown>;

/** Matches a search ranks by relevance: the most recently stored ones (see search). */
export const SEARCH_POOL = 1000;

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly db: Database.Database;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
  }

  async migrate(): Promise<void> {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    for (let v = version; v < SQLITE_MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        this.db.exec(SQLITE_MIGRATIONS[v]);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  /** Rebuild the search index when it was made under another version of the search terms. */
  async reindexSearchIfStale(): Promise<number> {
    const db = this.db;
    const current = searchTermsVersion();
    const row = db.prepare("SELECT value FROM rasd_meta WHERE key = 'search_terms'").get() as
      | { value: string }
      | undefined;
    if (row?.value === current) return 0;
    const rows = db.prepare('SELECT id, title, body FROM articles').all() as Array<{
      id: string;
      title: string | null;
      body: string;
    }>;
    if (rows.length) process.stderr.write(`rasd: search terms changed: reindexing ${rows.length} articles\n`);
    db.transaction(() => {
      db.exec('DELETE FROM articles_fts');
      const insert = db.prepare('INSERT INTO articles_fts (id, terms) VALUES (?, ?)');
      for (const r of rows) insert.run(r.id, articleTerms(r));
      db.prepare("INSERT OR REPLACE INTO rasd_meta (key, value) VALUES ('search_terms', ?)").run(current);
    })();
    return rows.length;
  }

  async hasContent(contentHash: string): Promise<boolean> {
    return !!this.db.prepare('SELECT 1 FROM articles WHERE content_hash = ?').get(contentHash);
  }

  async putArticle(a: Article): Promise<'added' | 'exists'> {
    const db = this.db;
    const write = db.transaction((): 'added' | 'exists' => {
      const exists = db
        .prepare('SELECT 1 FROM articles WHERE content_hash = ? OR id = ?')
        .get(a.contentHash, a.id);
      if (exists) return 'exists';
      db.prepare(
        `INSERT INTO articles (id, content_hash, source, outlet, published, title, body, story_id, duplicate_of, doc)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        a.id,
        a.contentHash,
        a.source,
        a.outlet,
        a.published,
        a.title,
        a.body,
        a.storyId ?? null,
        a.duplicateOf ?? null,
        serializeArticle(a),
      );
      const rm = db.prepare('INSERT INTO removed (article_id, seq, kind, text) VALUES (?, ?, ?, ?)');
      for (const [i, r] of a.removed.entries()) rm.run(a.id, i, r.kind, r.text);
      const mn = db.prepare(
        'INSERT INTO mentions (article_id, seq, start, end, text, type, entity_id) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      for (const [i, m] of (a.mentions ?? []).entries()) {
        mn.run(a.id, i, m.start, m.end, m.text, m.type, m.entityId ?? null);
      }
      const qt = db.prepare(
        'INSERT INTO quotes (article_id, seq, start, end, kind, speaker, text) VALUES (?, ?, ?, ?, ?, ?, ?)',
      );
      for (const [i, q] of (a.quotes ?? []).entries())
        qt.run(a.id, i, q.start, q.end, q.kind, q.speaker, q.text);
      db.prepare('INSERT INTO articles_fts (id, terms) VALUES (?, ?)').run(a.id, articleTerms(a));
      return 'added';
    });
    return write.immediate();
  }

  async getArticle(id: string): Promise<Article | null> {
    const row = this.db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = ?`).get(id) as
      | ArticleRow
      | undefined;
    return row ? articleFromRow(row) : null;
  }

  async listArticles(opts: { limit?: number; offset?: number } = {}): Promise<Article[]> {
    const rows = this.db
      .prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles ORDER BY published, id LIMIT ? OFFSET ?`)
      .all(opts.limit ?? -1, opts.offset ?? 0) as ArticleRow[];
    return rows.map((r) => articleFromRow(r, true));
  }

  async countArticles(opts: { unassigned?: boolean } = {}): Promise<number> {
    const where = opts.unassigned ? ' WHERE story_id IS NULL' : '';
    return (this.db.prepare(`SELECT count(*) AS n FROM articles${where}`).get() as { n: number }).n;
  }

  async saveCorpus(corpus: Corpus): Promise<void> {
    const db = this.db;
    const changed = changedLinks(corpus.articles);
    db.transaction(() => {
      for (const t of ['stories', 'story_aliases', 'threads', 'entities', 'events', 'contradictions'])
        db.exec(`DELETE FROM ${t}`);
      // `published` too: the batch may date an article (batchDates stage).
      const art = db.prepare(
        'UPDATE articles SET story_id = ?, duplicate_of = ?, links = ?, published = ? WHERE id = ?',
      );
      const men = db.prepare('UPDATE mentions SET entity_id = ? WHERE article_id = ? AND seq = ?');
      for (const { article: a, links } of changed) {
        art.run(a.storyId ?? null, a.duplicateOf ?? null, links, a.published, a.id);
        for (const [i, m] of (a.mentions ?? []).entries()) men.run(m.entityId ?? null, a.id, i);
      }
      const byId = new Map(corpus.articles.map((a) => [a.id, a]));
      const st = db.prepare(
        'INSERT INTO stories (id, thread_id, title, size, first, last, outlets, data, result_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
      const al = db.prepare('INSERT OR REPLACE INTO story_aliases (alias, story_id) VALUES (?, ?)');
      for (const s of corpus.stories) {
        const r = storyRow(s, byId);
        st.run(
          s.id,
          s.threadId,
          s.title,
          r.size,
          r.first,
          r.last,
          JSON.stringify(r.outlets),
          JSON.stringify(s),
          corpus.reuse?.storyKeys.get(s.id) ?? null,
        );
        for (const alias of s.aliases ?? []) al.run(alias, s.id);
      }
      const th = db.prepare('INSERT INTO threads (id, title, data, result_key) VALUES (?, ?, ?, ?)');
      for (const t of corpus.threads)
        th.run(t.id, t.title, JSON.stringify(t), corpus.reuse?.threadKeys.get(t.id) ?? null);
      const en = db.prepare(
        'INSERT INTO entities (id, type, name, search_key, data, summary) VALUES (?, ?, ?, ?, ?, ?)',
      );
      for (const e of corpus.entities)
        en.run(e.id, e.type, e.name, entityKey(e), JSON.stringify(e), JSON.stringify(entitySummary(e)));
      const ev = db.prepare('INSERT INTO events (story_id, date, data) VALUES (?, ?, ?)');
      for (const e of corpus.timeline) ev.run(e.storyId ?? null, e.date, JSON.stringify(e));
      const co = db.prepare('INSERT INTO contradictions (story_id, data) VALUES (?, ?)');
      for (const c of corpus.contradictions) co.run(c.storyId ?? null, JSON.stringify(c));
    }).immediate();
    markSaved(changed);
  }

  async priorResults(): Promise<PriorResults> {
    const rows = (sql: string) => this.db.prepare(sql).all() as Row[];
    return priorFrom({
      stories: rows('SELECT result_key, data FROM stories').map((r) => ({
        key: r.result_key as string | null,
        data: JSON.parse(r.data as string),
      })),
      threads: rows('SELECT result_key, data FROM threads').map((r) => ({
        key: r.result_key as string | null,
        data: JSON.parse(r.data as string),
      })),
      events: rows('SELECT data FROM events ORDER BY seq').map((r) => JSON.parse(r.data as string)),
      contradictions: rows('SELECT data FROM contradictions ORDER BY seq').map((r) =>
        JSON.parse(r.data as string),
      ),
    });
  }

  async listStories(f: StoryFilter = {}): Promise<StoryListItem[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (f.since) where.push('s.last >= ?') && args.push(f.since);
    if (f.until) where.push('s.first <= ?') && args.push(`${f.until}\uffff`);
    if (f.outlet)
      where.push('EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND a.outlet = ?)') &&
        args.push(f.outlet);
    if (f.entity)
      where.push(
        'EXISTS (SELECT 1 FROM mentions m JOIN articles a ON a.id = m.article_id WHERE a.story_id = s.id AND m.entity_id = ?)',
      ) && args.push(f.entity);
    const sql = `SELECT id, title, thread_id, size, outlets, first, last FROM stories s
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY s.last DESC NULLS LAST, s.id LIMIT ? OFFSET ?`;
    const rows = this.db.prepare(sql).all(...args, f.limit ?? 50, f.offset ?? 0) as Row[];
    return rows.map((r) => ({
      id: r.id as string,
      title: r.title as string,
      threadId: r.thread_id as string,
      size: r.size as number,
      outlets: JSON.parse(r.outlets as string),
      first: (r.first as string) ?? null,
      last: (r.last as string) ?? null,
    }));
  }

  async getStory(id: string): Promise<StoryDetail | null> {
    const alias = this.db.prepare('SELECT story_id FROM story_aliases WHERE alias = ?').get(id) as
      | Row
      | undefined;
    const sid = (alias?.story_id as string) ?? id;
    const row = this.db.prepare('SELECT data FROM stories WHERE id = ?').get(sid) as Row | undefined;
    if (!row) return null;
    const story = JSON.parse(row.data as string);
    const articles = (
      this.db
        .prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE story_id = ? ORDER BY published, id`)
        .all(sid) as ArticleRow[]
    ).map((r) => articleFromRow(r));
    const timeline = (
      this.db.prepare('SELECT data FROM events WHERE story_id = ? ORDER BY date, seq').all(sid) as Row[]
    ).map((r) => JSON.parse(r.data as string));
    const contradictions = (
      this.db.prepare('SELECT data FROM contradictions WHERE story_id = ? ORDER BY seq').all(sid) as Row[]
    ).map((r) => JSON.parse(r.data as string));
    const entityIds = [
      ...new Set(articles.flatMap((a) => (a.mentions ?? []).map((m) => m.entityId).filter(Boolean))),
    ] as string[];
    const entities = entityIds.length
      ? (
          this.db
            .prepare(`SELECT data FROM entities WHERE id IN (${entityIds.map(() => '?').join(',')})`)
            .all(...entityIds) as Row[]
        ).map((r) => JSON.parse(r.data as string) as Entity)
      : [];
    return summarizeStory({ ...story, articles, timeline, contradictions, entities });
  }

  async listThreads(): Promise<Thread[]> {
    return (this.db.prepare('SELECT data FROM threads ORDER BY id').all() as Row[]).map((r) =>
      JSON.parse(r.data as string),
    );
  }

  async getThread(id: string): Promise<(Thread & { storyItems: StoryListItem[] }) | null> {
    const row = this.db.prepare('SELECT data FROM threads WHERE id = ?').get(id) as Row | undefined;
    if (!row) return null;
    const thread = JSON.parse(row.data as string) as Thread;
    const rows = this.db
      .prepare(
        `SELECT id, title, thread_id, size, outlets, first, last FROM stories WHERE thread_id = ? ORDER BY first, id`,
      )
      .all(id) as Row[];
    const storyItems = rows.map((r) => ({
      id: r.id as string,
      title: r.title as string,
      threadId: r.thread_id as string,
      size: r.size as number,
      outlets: JSON.parse(r.outlets as string),
      first: (r.first as string) ?? null,
      last: (r.last as string) ?? null,
    }));
    return { ...thread, storyItems };
  }

  /** WHERE clause and arguments of the entity lists (type, and a name or spelling). */
  private entityFilter(opts: { type?: string; q?: string }): { where: string; args: unknown[] } {
    const where: string[] = [];
    const args: unknown[] = [];
    if (opts.type) where.push('type = ?') && args.push(opts.type);
    if (opts.q)
      where.push('search_key LIKE ?') && args.push(`%${entityKey({ name: opts.q, variants: [] })}%`);
    return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', args };
  }

  async listEntities(opts: { type?: string; q?: string; limit?: number } = {}): Promise<Entity[]> {
    const { where, args } = this.entityFilter(opts);
    const rows = this.db
      .prepare(`SELECT data FROM entities ${where} ORDER BY name LIMIT ?`)
      .all(...args, opts.limit ?? 100) as Row[];
    return rows.map((r) => JSON.parse(r.data as string));
  }

  async listEntitySummaries(
    opts: { type?: string; q?: string; limit?: number } = {},
  ): Promise<EntitySummary[]> {
    const { where, args } = this.entityFilter(opts);
    const rows = this.db
      .prepare(
        // Rows saved before migration 5 have no summary: derived from the entity then.
        `SELECT coalesce(summary, json_set(json_remove(data, '$.mentions', '$.why'), '$.mentions',
                json_array_length(data, '$.mentions'))) AS summary
         FROM entities ${where} ORDER BY name LIMIT ?`,
      )
      .all(...args, opts.limit ?? 100) as Row[];
    return rows.map((r) => JSON.parse(r.summary as string));
  }

  async getEntity(id: string): Promise<Entity | null> {
    const row = this.db.prepare('SELECT data FROM entities WHERE id = ?').get(id) as Row | undefined;
    return row ? JSON.parse(row.data as string) : null;
  }

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    const match = ftsQuery(query);
    if (!match) return [];
    // Relevance among the most recently stored matches: ranking every match of a common word
    // costs as much as the archive is large (33 ms for 42k matches at 100k articles); the pool
    // bounds it, and a news search wants recent articles first anyway.
    const rows = this.db
      .prepare(
        `SELECT a.id, a.title, a.outlet, a.story_id, substr(a.body, 1, 200) AS body
         FROM (SELECT id, rank FROM (SELECT id, rank FROM articles_fts WHERE articles_fts MATCH ?
                                     ORDER BY rowid DESC LIMIT ?) ORDER BY rank LIMIT ?) f
         JOIN articles a ON a.id = f.id ORDER BY f.rank`,
      )
      .all(match, SEARCH_POOL, limit) as Row[];
    return rows.map((r) => ({
      article: r.id as string,
      title: (r.title as string) ?? null,
      outlet: (r.outlet as string) ?? null,
      storyId: (r.story_id as string) ?? null,
      snippet: r.body as string,
    }));
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
