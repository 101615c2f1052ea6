/**
 * The store interface. SQLite (embedded, default) and PostgreSQL (many workers) implement it
 * and run the same contract test (store.contract.ts).
 */
import type { PriorResults } from '../corpus/reuse/index.ts';
import type { Article, Contradiction, Corpus, Entity, Story, Thread, TimelineEvent } from '../doc/types.ts';

export interface StoryFilter {
  /** ISO date: stories with an article published on or after it. */
  since?: string;
  until?: string;
  outlet?: string;
  entity?: string;
  limit?: number;
  offset?: number;
}

/** A row of the story list. */
export interface StoryListItem {
  id: string;
  title: string;
  threadId: string;
  size: number;
  outlets: string[];
  first: string | null;
  last: string | null;
}

/** Everything the story page shows. */
export interface StoryDetail extends Story {
  articles: Article[];
  timeline: TimelineEvent[];
  entities: Entity[];
  contradictions: Contradiction[];
}

export interface SearchHit {
  article: string;
  title: string | null;
  outlet: string | null;
  storyId: string | null;
  snippet: string;
}

/** An entity as lists show it: no mention list, its size instead. */
export type EntitySummary = Omit<Entity, 'mentions' | 'why'> & { mentions: number };

/**
 * The summary of an entity, stored beside it when the corpus is saved: lists (and every search)
 * read it instead of parsing the whole mention list of each entity, which grows with the archive.
 */
export function entitySummary(e: Entity): EntitySummary {
  const { mentions, why: _why, ...rest } = e;
  return { ...rest, mentions: mentions.length };
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Create or upgrade the schema (numbered migrations). */
  migrate(): Promise<void>;
  /** Add one processed article in one transaction; 'exists' when its content hash is stored. */
  putArticle(article: Article): Promise<'added' | 'exists'>;
  hasContent(contentHash: string): Promise<boolean>;
  getArticle(id: string): Promise<Article | null>;
  /**
   * Stored articles, without their tokens: the corpus stages tokenize one article at a time
   * when they need to, so a corpus refresh holds a third less memory for the same output.
   */
  listArticles(opts?: { limit?: number; offset?: number }): Promise<Article[]>;
  /** Number of stored articles; with `unassigned`, those not yet in a story (the corpus needs a refresh). */
  countArticles(opts?: { unassigned?: boolean }): Promise<number>;
  /** The stored results of the last refresh, for the next one to keep what nothing touched (corpus/reuse). */
  priorResults(): Promise<PriorResults>;
  /** Replace the corpus-level results (stories, threads, entities, timeline, contradictions) atomically. */
  saveCorpus(corpus: Corpus): Promise<void>;
  listStories(filter?: StoryFilter): Promise<StoryListItem[]>;
  getStory(id: string): Promise<StoryDetail | null>;
  listThreads(): Promise<Thread[]>;
  getThread(id: string): Promise<(Thread & { storyItems: StoryListItem[] }) | null>;
  listEntities(opts?: { type?: string; q?: string; limit?: number }): Promise<Entity[]>;
  /**
   * The same entities as listEntities, each without its mention list but with the number of
   * mentions: what lists and search show. A place named in thousands of articles carries
   * hundreds of kilobytes of mentions, which a list has no use for.
   */
  listEntitySummaries(opts?: { type?: string; q?: string; limit?: number }): Promise<EntitySummary[]>;
  getEntity(id: string): Promise<Entity | null>;
  /** Arabic-normalized full-text search over article bodies and titles. */
  search(query: string, limit?: number): Promise<SearchHit[]>;
  close(): Promise<void>;
}
