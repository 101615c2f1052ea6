/**
 * SQLite schema, as numbered migrations. A migration never changes once released: add a new
 * one. `user_version` records how far a database file has been migrated.
 */
export const SQLITE_MIGRATIONS: string[] = [
  // 1: articles and their per-article annotations; corpus-level results.
  `
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
    doc TEXT NOT NULL,
    added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
  );
  CREATE INDEX articles_story ON articles(story_id);
  CREATE INDEX articles_published ON articles(published);
  CREATE INDEX articles_outlet ON articles(outlet);
  CREATE TABLE removed (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article_id, seq)
  );
  CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT NOT NULL,
    entity_id TEXT,
    PRIMARY KEY (article_id, seq)
  );
  CREATE INDEX mentions_entity ON mentions(entity_id);
  CREATE TABLE quotes (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    kind TEXT NOT NULL,
    speaker TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (article_id, seq)
  );
  CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    thread_id TEXT NOT NULL,
    title TEXT NOT NULL,
    size INTEGER NOT NULL,
    first TEXT,
    last TEXT,
    outlets TEXT NOT NULL,
    data TEXT NOT NULL
  );
  CREATE INDEX stories_last ON stories(last);
  CREATE TABLE story_aliases (alias TEXT PRIMARY KEY, story_id TEXT NOT NULL);
  CREATE TABLE threads (id TEXT PRIMARY KEY, title TEXT NOT NULL, data TEXT NOT NULL);
  CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    search_key TEXT NOT NULL,
    data TEXT NOT NULL
  );
  CREATE TABLE events (
    seq INTEGER PRIMARY KEY,
    story_id TEXT,
    date TEXT NOT NULL,
    data TEXT NOT NULL
  );
  CREATE INDEX events_story ON events(story_id);
  CREATE TABLE contradictions (
    seq INTEGER PRIMARY KEY,
    story_id TEXT,
    data TEXT NOT NULL
  );
  CREATE INDEX contradictions_story ON contradictions(story_id);
  CREATE VIRTUAL TABLE articles_fts USING fts5(id UNINDEXED, terms, tokenize = 'unicode61 remove_diacritics 0');
  `,
  // 2: key/value facts about the database (the version of its search terms).
  `CREATE TABLE rasd_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
  // 3: the story list's order (most recent first, then id) read from an index, not sorted per page.
  `CREATE INDEX stories_recent ON stories(last DESC, id);`,
  // 4: what the corpus stages give an article (serialize.ts linksOf), apart from its document;
  // the key of a story's or thread's results, so a refresh keeps those nothing touched (corpus/reuse).
  `ALTER TABLE articles ADD COLUMN links TEXT;
  ALTER TABLE stories ADD COLUMN result_key TEXT;
  ALTER TABLE threads ADD COLUMN result_key TEXT;`,
  // 5: an entity's summary (store.ts entitySummary), so lists do not parse its mention list.
  `ALTER TABLE entities ADD COLUMN summary TEXT;`,
];
