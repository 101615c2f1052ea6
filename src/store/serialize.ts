/**
 * How an Article is kept in a store: everything but the tokens (they are the bulk; the corpus
 * stages tokenize an article again when they need to) and the raw input's text (the body and
 * `removed` keep all of it).
 */
import type { Article } from '../doc/types.ts';

/** JSON of an article for storage. */
export function serializeArticle(article: Article): string {
  const { tokens: _tokens, raw, ...rest } = article;
  const { text: _text, html: _html, ...rawMeta } = raw;
  return JSON.stringify({ ...rest, raw: rawMeta });
}

/** An article from its stored JSON (without tokens). */
export function deserializeArticle(json: string): Article {
  return JSON.parse(json) as Article;
}
