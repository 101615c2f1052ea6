/**
 * PostgreSQL schema, as numbered migrations (recorded in rasd_migrations). Search uses our own
 * normalization into a `simple` tsvector; fuzzy names use pg_trgm.
 */
export const POSTGRES_MIGRATIONS: string[] = [
  `
  CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
  CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    outlet TEXT,
    published TEXT,
    title TEXT,
    body TEXT NOT NULL,
    story_id TEXT,
    duplicate_of TEXT,
    doc JSONB NOT NULL,
    terms TSVECTOR NOT NULL,
    added_at TIMESTAMPTZ NOT NULL DEFAULT now()
  );
  CREATE INDEX articles_story ON articles(story_id);
  CREATE INDEX articles_terms ON articles USING gin(terms);
  CREATE TABLE removed (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (article_id, seq)
  );
  CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INT NOT NULL, start INT NOT NULL, "end" INT NOT NULL, text TEXT NOT NULL, type TEXT NOT NULL, entity_id TEXT,
    PRIMARY KEY (article_id, seq)
  );
  CREATE INDEX mentions_entity ON mentions(entity_id);
  CREATE TABLE quotes (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INT NOT NULL, start INT NOT NULL, "end" INT NOT NULL, kind TEXT NOT NULL, speaker TEXT NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (article_id, seq)
  );
  CREATE TABLE stories (
    id TEXT PRIMARY KEY, thread_id TEXT NOT NULL, title TEXT NOT NULL, size INT NOT NULL,
    first TEXT, last TEXT, outlets JSONB NOT NULL, data JSONB NOT NULL
  );
  CREATE INDEX stories_last ON stories(last);
  CREATE TABLE story_aliases (alias TEXT PRIMARY KEY, story_id TEXT NOT NULL);
  CREATE TABLE threads (id TEXT PRIMARY KEY, title TEXT NOT NULL, data JSONB NOT NULL);
  CREATE TABLE entities (id TEXT PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, search_key TEXT NOT NULL, data JSONB NOT NULL);
  CREATE INDEX entities_trgm ON entities USING gin(search_key public.gin_trgm_ops);
  CREATE TABLE events (seq BIGSERIAL PRIMARY KEY, story_id TEXT, date TEXT NOT NULL, data JSONB NOT NULL);
  CREATE INDEX events_story ON events(story_id);
  CREATE TABLE contradictions (seq BIGSERIAL PRIMARY KEY, story_id TEXT, data JSONB NOT NULL);
  CREATE TABLE queue (
    id BIGSERIAL PRIMARY KEY,
    input JSONB NOT NULL,
    status TEXT NOT NULL DEFAULT 'queued',
    attempts INT NOT NULL DEFAULT 0,
    error TEXT,
    article_id TEXT
  );
  CREATE INDEX queue_status ON queue(status, id);
  `,
  // 2: key/value facts about the database (the version of its search terms).
  `CREATE TABLE rasd_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
  // 3: the story list's order (most recent first, then id) read from an index, not sorted per page.
  `CREATE INDEX stories_recent ON stories(last DESC NULLS LAST, id);`,
  // 4: what the corpus stages give an article (serialize.ts linksOf), apart from its document;
  // the key of a story's or thread's results, so a refresh keeps those nothing touched (corpus/reuse).
  `ALTER TABLE articles ADD COLUMN links JSONB;
  ALTER TABLE stories ADD COLUMN result_key TEXT;
  ALTER TABLE threads ADD COLUMN result_key TEXT;`,
  // 5: an entity's summary (store.ts entitySummary), so lists do not parse its mention list.
  `ALTER TABLE entities ADD COLUMN summary JSONB;`,
];
