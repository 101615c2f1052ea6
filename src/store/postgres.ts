/**
 * PostgreSQL store for many workers. Same contract as the SQLite store; each article is one
 * transaction; `?schema=NAME` in the URL selects (and creates) a schema, so tests get a fresh one.
 */
import pg from 'pg';
import { type PriorResults, priorFrom } from '../corpus/reuse/index.ts';
import type { Article, Corpus, Entity, Thread } from '../doc/types.ts';
import { POSTGRES_MIGRATIONS } from './migrations/postgres.ts';
import { entityKey, storyRow, summarizeStory } from './rows.ts';
import { articleTerms, queryForms, searchTermsVersion } from './search-terms.ts';
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

/** ARTICLE_COLUMNS as JSON text: JSON.parse reads a large listing faster than pg's per-row parse. */
const ARTICLE_TEXT_COLUMNS = 'doc::text AS doc, story_id, duplicate_of, links::text AS links';

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

const UPDATE_ARTICLES = `UPDATE articles a SET story_id = u.story_id, duplicate_of = u.dup, links = u.links,
  published = u.published FROM unnest(%) AS u(id, story_id, dup, links, published) WHERE a.id = u.id`;
const UPDATE_MENTIONS = `UPDATE mentions m SET entity_id = u.entity
  FROM unnest(%) AS u(article_id, seq, entity) WHERE m.article_id = u.article_id AND m.seq = u.seq`;

/** Rows per bulk statement: bounds the size of one message at a large corpus. */
const BULK_CHUNK = 1000;

/**
 * Run `sql` (its `%` stands for the typed array parameters) over `columns` in chunks of rows.
 * JSONB columns travel as text arrays and are cast server-side.
 */
async function bulk(
  client: Client,
  sql: string,
  columns: Array<['int' | 'text' | 'jsonb', unknown[]]>,
): Promise<void> {
  const n = columns[0][1].length;
  const params = columns.map(([type], i) =>
    type === 'jsonb' ? `$${i + 1}::text[]::jsonb[]` : `$${i + 1}::${type}[]`,
  );
  const text = sql.replace('%', params.join(', '));
  for (let from = 0; from < n; from += BULK_CHUNK)
    await client.query(
      text,
      columns.map(([, values]) => values.slice(from, from + BULK_CHUNK)),
    );
}

/**
 * Insert the child rows (article_id, seq, then `columns` in table order) of several articles
 * in one statement, the arrays unnested server-side: a round trip per row made the workers
 * wait on the network and on PostgreSQL's per-statement cost instead of working.
 */
async function insertChildRows<T>(
  client: Client,
  table: 'removed' | 'mentions' | 'quotes',
  articles: Article[],
  rowsOf: (a: Article) => T[],
  columns: Array<['int' | 'text', (row: T) => unknown]>,
): Promise<void> {
  const ids: string[] = [];
  const seqs: number[] = [];
  const values: unknown[][] = columns.map(() => []);
  for (const a of articles)
    rowsOf(a).forEach((row, seq) => {
      ids.push(a.id);
      seqs.push(seq);
      columns.forEach(([, get], i) => {
        values[i].push(get(row));
      });
    });
  await bulk(client, `INSERT INTO ${table} SELECT * FROM unnest(%)`, [
    ['text', ids],
    ['int', seqs],
    ...columns.map(([type], i): ['int' | 'text', unknown[]] => [type, values[i]]),
  ]);
}

/**
 * Insert articles and their rows with `client` (inside the caller's transaction). An article
 * whose id or content is already stored, or repeated earlier in `articles`, is 'exists'; so is
 * one another worker stored meanwhile (ON CONFLICT DO NOTHING instead of a unique violation).
 */
