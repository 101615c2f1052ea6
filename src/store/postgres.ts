/**
 * PostgreSQL store for many workers. Same contract as the SQLite store; each article is one
 * transaction; `?schema=NAME` in the URL selects (and creates) a schema, so tests get a fresh one.
 */
import pg from 'pg';
import type { Article, Corpus, Entity, Thread } from '../doc/types.ts';
import { POSTGRES_MIGRATIONS } from './migrations/postgres.ts';
import { entityKey, storyRow, summarizeStory } from './rows.ts';
import { articleTerms, queryForms, searchTermsVersion } from './search-terms.ts';
import { deserializeArticle, serializeArticle } from './serialize.ts';
import type { SearchHit, Store, StoryDetail, StoryFilter, StoryListItem } from './store.ts';

type Row = Record<string, unknown>;
type Client = pg.PoolClient;

/** Split `postgres://...?schema=NAME` into a connection string and a schema name. */
export function parsePostgresUrl(url: string): { connectionString: string; schema: string } {
  const u = new URL(url);
  const schema = u.searchParams.get('schema') ?? 'public';
  if (!/^[a-z_][a-z0-9_]*$/i.test(schema)) throw new Error(`invalid schema name "${schema}"`);
  u.searchParams.delete('schema');
  return { connectionString: u.toString(), schema };
}

const toItem = (r: Row): StoryListItem => ({
  id: r.id as string,
  title: r.title as string,
  threadId: r.thread_id as string,
  size: r.size as number,
  outlets: r.outlets as string[],
  first: (r.first as string) ?? null,
  last: (r.last as string) ?? null,
});

/**
 * Insert an article's rows of one child table (article_id, seq, then `columns` in table order) in
 * one statement, the arrays unnested server-side: a round trip per row made the workers wait on
 * the network and on PostgreSQL's per-statement cost instead of working.
 */
async function insertRows(
  client: Client,
  table: 'removed' | 'mentions' | 'quotes',
  articleId: string,
  columns: Array<['int' | 'text', unknown[]]>,
): Promise<void> {
  const n = columns[0][1].length;
  if (!n) return;
  const arrays = columns.map(([type], i) => `$${i + 3}::${type}[]`).join(', ');
  await client.query(`INSERT INTO ${table} SELECT $1, * FROM unnest($2::int[], ${arrays})`, [
    articleId,
    Array.from({ length: n }, (_, i) => i),
    ...columns.map(([, values]) => values),
  ]);
}

