/**
 * How an Article is kept in a store. Two parts, written at different times:
 * - the document (`doc`): what the per-article stages made, written once when the article is
 *   stored; everything but the tokens (they are the bulk; the corpus stages tokenize an article
 *   again when they need to) and the raw input's text (the body and `removed` keep all of it);
 * - the links: what the corpus stages give it (story, origin, entity ids of its mentions, a
 *   date the batch inferred), in small columns rewritten at each corpus refresh.
 * Rewriting every document at each refresh was most of the refresh's writing time (0.93 of
 * 1.13 s for 2,000 articles on PostgreSQL), and an article a refresh leaves unchanged is now not
 * written at all.
 */
import type { Article, DateExpr } from '../doc/types.ts';

/** JSON of an article's document for storage. */
export function serializeArticle(article: Article): string {
  const { tokens: _tokens, raw, ...rest } = article;
  const { text: _text, html: _html, ...rawMeta } = raw;
  return JSON.stringify({ ...rest, raw: rawMeta });
}

/** An article from its stored document JSON alone (without tokens or links). */
export function deserializeArticle(json: string): Article {
  return JSON.parse(json) as Article;
}

/** The links column: corpus-stage results that are not columns of their own. */
interface Links {
  entityIds: Array<string | null>;
  published: string | null;
  publishedFrom?: string;
  publishedConfidence?: number;
  /** Only when the batch dated the article: its dates were resolved again with the batch's years. */
  dates?: DateExpr[];
}

/** JSON of an article's links. */
export function linksOf(a: Article): string {
  const links: Links = {
    entityIds: (a.mentions ?? []).map((m) => m.entityId ?? null),
    published: a.published,
    publishedFrom: a.publishedFrom,
    publishedConfidence: a.publishedConfidence,
    dates: a.publishedFrom === 'batch' ? a.dates : undefined,
  };
  return JSON.stringify(links);
}

/** A stored article row: its document, story and origin columns, and links (null before the first refresh). */
export interface ArticleRow {
  doc: string | Article;
  story_id: string | null;
  duplicate_of: string | null;
  links: string | Links | null;
}

/** Columns to select for articleFromRow. */
export const ARTICLE_COLUMNS = 'doc, story_id, duplicate_of, links';

/** What a refresh compares to decide whether an article must be written again. */
const loaded = new WeakMap<Article, string>();

function stateOf(a: Article, links: string): string {
  return `${a.storyId ?? ''}\u0001${a.duplicateOf ?? ''}\u0001${links}`;
}

/**
 * The article a row stores: its document with its links applied. `forRefresh`: remember its
 * links as stored, so saveCorpus writes it only if they change (only a refresh's listing needs
 * that; a page of the API does not pay for it).
 */
export function articleFromRow(row: ArticleRow, forRefresh = false): Article {
  const a = typeof row.doc === 'string' ? deserializeArticle(row.doc) : row.doc;
  // Databases written before the links column kept these in the document itself.
  if (row.story_id) a.storyId = row.story_id;
  a.duplicateOf = row.duplicate_of ?? null;
  if (row.links === null) return a;
  const links: Links = typeof row.links === 'string' ? JSON.parse(row.links) : row.links;
  (a.mentions ?? []).forEach((m, i) => {
    const id = links.entityIds[i];
    if (id) m.entityId = id;
    else delete m.entityId;
  });
  a.published = links.published;
  a.publishedFrom = links.publishedFrom;
  a.publishedConfidence = links.publishedConfidence;
  if (links.dates) a.dates = links.dates;
  if (forRefresh) loaded.set(a, stateOf(a, linksOf(a)));
  return a;
}

/**
 * The articles whose links a refresh changed (or never wrote), each with its links JSON:
 * the only rows a refresh has to write.
 */
export function changedLinks(articles: Article[]): Array<{ article: Article; links: string }> {
  const out: Array<{ article: Article; links: string }> = [];
  for (const article of articles) {
    const links = linksOf(article);
    if (loaded.get(article) !== stateOf(article, links)) out.push({ article, links });
  }
  return out;
}

/** Record that the store now holds these links (a second save of the same objects writes nothing). */
export function markSaved(changed: Array<{ article: Article; links: string }>): void {
  for (const { article, links } of changed) loaded.set(article, stateOf(article, links));
}