export async function insertArticles(
  client: Client,
  articles: Article[],
): Promise<Array<'added' | 'exists'>> {
  const { rows } = await client.query(
    'SELECT id, content_hash FROM articles WHERE content_hash = ANY($1::text[]) OR id = ANY($2::text[])',
    [articles.map((a) => a.contentHash), articles.map((a) => a.id)],
  );
  const seen = new Set<string>(rows.flatMap((r) => [`id:${r.id}`, `hash:${r.content_hash}`]));
  const fresh: Article[] = [];
  for (const a of articles) {
    if (seen.has(`id:${a.id}`) || seen.has(`hash:${a.contentHash}`)) continue;
    seen.add(`id:${a.id}`).add(`hash:${a.contentHash}`);
    fresh.push(a);
  }
  const added = new Set<string>();
  if (fresh.length) {
    const inserted = await client.query(
      `INSERT INTO articles (id, content_hash, source, outlet, published, title, body, story_id, duplicate_of, doc, terms)
       SELECT u.id, u.hash, u.source, u.outlet, u.published, u.title, u.body, u.story, u.dup, u.doc::jsonb,
              to_tsvector('simple', u.terms)
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                   $8::text[], $9::text[], $10::text[], $11::text[])
            AS u(id, hash, source, outlet, published, title, body, story, dup, doc, terms)
       ON CONFLICT DO NOTHING RETURNING id`,
      [
        fresh.map((a) => a.id),
        fresh.map((a) => a.contentHash),
        fresh.map((a) => a.source),
        fresh.map((a) => a.outlet),
        fresh.map((a) => a.published),
        fresh.map((a) => a.title),
        fresh.map((a) => a.body),
        fresh.map((a) => a.storyId ?? null),
        fresh.map((a) => a.duplicateOf ?? null),
        fresh.map((a) => serializeArticle(a)),
        fresh.map((a) => articleTerms(a)),
      ],
    );
    for (const r of inserted.rows) added.add(r.id as string);
  }
  const stored = fresh.filter((a) => added.has(a.id));
  await insertChildRows(client, 'removed', stored, (a) => a.removed, [
    ['text', (r) => r.kind],
    ['text', (r) => r.text],
  ]);
  await insertChildRows(client, 'mentions', stored, (a) => a.mentions ?? [], [
    ['int', (m) => m.start],
    ['int', (m) => m.end],
    ['text', (m) => m.text],
    ['text', (m) => m.type],
    ['text', (m) => m.entityId ?? null],
  ]);
  await insertChildRows(client, 'quotes', stored, (a) => a.quotes ?? [], [
    ['int', (q) => q.start],
    ['int', (q) => q.end],
    ['text', (q) => q.kind],
    ['text', (q) => q.speaker],
    ['text', (q) => q.text],
  ]);
  const storedSet = new Set(stored);
  return articles.map((a) => (storedSet.has(a) ? 'added' : 'exists'));
}