/** Insert one article and its rows with `client` (inside the caller's transaction). */
export async function insertArticle(client: Client, a: Article): Promise<'added' | 'exists'> {
  const exists = await client.query('SELECT 1 FROM articles WHERE content_hash = $1 OR id = $2', [
    a.contentHash,
    a.id,
  ]);
  if (exists.rowCount) return 'exists';
  await client.query(
    `INSERT INTO articles (id, content_hash, source, outlet, published, title, body, story_id, duplicate_of, doc, terms)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10, to_tsvector('simple', $11))`,
    [
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
      articleTerms(a),
    ],
  );
  const mentions = a.mentions ?? [];
  const quotes = a.quotes ?? [];
  await insertRows(client, 'removed', a.id, [
    ['text', a.removed.map((r) => r.kind)],
    ['text', a.removed.map((r) => r.text)],
  ]);
  await insertRows(client, 'mentions', a.id, [
    ['int', mentions.map((m) => m.start)],
    ['int', mentions.map((m) => m.end)],
    ['text', mentions.map((m) => m.text)],
    ['text', mentions.map((m) => m.type)],
    ['text', mentions.map((m) => m.entityId ?? null)],
  ]);
  await insertRows(client, 'quotes', a.id, [
    ['int', quotes.map((q) => q.start)],
    ['int', quotes.map((q) => q.end)],
    ['text', quotes.map((q) => q.kind)],
    ['text', quotes.map((q) => q.speaker)],
    ['text', quotes.map((q) => q.text)],
  ]);
  return 'added';
}

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  readonly pool: pg.Pool;
  readonly schema: string;

  constructor(url: string, poolSize = 8) {
    const { connectionString, schema } = parsePostgresUrl(url);
    this.schema = schema;
    this.pool = new pg.Pool({ connectionString, max: poolSize });
    this.pool.on('connect', (c) => {
      c.query(`SET search_path TO "${schema}", public`).catch(() => {});
    });
  }

  /** Run `fn` in one transaction, rolling back on any error. */
  async tx<T>(fn: (c: Client) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query(`SET search_path TO "${this.schema}", public`);
      await c.query('BEGIN');
      const out = await fn(c);
      await c.query('COMMIT');
      return out;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      c.release();
    }
  }

  private async q(sql: string, args: unknown[] = []): Promise<Row[]> {
    const c = await this.pool.connect();
    try {
      await c.query(`SET search_path TO "${this.schema}", public`);
      return (await c.query(sql, args)).rows;
    } finally {
      c.release();
    }
  }

  async migrate(): Promise<void> {
    await this.tx(async (c) => {
      // One migrator at a time, even with many workers starting together.
      await c.query('SELECT pg_advisory_xact_lock(727300)');
      await c.query(`CREATE SCHEMA IF NOT EXISTS "${this.schema}"`);
      await c.query(`SET LOCAL search_path TO "${this.schema}", public`);
      await c.query('CREATE TABLE IF NOT EXISTS rasd_migrations (version INT PRIMARY KEY)');
      const done = (await c.query('SELECT coalesce(max(version), 0) AS v FROM rasd_migrations')).rows[0]
        .v as number;
      for (let v = done; v < POSTGRES_MIGRATIONS.length; v++) {
        await c.query(POSTGRES_MIGRATIONS[v]);
        await c.query('INSERT INTO rasd_migrations VALUES ($1)', [v + 1]);
      }
    });
  }

  /** Rebuild the search terms when they were made under another version (one migrator at a time). */
  async reindexSearchIfStale(): Promise<number> {
    const current = searchTermsVersion();
    return this.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock(727301)');
      const { rows } = await c.query("SELECT value FROM rasd_meta WHERE key = 'search_terms'");
      if (rows[0]?.value === current) return 0;
      const articles = (await c.query('SELECT id, title, body FROM articles')).rows as Array<{
        id: string;
        title: string | null;
        body: string;
      }>;
      if (articles.length)
        process.stderr.write(`rasd: search terms changed: reindexing ${articles.length} articles\n`);
      for (const a of articles)
        await c.query("UPDATE articles SET terms = to_tsvector('simple', $2) WHERE id = $1", [
          a.id,
          articleTerms(a),
        ]);
      await c.query(
        "INSERT INTO rasd_meta (key, value) VALUES ('search_terms', $1) ON CONFLICT (key) DO UPDATE SET value = $1",
        [current],
      );
      return articles.length;
    });
  }

  async putArticle(a: Article): Promise<'added' | 'exists'> {
    return this.tx((c) => insertArticle(c, a));
  }

  async hasContent(hash: string): Promise<boolean> {
    return (await this.q('SELECT 1 FROM articles WHERE content_hash = $1', [hash])).length > 0;
  }

  async getArticle(id: string): Promise<Article | null> {
    const [r] = await this.q('SELECT doc, story_id, duplicate_of FROM articles WHERE id = $1', [id]);
    if (!r) return null;
    const a = r.doc as Article;
    a.storyId = (r.story_id as string) ?? a.storyId;
    a.duplicateOf = (r.duplicate_of as string) ?? null;
    return a;
  }

  async listArticles(opts: { limit?: number; offset?: number } = {}): Promise<Article[]> {
    const rows = await this.q(
      'SELECT doc::text AS doc FROM articles ORDER BY published, id LIMIT $1 OFFSET $2',
      [opts.limit ?? null, opts.offset ?? 0],
    );
    return rows.map((r) => deserializeArticle(r.doc as string));
  }

  async countArticles(opts: { unassigned?: boolean } = {}): Promise<number> {
    const where = opts.unassigned ? ' WHERE story_id IS NULL' : '';
    return Number((await this.q(`SELECT count(*) AS n FROM articles${where}`))[0].n);
  }

  async saveCorpus(corpus: Corpus): Promise<void> {
    await this.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock(727301)');
      await c.query('TRUNCATE stories, story_aliases, threads, entities, events, contradictions');
      for (const a of corpus.articles) {
        await c.query('UPDATE articles SET story_id = $1, duplicate_of = $2, doc = $3 WHERE id = $4', [
          a.storyId ?? null,
          a.duplicateOf ?? null,
          serializeArticle(a),
          a.id,
        ]);
        for (const [i, m] of (a.mentions ?? []).entries()) {
          if (m.entityId)
            await c.query('UPDATE mentions SET entity_id = $1 WHERE article_id = $2 AND seq = $3', [
              m.entityId,
              a.id,
              i,
            ]);
        }
      }
      const byId = new Map(corpus.articles.map((a) => [a.id, a]));
      for (const s of corpus.stories) {
        const r = storyRow(s, byId);
        await c.query('INSERT INTO stories VALUES ($1,$2,$3,$4,$5,$6,$7,$8)', [
          s.id,
          s.threadId,
          s.title,
          r.size,
          r.first,
          r.last,
          JSON.stringify(r.outlets),
          JSON.stringify(s),
        ]);
        for (const alias of s.aliases ?? []) {
          await c.query(
            'INSERT INTO story_aliases VALUES ($1,$2) ON CONFLICT (alias) DO UPDATE SET story_id = $2',
            [alias, s.id],
          );
        }
      }
      for (const t of corpus.threads)
        await c.query('INSERT INTO threads VALUES ($1,$2,$3)', [t.id, t.title, JSON.stringify(t)]);
      for (const e of corpus.entities) {
        await c.query('INSERT INTO entities VALUES ($1,$2,$3,$4,$5)', [
          e.id,
          e.type,
          e.name,
          entityKey(e),
          JSON.stringify(e),
        ]);
      }
      for (const e of corpus.timeline)
        await c.query('INSERT INTO events (story_id, date, data) VALUES ($1,$2,$3)', [
          e.storyId ?? null,
          e.date,
          JSON.stringify(e),
        ]);
      for (const x of corpus.contradictions)
        await c.query('INSERT INTO contradictions (story_id, data) VALUES ($1,$2)', [
          x.storyId ?? null,
          JSON.stringify(x),
        ]);
    });
  }

  async listStories(f: StoryFilter = {}): Promise<StoryListItem[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    const add = (sql: string, v: unknown) => {
      args.push(v);
      where.push(sql.replace('?', `$${args.length}`));
    };
    if (f.since) add('s.last >= ?', f.since);
    if (f.until) add('s.first <= ?', `${f.until}\uffff`);
    if (f.outlet) add('EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id AND a.outlet = ?)', f.outlet);
    if (f.entity)
      add(
        'EXISTS (SELECT 1 FROM mentions m JOIN articles a ON a.id = m.article_id WHERE a.story_id = s.id AND m.entity_id = ?)',
        f.entity,
      );
    args.push(f.limit ?? 50, f.offset ?? 0);
    const rows = await this.q(
      `SELECT id, title, thread_id, size, outlets, first, last FROM stories s ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY s.last DESC NULLS LAST, s.id LIMIT $${args.length - 1} OFFSET $${args.length}`,
      args,
    );
    return rows.map(toItem);
  }

  async getStory(id: string): Promise<StoryDetail | null> {
    const [alias] = await this.q('SELECT story_id FROM story_aliases WHERE alias = $1', [id]);
    const sid = (alias?.story_id as string) ?? id;
    const [row] = await this.q('SELECT data FROM stories WHERE id = $1', [sid]);
    if (!row) return null;
    const articles = (
      await this.q('SELECT doc FROM articles WHERE story_id = $1 ORDER BY published, id', [sid])
    ).map((r) => r.doc as Article);
    const timeline = (
      await this.q('SELECT data FROM events WHERE story_id = $1 ORDER BY date, seq', [sid])
    ).map((r) => r.data);
    const contradictions = (
      await this.q('SELECT data FROM contradictions WHERE story_id = $1 ORDER BY seq', [sid])
    ).map((r) => r.data);
    const ids = [
      ...new Set(articles.flatMap((a) => (a.mentions ?? []).map((m) => m.entityId).filter(Boolean))),
    ];
    const entities = ids.length
      ? (await this.q('SELECT data FROM entities WHERE id = ANY($1)', [ids])).map((r) => r.data as Entity)
      : [];
    return summarizeStory({
      ...(row.data as StoryDetail),
      articles,
      timeline,
      contradictions,
      entities,
    } as StoryDetail);
  }

  async listThreads(): Promise<Thread[]> {
    return (await this.q('SELECT data FROM threads ORDER BY id')).map((r) => r.data as Thread);
  }

  async getThread(id: string): Promise<(Thread & { storyItems: StoryListItem[] }) | null> {
    const [row] = await this.q('SELECT data FROM threads WHERE id = $1', [id]);
    if (!row) return null;
    const items = await this.q(
      'SELECT id, title, thread_id, size, outlets, first, last FROM stories WHERE thread_id = $1 ORDER BY first, id',
      [id],
    );
    return { ...(row.data as Thread), storyItems: items.map(toItem) };
  }

  async listEntities(opts: { type?: string; q?: string; limit?: number } = {}): Promise<Entity[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    if (opts.type) {
      args.push(opts.type);
      where.push(`type = $${args.length}`);
    }
    if (opts.q) {
      args.push(entityKey({ name: opts.q, variants: [] }));
      // Substring of a name key, or close to one in trigrams (pg_trgm): fuzzy names.
      where.push(`(search_key LIKE '%' || $${args.length} || '%' OR search_key % $${args.length})`);
    }
    args.push(opts.limit ?? 100);
    const rows = await this.q(
      `SELECT data FROM entities ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY name LIMIT $${args.length}`,
      args,
    );
    return rows.map((r) => r.data as Entity);
  }

  async getEntity(id: string): Promise<Entity | null> {
    const [r] = await this.q('SELECT data FROM entities WHERE id = $1', [id]);
    return r ? (r.data as Entity) : null;
  }

  async search(query: string, limit = 20): Promise<SearchHit[]> {
    const groups = queryForms(query);
    if (!groups.length) return [];
    // Each word: any of its forms; all words: required. Forms are quoted lexemes of the simple config.
    const tsq = groups
      .map((forms) => `(${forms.map((f) => `'${f.replace(/'/g, "''")}'`).join(' | ')})`)
      .join(' & ');
    const rows = await this.q(
      `SELECT id, title, outlet, story_id, left(body, 200) AS snippet FROM articles
       WHERE terms @@ to_tsquery('simple', $1) ORDER BY ts_rank(terms, to_tsquery('simple', $1)) DESC, id LIMIT $2`,
      [tsq, limit],
    );
    return rows.map((r) => ({
      article: r.id as string,
      title: (r.title as string) ?? null,
      outlet: (r.outlet as string) ?? null,
      storyId: (r.story_id as string) ?? null,
      snippet: r.snippet as string,
    }));
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