/** Insert one article and its rows (see insertArticles). */
export async function insertArticle(client: Client, a: Article): Promise<'added' | 'exists'> {
  return (await insertArticles(client, [a]))[0];
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
    const [r] = await this.q(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE id = $1`, [id]);
    return r ? articleFromRow(r as unknown as ArticleRow) : null;
  }

  async listArticles(opts: { limit?: number; offset?: number } = {}): Promise<Article[]> {
    const rows = await this.q(
      `SELECT ${ARTICLE_TEXT_COLUMNS} FROM articles ORDER BY published, id LIMIT $1 OFFSET $2`,
      [opts.limit ?? null, opts.offset ?? 0],
    );
    return rows.map((r) => articleFromRow(r as unknown as ArticleRow, true));
  }

  async countArticles(opts: { unassigned?: boolean } = {}): Promise<number> {
    const where = opts.unassigned ? ' WHERE story_id IS NULL' : '';
    return Number((await this.q(`SELECT count(*) AS n FROM articles${where}`))[0].n);
  }

  /**
   * Replace the corpus-level results in one transaction. Rows go in bulk (arrays unnested
   * server-side, in chunks): a statement per article and per mention made the refresh after a
   * drained queue the slowest, serial part of a worker run.
   */
  async saveCorpus(corpus: Corpus): Promise<void> {
    const byId = new Map(corpus.articles.map((a) => [a.id, a]));
    const changed = changedLinks(corpus.articles);
    await this.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock(727301)');
      await c.query('TRUNCATE stories, story_aliases, threads, entities, events, contradictions');
      const arts = changed.map((x) => x.article);
      await bulk(c, UPDATE_ARTICLES, [
        ['text', arts.map((a) => a.id)],
        ['text', arts.map((a) => a.storyId ?? null)],
        ['text', arts.map((a) => a.duplicateOf ?? null)],
        ['jsonb', changed.map((x) => x.links)],
        // The batch may date an article (batchDates stage).
        ['text', arts.map((a) => a.published)],
      ]);
      const linked = arts.flatMap((a) =>
        (a.mentions ?? []).map((m, seq) => ({ id: a.id, seq, entity: m.entityId ?? null })),
      );
      await bulk(c, UPDATE_MENTIONS, [
        ['text', linked.map((m) => m.id)],
        ['int', linked.map((m) => m.seq)],
        ['text', linked.map((m) => m.entity)],
      ]);
      const rows = corpus.stories.map((s) => storyRow(s, byId));
      await bulk(c, 'INSERT INTO stories SELECT * FROM unnest(%)', [
        ['text', corpus.stories.map((s) => s.id)],
        ['text', corpus.stories.map((s) => s.threadId)],
        ['text', corpus.stories.map((s) => s.title)],
        ['int', rows.map((r) => r.size)],
        ['text', rows.map((r) => r.first)],
        ['text', rows.map((r) => r.last)],
        ['jsonb', rows.map((r) => JSON.stringify(r.outlets))],
        ['jsonb', corpus.stories.map((s) => JSON.stringify(s))],
        ['text', corpus.stories.map((s) => corpus.reuse?.storyKeys.get(s.id) ?? null)],
      ]);
      // An alias may name a story that merged twice: the last survivor wins, as before.
      const aliases = new Map(
        corpus.stories.flatMap((s) => (s.aliases ?? []).map((a) => [a, s.id] as const)),
      );
      await bulk(c, 'INSERT INTO story_aliases SELECT * FROM unnest(%)', [
        ['text', [...aliases.keys()]],
        ['text', [...aliases.values()]],
      ]);
      await bulk(c, 'INSERT INTO threads SELECT * FROM unnest(%)', [
        ['text', corpus.threads.map((t) => t.id)],
        ['text', corpus.threads.map((t) => t.title)],
        ['jsonb', corpus.threads.map((t) => JSON.stringify(t))],
        ['text', corpus.threads.map((t) => corpus.reuse?.threadKeys.get(t.id) ?? null)],
      ]);
      await bulk(
        c,
        'INSERT INTO entities (id, type, name, search_key, data, summary) SELECT * FROM unnest(%)',
        [
          ['text', corpus.entities.map((e) => e.id)],
          ['text', corpus.entities.map((e) => e.type)],
          ['text', corpus.entities.map((e) => e.name)],
          ['text', corpus.entities.map((e) => entityKey(e))],
          ['jsonb', corpus.entities.map((e) => JSON.stringify(e))],
          ['jsonb', corpus.entities.map((e) => JSON.stringify(entitySummary(e)))],
        ],
      );
      await bulk(c, 'INSERT INTO events (story_id, date, data) SELECT * FROM unnest(%)', [
        ['text', corpus.timeline.map((e) => e.storyId ?? null)],
        ['text', corpus.timeline.map((e) => e.date)],
        ['jsonb', corpus.timeline.map((e) => JSON.stringify(e))],
      ]);
      await bulk(c, 'INSERT INTO contradictions (story_id, data) SELECT * FROM unnest(%)', [
        ['text', corpus.contradictions.map((x) => x.storyId ?? null)],
        ['jsonb', corpus.contradictions.map((x) => JSON.stringify(x))],
      ]);
    });
    markSaved(changed);
  }

  async priorResults(): Promise<PriorResults> {
    const keyed = async (table: 'stories' | 'threads') =>
      (await this.q(`SELECT result_key, data::text AS data FROM ${table}`)).map((r) => ({
        key: r.result_key as string | null,
        data: JSON.parse(r.data as string),
      }));
    const data = async (table: 'events' | 'contradictions') =>
      (await this.q(`SELECT data::text AS data FROM ${table} ORDER BY seq`)).map((r) =>
        JSON.parse(r.data as string),
      );
    return priorFrom({
      stories: await keyed('stories'),
      threads: await keyed('threads'),
      events: await data('events'),
      contradictions: await data('contradictions'),
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
      await this.q(`SELECT ${ARTICLE_COLUMNS} FROM articles WHERE story_id = $1 ORDER BY published, id`, [
        sid,
      ])
    ).map((r) => articleFromRow(r as unknown as ArticleRow));
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

  /** WHERE clause and arguments of the entity lists (type, and a name or spelling, fuzzy). */
  private entityFilter(opts: { type?: string; q?: string }): { where: string; args: unknown[] } {
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
    return { where: where.length ? `WHERE ${where.join(' AND ')}` : '', args };
  }

  async listEntities(opts: { type?: string; q?: string; limit?: number } = {}): Promise<Entity[]> {
    const { where, args } = this.entityFilter(opts);
    args.push(opts.limit ?? 100);
    const rows = await this.q(`SELECT data FROM entities ${where} ORDER BY name LIMIT $${args.length}`, args);
    return rows.map((r) => r.data as Entity);
  }

  async listEntitySummaries(
    opts: { type?: string; q?: string; limit?: number } = {},
  ): Promise<EntitySummary[]> {
    const { where, args } = this.entityFilter(opts);
    args.push(opts.limit ?? 100);
    const rows = await this.q(
      // Rows saved before migration 5 have no summary: derived from the entity then.
      `SELECT coalesce(summary, jsonb_set(data - 'mentions' - 'why', '{mentions}',
              to_jsonb(jsonb_array_length(data->'mentions')))) AS summary
       FROM entities ${where} ORDER BY name LIMIT $${args.length}`,
      args,
    );
    return rows.map((r) => r.summary as EntitySummary);
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
